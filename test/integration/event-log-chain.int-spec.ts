import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { GENESIS_HASH, rowHash } from '@remiss/domain';
import { Client } from 'pg';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const MUNICIPALITIES = ['ekero', 'tyreso', 'danderyd', 'nacka', 'solna', 'huddinge', 'botkyrka', 'sollentuna'];

/**
 * npm run verify-log -- <ref>, from the build (npm test builds first). Asynchronous: the API runs in this
 * process and must keep serving (and keep its connections) while the CLI runs.
 */
function verifyLogCli(app: TestApp, reference: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const entry = path.join(dist, 'apps/api/src/cli/verify-log.js');
  if (!fs.existsSync(entry)) throw new Error(`${entry} saknas: kör "npm run build" först (npm test gör det).`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', entry, reference], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...app.ctx.env, TS_NODE_BASEURL: dist, TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

interface Row {
  id: string;
  seq: number;
  hash: string;
  prev_hash: string;
  event: string;
}

describe('the event log as a hash chain per case', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let admin: ApiClient;
  let caseId: string;
  let otherCaseId: string;
  const recipients: Record<string, string> = {};

  async function chainOf(id: string): Promise<Row[]> {
    return app.ds.query(`SELECT id::text, seq, hash, prev_hash, event FROM event_log WHERE case_id = $1 ORDER BY seq`, [id]);
  }

  async function openCase(title: string, registryNumber: string): Promise<string> {
    const created = await ksl.post('/cases', { title, registryNumber });
    expect(created.status).toBe(201);
    expect((await ksl.post(`/cases/${created.body.id}/start-drafting`)).status).toBe(200);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf(title) }, { kind: 'draft', title: 'Förslag' });
    expect((await ksl.post(`/cases/${created.body.id}/drafts`, { documentId: doc.body.id })).status).toBe(200);
    return created.body.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    admin = await app.as('admin@ksl.se');
    caseId = await openCase('Överenskommelse om nyanlända', 'KSL/12/0053');
    otherCaseId = await openCase('Ett annat ärende', 'KSL/12/0054');
    const ids = await Promise.all(MUNICIPALITIES.map((s) => app.organisationId(s)));
    const sent = await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-05-15', organisationIds: ids });
    expect(sent.status).toBe(201);
    for (const row of (await ksl.get(`/cases/${caseId}`)).body.matrix) recipients[row.organisationId] = row.recipientId;
    const other = await ksl.post(`/cases/${otherCaseId}/rounds`, { deadline: '2013-05-15', organisationIds: [ids[0]] });
    expect(other.status).toBe(201);
  });
  afterAll(() => app?.close());

  it('chains every row: position, previous hash and the hash of its canonical content; the case carries the head', async () => {
    const rows: Array<Row & Record<string, unknown>> = await app.ds.query(
      `SELECT id::text, seq, hash, prev_hash, event, case_id, recipient_id, actor_user_id, actor_organisation_id, at, payload, state_before, state_after
         FROM event_log WHERE case_id = $1 ORDER BY seq`,
      [caseId],
    );
    expect(rows.map((r) => r.event)).toEqual(['CASE_OPENED', 'START_DRAFTING', 'ADD_DRAFT', 'SEND_REMISS', 'ROUND_SENT']);
    let previous = GENESIS_HASH;
    rows.forEach((r, i) => {
      expect(r.seq).toBe(i + 1);
      expect(r.prev_hash).toBe(previous);
      const content = {
        caseId: r.case_id as string,
        recipientId: r.recipient_id as string | null,
        actorUserId: r.actor_user_id as string | null,
        actorOrganisationId: r.actor_organisation_id as string | null,
        at: r.at as Date,
        event: r.event,
        payload: r.payload,
        stateBefore: r.state_before as string | null,
        stateAfter: r.state_after as string | null,
      };
      expect(r.hash).toBe(rowHash(content, { position: i + 1, previousHash: previous }));
      previous = r.hash;
    });
    const view = await ksl.get(`/cases/${caseId}`);
    expect(view.body.logHead).toBe(previous);
  });

  it('N parallel commands on one case make one linear chain; the same command twice has one winner; other cases are not blocked', async () => {
    const before = (await chainOf(caseId)).length;
    const orgIds = Object.keys(recipients);
    const clients = await Promise.all(MUNICIPALITIES.map((s) => app.as(`handlaggare@${s}.example.se`)));
    const orgOf = await Promise.all(MUNICIPALITIES.map((s) => app.organisationId(s)));
    const commands = clients.flatMap((client, i) => {
      const recipientId = recipients[orgOf[i]];
      // every municipality answers; the first two also try a second, conflicting answer at the same time
      const answer = (text: string) => client.post(`/recipients/${recipientId}/answer`, { position: 'synpunkter', text });
      return i < 2 ? [answer('A'), answer('B')] : [answer('A')];
    });
    const results = await Promise.all(commands);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(orgIds.length);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
    const rows = await chainOf(caseId);
    expect(rows).toHaveLength(before + orgIds.length);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    rows.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(rows[i].hash));
    expect((await ksl.get(`/cases/${caseId}/log/verify`)).body).toMatchObject({ ok: true, rows: rows.length, head: rows[rows.length - 1].hash, firstMismatch: null });

    // While a transaction holds this case's chain (its row lock), a command on another case completes,
    // and a command on this case waits for it and then extends the chain the holder left.
    const holder = new Client({ connectionString: app.config.databaseUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM cases WHERE id = $1 FOR UPDATE`, [caseId]);
      const elsewhere = await ksl.post(`/cases/${otherCaseId}/rounds/close`, { roundId: (await ksl.get(`/cases/${otherCaseId}`)).body.rounds[0].id });
      expect(elsewhere.status).toBe(200);
      let settled = false;
      const waiting = clients[2].post(`/recipients/${recipients[orgOf[2]]}/answer/corrections`, { position: 'tillstyrker', text: 'Rättat.' }).finally(() => {
        settled = true;
      });
      let queued = false;
      while (!queued && !settled) {
        const [{ n }] = await app.ds.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%UPDATE cases SET%' AND datname = current_database()`,
        );
        queued = n > 0;
        if (!queued) await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect({ settled, status: settled ? (await waiting).status : null }).toEqual({ settled: false, status: null });
      await holder.query('COMMIT');
      expect((await waiting).status).toBe(201);
    } finally {
      await holder.end();
    }
    const after = await chainOf(caseId);
    expect(after).toHaveLength(rows.length + 1);
    expect(after[after.length - 1]).toMatchObject({ seq: rows.length + 1, prev_hash: rows[rows.length - 1].hash, event: 'CORRECT_ANSWER' });
    expect((await ksl.get(`/cases/${otherCaseId}/log/verify`)).body.ok).toBe(true);
  });

  it('GET /cases/:id/log/verify is for the case organisation\'s secretariat and administrators', async () => {
    expect((await admin.get(`/cases/${caseId}/log/verify`)).body.ok).toBe(true);
    expect((await (await app.as('handlaggare@ekero.example.se')).get(`/cases/${caseId}/log/verify`)).status).toBe(403);
    expect((await (await app.as('kansli@ekero.example.se')).get(`/cases/${caseId}/log/verify`)).status).toBe(403);
    expect((await (await app.as('kansli@nacka.example.se')).get(`/cases/${otherCaseId}/log/verify`)).status).toBe(404);
    expect((await ksl.get(`/cases/not-a-uuid/log/verify`)).status).toBe(400);
    expect((await app.anonymous().get(`/cases/${caseId}/log/verify`)).status).toBe(401);
  });

  it("verifies by hand with the README's few lines of Node", async () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const script = /node -e '\n([\s\S]+?)'\n/.exec(readme.slice(readme.indexOf('## Verifiable log')))?.[1];
    expect(script).toBeDefined();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-verify-'));
    try {
      const [{ log }] = await app.ds.query(`SELECT json_agg(e ORDER BY seq) AS log FROM event_log e WHERE case_id = $1`, [caseId]);
      fs.writeFileSync(path.join(dir, 'log.json'), JSON.stringify(log));
      const run = () => spawnSync(process.execPath, ['-e', script!], { cwd: dir, encoding: 'utf8' });
      const good = run();
      expect(good.stdout.trim()).toBe(`head ${(await ksl.get(`/cases/${caseId}`)).body.logHead}`);
      log[3].payload = { changed: true };
      fs.writeFileSync(path.join(dir, 'log.json'), JSON.stringify(log));
      const bad = run();
      expect({ status: bad.status, stdout: bad.stdout.trim() }).toEqual({ status: 1, stdout: 'rad 4 stämmer inte' });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('names the first row that does not match after tampering by SQL', () => {
    /** The endpoint names the row; with cli, so do `npm run verify-log -- KSL/12/0053` and `-- all` (exit code 1). */
    async function expectNamed(position: number, event: string, fragment: RegExp, cli = true) {
      const response = await ksl.get(`/cases/${caseId}/log/verify`);
      expect(response.status).toBe(200);
      expect(response.body.ok).toBe(false);
      expect(response.body.firstMismatch).toMatchObject({ position, event });
      expect(response.body.firstMismatch.mismatch.join(' ')).toMatch(fragment);
      expect(response.body.message).toMatch(new RegExp(`^Rad ${position} i loggen`));
      if (!cli) return;
      const one = await verifyLogCli(app, 'KSL/12/0053');
      expect(one.status).toBe(1);
      expect(one.stdout).toContain(`Rad ${position} i loggen`);
      expect(one.stdout).toContain(`rad-id ${response.body.firstMismatch.rowId}`);
      const all = await verifyLogCli(app, 'all');
      expect(all.status).toBe(1);
      expect(all.stdout).toContain('1 av 2 ärendens loggar stämmer inte.');
    }

    async function expectIntact() {
      expect((await ksl.get(`/cases/${caseId}/log/verify`)).body.ok).toBe(true);
    }

    it('starts from logs that match, for the endpoint and the CLI', async () => {
      await expectIntact();
      const one = await verifyLogCli(app, caseId);
      expect(one.stderr).toBe('');
      expect(one.status).toBe(0);
      expect(one.stdout).toContain(`Loggens kontrollsumma ${(await ksl.get(`/cases/${caseId}`)).body.logHead}`);
      expect((await verifyLogCli(app, 'all')).status).toBe(0);
      expect((await verifyLogCli(app, 'KSL/99/9999')).status).toBe(2);
    });

    it('a changed payload', async () => {
      const row = (await chainOf(caseId))[4];
      const [{ payload }] = await app.ds.query(`SELECT payload FROM event_log WHERE id = $1`, [row.id]);
      await app.ds.query(`UPDATE event_log SET payload = jsonb_set(payload, '{position}', '"tillstyrker"') WHERE id = $1`, [row.id]);
      await expectNamed(5, row.event, /raden har ändrats/);
      await app.ds.query(`UPDATE event_log SET payload = $2 WHERE id = $1`, [row.id, JSON.stringify(payload)]);
      await expectIntact();
    });

    it('a changed time, even by a microsecond', async () => {
      const row = (await chainOf(caseId))[2];
      await app.ds.query(`UPDATE event_log SET at = at + interval '1 microsecond' WHERE id = $1`, [row.id]);
      await expectNamed(3, row.event, /raden har ändrats/);
      await app.ds.query(`UPDATE event_log SET at = at - interval '1 microsecond' WHERE id = $1`, [row.id]);
      await app.ds.query(`UPDATE event_log SET at = at + interval '1 hour' WHERE id = $1`, [row.id]);
      await expectNamed(3, row.event, /raden har ändrats/, false);
      await app.ds.query(`UPDATE event_log SET at = at - interval '1 hour' WHERE id = $1`, [row.id]);
      await expectIntact();
    });

    it('a deleted row, in the middle and at the end', async () => {
      const rows = await chainOf(caseId);
      const [saved] = await app.ds.query(`SELECT * FROM event_log WHERE id = $1`, [rows[3].id]);
      await app.ds.query(`DELETE FROM event_log WHERE id = $1`, [rows[3].id]);
      await expectNamed(4, rows[4].event, /fel plats/);
      const restore = async (r: Record<string, unknown>) =>
        app.ds.query(
          `INSERT INTO event_log (id, case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after, seq, hash, prev_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [r.id, r.case_id, r.recipient_id, r.actor_user_id, r.actor_organisation_id, r.at, r.event, JSON.stringify(r.payload), r.state_before, r.state_after, r.seq, r.hash, r.prev_hash],
        );
      await restore(saved);
      await expectIntact();
      const last = rows[rows.length - 1];
      const [savedLast] = await app.ds.query(`SELECT * FROM event_log WHERE id = $1`, [last.id]);
      await app.ds.query(`DELETE FROM event_log WHERE id = $1`, [last.id]);
      const response = await ksl.get(`/cases/${caseId}/log/verify`);
      expect(response.body).toMatchObject({ ok: false, firstMismatch: { position: rows.length, rowId: null } });
      expect(response.body.message).toMatch(/rader saknas i slutet/);
      expect((await verifyLogCli(app, caseId)).status).toBe(1);
      await restore(savedLast);
      await expectIntact();
    });

    it('two rows swapped', async () => {
      const rows = await chainOf(caseId);
      const [a, b] = [rows[5], rows[6]];
      await app.ds.transaction(async (m) => {
        await m.query(`UPDATE event_log SET seq = -1 WHERE id = $1`, [a.id]);
        await m.query(`UPDATE event_log SET seq = $2 WHERE id = $1`, [b.id, a.seq]);
        await m.query(`UPDATE event_log SET seq = $2 WHERE id = $1`, [a.id, b.seq]);
      });
      await expectNamed(6, b.event, /raden har ändrats|pekar inte/);
      await app.ds.transaction(async (m) => {
        await m.query(`UPDATE event_log SET seq = -1 WHERE id = $1`, [a.id]);
        await m.query(`UPDATE event_log SET seq = $2 WHERE id = $1`, [b.id, b.seq]);
        await m.query(`UPDATE event_log SET seq = $2 WHERE id = $1`, [a.id, a.seq]);
      });
      await expectIntact();
    });
  });
});
