import { createHash, createPublicKey, verify } from 'node:crypto';
import { checkStatement, LogStatementsService } from '@remiss/application';
import { GENESIS_HASH, rowHash } from '@remiss/domain';
import { LogStatementTask } from '@remiss/worker';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

describe('the daily signed statement of every case log head', () => {
  let app: TestApp;
  let ksl: ApiClient;
  let caseId: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: '2013-02-11T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    const created = await ksl.post('/cases', { title: 'Överenskommelse om nyanlända', registryNumber: 'KSL/12/0053' });
    caseId = created.body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Förslag' });
    expect((await ksl.post(`/cases/${caseId}/drafts`, { documentId: doc.body.id })).status).toBe(200);
    // The worker made a statement when it started (its first run; the next is LOG_STATEMENT_INTERVAL_MS away,
    // an hour): wait for it and remove it, so that this test's runs make the statements.
    for (;;) {
      const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM log_statements`);
      if (n > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await app.ds.query(`DELETE FROM log_statements`);
  });
  afterAll(() => app?.close());

  const task = () => app.worker!.get(LogStatementTask);

  it('is made once a day by one worker replica (the lease), published with its signature and key without sign-in', async () => {
    const runs = await Promise.all([task().run(), task().run(), task().run()]);
    expect(runs.filter((r) => r.leader && r.statement?.created)).toHaveLength(1);
    expect((await task().run()).statement).toMatchObject({ created: false });
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM log_statements WHERE day = '2013-02-11'`);
    expect(n).toBe(1);

    const anonymous = app.anonymous();
    const list = await anonymous.get('/public/log-statements');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body).toMatchObject({ items: [{ day: '2013-02-11', cases: 1 }], nextCursor: null });
    const one = await anonymous.get(list.body.items[0].url);
    expect(one.status).toBe(200);
    const key = await anonymous.get(one.body.publicKeyUrl);
    expect(key.body.algorithm).toBe('Ed25519');
    // checked with node:crypto alone, as an outsider would
    expect(verify(null, Buffer.from(one.body.statement, 'utf8'), createPublicKey(key.body.publicKey), Buffer.from(one.body.signature, 'base64'))).toBe(true);
    expect(verify(null, Buffer.from(one.body.statement.replace('"rows":3', '"rows":2'), 'utf8'), createPublicKey(key.body.publicKey), Buffer.from(one.body.signature, 'base64'))).toBe(false);
    const body = JSON.parse(one.body.statement);
    expect(body).toMatchObject({ type: 'remiss-loggintyg', version: 1, day: '2013-02-11', keyId: key.body.keyId });
    expect(body.heads).toEqual([{ caseKey: createHash('sha256').update(caseId).digest('hex'), rows: 3, head: (await ksl.get(`/cases/${caseId}`)).body.logHead }]);
    expect(one.body.statement).not.toContain(caseId);
    expect((await anonymous.get('/public/log-statements/0')).status).toBe(400);
    expect((await anonymous.get('/public/log-statements/999999')).status).toBe(404);
    expect((await anonymous.get('/public/log-statements?cursor=nonsense')).status).toBe(400);
  });

  it("shows that the chains extend yesterday's statement, and that a changed past row no longer matches it, even with the chain recomputed", async () => {
    const [yesterday] = (await app.anonymous().get('/public/log-statements')).body.items;
    const statement = (await app.anonymous().get(yesterday.url)).body;
    const { publicKey } = (await app.anonymous().get('/public/log-key')).body;
    app.clock.set('2013-02-12T09:00:00+01:00');
    expect((await ksl.post(`/cases/${caseId}/seminar`, { date: '2013-02-20', place: 'KSL' })).status).toBe(200);
    expect((await task().run()).statement).toMatchObject({ created: true });
    const page = (await app.anonymous().get('/public/log-statements?limit=1')).body;
    expect(page.items.map((s: { day: string }) => s.day)).toEqual(['2013-02-12']);
    expect((await app.anonymous().get(`/public/log-statements?limit=1&cursor=${page.nextCursor}`)).body.items.map((s: { day: string }) => s.day)).toEqual(['2013-02-11']);

    const service = app.api.get(LogStatementsService);
    expect(await checkStatement(app.ds.manager, statement, publicKey, app.clock.now())).toEqual({ signatureValid: true, ok: true, cases: 1, mismatches: [] });

    // a past row changed by SQL: the chain itself no longer verifies
    const [second] = await app.ds.query(`SELECT * FROM event_log WHERE case_id = $1 AND seq = 2`, [caseId]);
    await app.ds.query(`UPDATE event_log SET payload = '{"note":"ändrad"}' WHERE id = $1`, [second.id]);
    const changed = await service.check(statement);
    expect(changed).toMatchObject({ signatureValid: true, ok: false, mismatches: [{ caseId, position: 2 }] });

    // ... and recomputed from there on so that the chain verifies again: the statement still catches it
    const rows = await app.ds.query(`SELECT * FROM event_log WHERE case_id = $1 ORDER BY seq`, [caseId]);
    let previous = GENESIS_HASH;
    for (const r of rows) {
      const hash = rowHash(
        { caseId, recipientId: r.recipient_id, actorUserId: r.actor_user_id, actorOrganisationId: r.actor_organisation_id, at: r.at, event: r.event, payload: r.payload, stateBefore: r.state_before, stateAfter: r.state_after },
        { position: r.seq, previousHash: previous },
      );
      await app.ds.query(`UPDATE event_log SET hash = $2, prev_hash = $3 WHERE id = $1`, [r.id, hash, previous]);
      previous = hash;
    }
    await app.ds.query(`UPDATE cases SET log_head = $2 WHERE id = $1`, [caseId, previous]);
    expect((await ksl.get(`/cases/${caseId}/log/verify`)).body.ok).toBe(true);
    const rewritten = await service.check(statement);
    expect(rewritten.ok).toBe(false);
    expect(rewritten.mismatches).toEqual([expect.objectContaining({ caseId, position: 3, stated: JSON.parse(statement.statement).heads[0].head })]);
    expect(rewritten.mismatches[0].message).toMatch(/har ändrats efter 2013-02-11/);

    // a statement whose text was altered fails its signature
    const forged = { ...statement, statement: statement.statement.replace(/"head":"[0-9a-f]+"/, `"head":"${previous}"`) };
    expect((await service.check(forged)).signatureValid).toBe(false);
  });
});
