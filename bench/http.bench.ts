/**
 * bench:http (issue 10): the API where users meet it, over HTTP, with both apps
 * running as their own processes (dist/), real PostgreSQL and Redis, on a world
 * of 290 organisations.
 *
 * - Reads: GET /cases/:id for a case sent to 290 recipients at 50 connections
 *   (autocannon). Baselines in the same run: the API's cheapest authenticated
 *   endpoint (GET /auth/me) at 50 connections, and a bare node-pg replay of
 *   exactly the SQL statements one GET /cases/:id runs (recorded from the real
 *   query), 50 clients.
 * - Commands: POST /recipients/:id/answer at 10 connections, each request a
 *   different recipient answered by its own organisation's officer, and
 *   POST /extension-requests/:id/grant at 10 connections (the sender's secretariat
 *   grants requests made beforehand). Baselines: the same AnswerUseCase in-process
 *   (everything but HTTP), and the bare transition() of the same event on fresh
 *   recipients, 10 at a time. The statements one answer and one grant send
 *   (recorded at the driver, support/record-sql.ts) are counted and printed.
 * - Auth: the cost of one token check (TokenService.verify) in µs.
 * - The public portal (issue 11): the same case's public page (/offentligt/ksl/remisser/:id, HTML, no
 *   sign-in) at 50 connections, as served (from the replica's page cache, PUBLIC_CACHE_SECONDS) and
 *   rendered on every request (a distinct query string each time misses the cache); target p99 ≤ 100 ms.
 *
 * Env: BENCH_SECONDS (default 10) per read run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import autocannon from 'autocannon';
import { signToken, TokenService } from '@remiss/api';
import { Actor, AnswerUseCase, CaseQueries, ExtensionUseCase, transition } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { systemClock } from '@remiss/domain';
import { Pool } from 'pg';
import { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { createDataSource } from '@remiss/data-access';
import { freePort, load, runApp, runBench, waitForHealth } from './support/app-process';
import { print, printJsonLine, progress, table } from './support/output';
import { dataStatements, recordStatements } from './support/record-sql';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { nowMs, round, summarise } from './support/stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RECIPIENTS = 290;
const COMMAND_CASES = 4;
interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  bytes: number;
}

function toRun(result: autocannon.Result): Run {
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.total / Math.max(1, result.requests.total),
  };
}


/** Records the SQL (with parameters) a piece of application code runs, to replay it bare. */
class RecordingLogger implements TypeOrmLogger {
  recording = false;
  readonly statements: Array<{ sql: string; params: unknown[] }> = [];
  logQuery(query: string, parameters?: unknown[]): void {
    if (this.recording && !/^(START TRANSACTION|COMMIT|ROLLBACK|BEGIN)/i.test(query.trim())) this.statements.push({ sql: query, params: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

async function main(): Promise<number> {
  const postgres = await findPostgres();
  const redis = await findRedis();
  const db = await openBenchDatabase(postgres.serverUrl, 'http', 20);
  const ds = db.dataSource;
  const prefix = benchPrefix('http');
  onCleanup(async () => {
    progress(`deleted ${await deletePrefix(redis.url, prefix)} Redis keys under ${prefix}:*`);
  });

  // The world: the 26 municipalities plus 264 more organisations, each with an officer.
  await ds.query(
    `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email)
     SELECT 'bench-org-' || n, 'Organisation ' || n, 'other', 'B' || n, 'registrator@bench-org-' || n || '.example.se'
       FROM generate_series(1, $1) AS n`,
    [RECIPIENTS - 26],
  );
  await ds.query(
    `INSERT INTO users (organisation_id, name, email, role)
     SELECT o.id, 'Handläggare ' || o.slug, 'bench-officer@' || o.slug || '.example.se', 'officer'
       FROM organisations o WHERE o.kind IN ('municipality', 'other') AND o.slug <> 'ksl'
         AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organisation_id = o.id AND u.role = 'officer')`,
  );
  const organisations: Array<{ id: string }> = await ds.query(`SELECT id FROM organisations WHERE kind IN ('municipality', 'other') ORDER BY slug LIMIT $1`, [RECIPIENTS]);
  const officerOf = new Map<string, string>(
    (await ds.query(`SELECT DISTINCT ON (organisation_id) organisation_id, id FROM users WHERE role = 'officer' ORDER BY organisation_id, email`)).map(
      (r: { organisation_id: string; id: string }) => [r.organisation_id, r.id],
    ),
  );

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-bench-http-'));
  onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    REDIS_PREFIX: prefix,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // the public pages are read from one address here
    PUBLIC_MAX_REQUESTS_PER_ADDRESS: '100000000',
  };
  const config = loadConfig(env);
  runApp('api', env);
  runApp('worker', env);
  await waitForHealth(baseUrl);
  progress('API and worker running');

  const [ksl] = await ds.query(`SELECT id FROM users WHERE email = 'kansli@ksl.se'`);
  const kslAuth = { authorization: `Bearer ${signToken(config, ksl.id)}` };
  const call = async (method: string, url: string, body?: unknown, headers: Record<string, string> = kslAuth) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  const deadline = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const sendCase = async (title: string): Promise<string> => {
    const created = await call('POST', '/cases', { title });
    await call('POST', `/cases/${created.id}/start-drafting`);
    const form = new FormData();
    form.append('kind', 'draft');
    form.append('title', `${title}: förslag`);
    form.append('file', new Blob([Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`)], { type: 'application/pdf' }), 'forslag.pdf');
    const doc = (await (await fetch(`${baseUrl}/documents`, { method: 'POST', headers: kslAuth, body: form })).json()) as { id: string };
    await call('POST', `/cases/${created.id}/drafts`, { documentId: doc.id });
    await call('POST', `/cases/${created.id}/rounds`, { deadline, organisationIds: organisations.map((o) => o.id), documentId: doc.id });
    return created.id as string;
  };
  const readCase = await sendCase('Läsfallet');
  const commandCases: string[] = [];
  for (let i = 0; i < COMMAND_CASES; i++) commandCases.push(await sendCase(`Svarsfall ${i + 1}`));
  const inProcessCase = await sendCase('Fall för svar i processen');
  const transitionCase = await sendCase('Fall för transition()');
  const grantCases = [await sendCase('Anståndsfall 1'), await sendCase('Anståndsfall 2')];
  const countingCase = await sendCase('Fall för räkning av satser');
  progress(`${COMMAND_CASES + 6} cases sent to ${RECIPIENTS} recipients each`);

  // Reads over HTTP: the case page vs the cheapest authenticated endpoint.
  const readOptions = (url: string): autocannon.Options => ({ url: `${baseUrl}${url}`, connections: 50, duration: SECONDS, headers: kslAuth });
  await load({ ...readOptions(`/cases/${readCase}`), duration: 2 }); // warm-up
  const caseRun = toRun(await load(readOptions(`/cases/${readCase}`)));
  const meRun = toRun(await load(readOptions('/auth/me')));

  // The public case page: as served (page cache) and rendered every time (a new query string per request).
  const publicPath = `/offentligt/ksl/remisser/${readCase}`;
  const publicOptions: autocannon.Options = { url: `${baseUrl}${publicPath}`, connections: 50, duration: SECONDS };
  await load({ ...publicOptions, duration: 2 }); // warm-up
  const publicRun = toRun(await load(publicOptions));
  let miss = 0;
  const publicRenderRun = toRun(
    await load({ ...publicOptions, requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: `${publicPath}?n=${miss++}` }) }] }),
  );

  // The same SQL as one GET /cases/:id, recorded from the real query and replayed bare with node-pg.
  const logger = new RecordingLogger();
  const recordingDs: DataSource = createDataSource(db.url, { logging: true, logger, extra: { max: 2 } });
  await recordingDs.initialize();
  const queries = new CaseQueries(recordingDs, systemClock);
  const kslActor: Actor = { userId: ksl.id, organisationId: (await ds.query(`SELECT organisation_id FROM users WHERE id = $1`, [ksl.id]))[0].organisation_id, role: 'secretariat', name: 'Kansliet' };
  logger.recording = true;
  await queries.getCase(kslActor, readCase);
  logger.recording = false;
  await recordingDs.destroy();
  const pool = new Pool({ connectionString: db.url, max: 50 });
  onCleanup(() => pool.end());
  const bareLatencies: number[] = [];
  const bareEnd = nowMs() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: 50 }, async () => {
      const client = await pool.connect();
      try {
        while (nowMs() < bareEnd) {
          const t0 = nowMs();
          for (const s of logger.statements) await client.query(s.sql, s.params as unknown[]);
          bareLatencies.push(nowMs() - t0);
        }
      } finally {
        client.release();
      }
    }),
  );
  const bare = summarise(bareLatencies);
  const bareRps = bareLatencies.length / SECONDS;

  // Commands over HTTP: every request answers another recipient as that recipient's officer.
  const targets: Array<{ recipientId: string; token: string }> = [];
  for (const caseId of commandCases) {
    const rows: Array<{ id: string; organisation_id: string }> = await ds.query(`SELECT id, organisation_id FROM recipients WHERE case_id = $1`, [caseId]);
    for (const r of rows) targets.push({ recipientId: r.id, token: signToken(config, officerOf.get(r.organisation_id)!) });
  }
  let next = 0;
  const answerBody = JSON.stringify({ position: 'synpunkter', text: 'Kommunen har synpunkter på förslaget.' });
  const commandResult = await load({
    url: baseUrl,
    connections: 10,
    amount: targets.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const target = targets[next++ % targets.length];
          return { ...request, path: `/recipients/${target.recipientId}/answer`, headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` }, body: answerBody };
        },
      },
    ],
  });
  const commandRun = toRun(commandResult);
  const commandRps = commandResult.requests.total / (commandResult.duration || 1);

  // Extension grants over HTTP: each recipient of the grant cases asks (in-process), the secretariat grants over HTTP.
  const extensions = new ExtensionUseCase(ds, systemClock, config);
  const officerActor = (r: { organisation_id: string }): Actor => ({ userId: officerOf.get(r.organisation_id)!, organisationId: r.organisation_id, role: 'officer', name: 'Handläggare' });
  const later = new Date(Date.parse(deadline) + 30 * 86_400_000).toISOString().slice(0, 10);
  const grantIds: string[] = [];
  for (const caseId of grantCases) {
    const rows: Array<{ id: string; organisation_id: string }> = await ds.query(`SELECT id, organisation_id FROM recipients WHERE case_id = $1`, [caseId]);
    for (const r of rows) grantIds.push((await extensions.request(officerActor(r), r.id, { requestedDate: later, reason: 'Nämnden sammanträder senare.' })).extensionRequestId);
  }
  let nextGrant = 0;
  const grantBody = JSON.stringify({ comment: 'Beviljas.' });
  const grantResult = await load({
    url: baseUrl,
    connections: 10,
    amount: grantIds.length,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, path: `/extension-requests/${grantIds[nextGrant++ % grantIds.length]}/grant`, headers: { 'content-type': 'application/json', ...kslAuth }, body: grantBody }),
      },
    ],
  });
  const grantRun = toRun(grantResult);
  const grantRps = grantResult.requests.total / (grantResult.duration || 1);

  // Statements per command, recorded at the driver: one answer, one request and one grant on the counting case.
  const [counted]: Array<{ id: string; organisation_id: string }> = await ds.query(`SELECT id, organisation_id FROM recipients WHERE case_id = $1 LIMIT 1`, [countingCase]);
  const kslActorForGrant: Actor = { userId: ksl.id, organisationId: (await ds.query(`SELECT organisation_id FROM users WHERE id = $1`, [ksl.id]))[0].organisation_id, role: 'secretariat', name: 'Kansliet' };
  const requested = await extensions.request(officerActor(counted), counted.id, { requestedDate: later, reason: 'Räkning.' });
  const grantRecording = await recordStatements(() => extensions.grant(kslActorForGrant, requested.extensionRequestId, { comment: 'Beviljas.' }));
  const answerRecording = await recordStatements(() =>
    new AnswerUseCase(ds, systemClock).answer(officerActor(counted), counted.id, { position: 'synpunkter', text: 'Kommunen har synpunkter på förslaget.' }),
  );
  const statementSummary = (statements: Array<{ text: string }>) => statements.map((st) => st.text.trim().split(/\s+/).slice(0, 2).join(' ')).join(' | ');

  // The same command in-process (no HTTP), and the bare transition(), 10 at a time.
  const inProcess = async (caseId: string, work: (recipient: { id: string; organisation_id: string }) => Promise<unknown>) => {
    const rows: Array<{ id: string; organisation_id: string }> = await ds.query(`SELECT id, organisation_id FROM recipients WHERE case_id = $1`, [caseId]);
    const latencies: number[] = [];
    let i = 0;
    const t0 = nowMs();
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        while (i < rows.length) {
          const row = rows[i++];
          const s = nowMs();
          await work(row);
          latencies.push(nowMs() - s);
        }
      }),
    );
    return { rps: rows.length / ((nowMs() - t0) / 1000), ...summarise(latencies) };
  };
  const answerUseCase = new AnswerUseCase(ds, systemClock);
  const useCaseRun = await inProcess(inProcessCase, (r) =>
    answerUseCase.answer({ userId: officerOf.get(r.organisation_id)!, organisationId: r.organisation_id, role: 'officer', name: 'Handläggare' }, r.id, {
      position: 'synpunkter',
      text: 'Kommunen har synpunkter på förslaget.',
    }),
  );
  const transitionRun = await inProcess(transitionCase, (r) =>
    ds.transaction((m) =>
      transition(m, {
        kind: 'remissRecipient',
        id: r.id,
        caseId: transitionCase,
        recipientId: r.id,
        event: { type: 'ANSWER', receivedAt: new Date().toISOString() },
        actor: { userId: officerOf.get(r.organisation_id)!, organisationId: r.organisation_id, role: 'officer', name: 'Handläggare' },
        at: new Date(),
      }),
    ),
  );

  // Auth: one token check.
  const tokens = new TokenService(config);
  const token = signToken(config, ksl.id);
  for (let i = 0; i < 2000; i++) tokens.verify(token);
  const n = 20_000;
  const j0 = nowMs();
  for (let i = 0; i < n; i++) tokens.verify(token);
  const jwtUs = ((nowMs() - j0) * 1000) / n;

  print(`bench:http: ${RECIPIENTS} recipients per case, ${SECONDS} s per read run, ${os.cpus().length} cores`);
  print();
  table([
    ['reads (50 connections)', 'req/s', 'p50 ms', 'p99 ms', 'bytes/answer', 'errors'],
    ['GET /cases/:id (HTTP)', round(caseRun.rps, 0).toString(), caseRun.p50.toFixed(1), caseRun.p99.toFixed(1), round(caseRun.bytes, 0).toString(), String(caseRun.errors + caseRun.non2xx)],
    ['GET /auth/me (HTTP, baseline)', round(meRun.rps, 0).toString(), meRun.p50.toFixed(1), meRun.p99.toFixed(1), round(meRun.bytes, 0).toString(), String(meRun.errors + meRun.non2xx)],
    [`same ${logger.statements.length} SQL statements, bare node-pg`, round(bareRps, 0).toString(), bare.p50.toFixed(1), bare.p99.toFixed(1), '', ''],
    ['public case page /offentligt/… (HTML, served)', round(publicRun.rps, 0).toString(), publicRun.p50.toFixed(1), publicRun.p99.toFixed(1), round(publicRun.bytes, 0).toString(), String(publicRun.errors + publicRun.non2xx)],
    ['public case page, rendered every request', round(publicRenderRun.rps, 0).toString(), publicRenderRun.p50.toFixed(1), publicRenderRun.p99.toFixed(1), round(publicRenderRun.bytes, 0).toString(), String(publicRenderRun.errors + publicRenderRun.non2xx)],
  ]);
  print(`public case page vs /auth/me: ${round(publicRun.rps / meRun.rps, 2)}× the requests per second; p99 ${publicRun.p99.toFixed(1)} ms (target ≤ 100 ms at 50 connections)`);
  print();
  table([
    ['commands (10 at a time)', 'req/s', 'p50 ms', 'p99 ms', 'errors'],
    ['POST /recipients/:id/answer (HTTP)', round(commandRps, 0).toString(), commandRun.p50.toFixed(1), commandRun.p99.toFixed(1), String(commandRun.errors + commandRun.non2xx)],
    ['POST /extension-requests/:id/grant (HTTP)', round(grantRps, 0).toString(), grantRun.p50.toFixed(1), grantRun.p99.toFixed(1), String(grantRun.errors + grantRun.non2xx)],
    ['AnswerUseCase in-process', round(useCaseRun.rps, 0).toString(), useCaseRun.p50.toFixed(1), useCaseRun.p99.toFixed(1), ''],
    ['transition() in-process (baseline)', round(transitionRun.rps, 0).toString(), transitionRun.p50.toFixed(1), transitionRun.p99.toFixed(1), ''],
  ]);
  print();
  print(`statements per command in its transaction (BEGIN/COMMIT included; the token check adds one user lookup per request):`);
  print(`  answer: ${answerRecording.statements.length} (${dataStatements(answerRecording.statements).length} besides BEGIN/COMMIT): ${statementSummary(answerRecording.statements)}`);
  print(`  grant: ${grantRecording.statements.length} (${dataStatements(grantRecording.statements).length} besides BEGIN/COMMIT): ${statementSummary(grantRecording.statements)}`);
  print(`token check: ${jwtUs.toFixed(1)} µs per request`);
  print(`ratios: case page vs /auth/me ${round(caseRun.rps / meRun.rps, 3)}, vs bare SQL ${round(caseRun.rps / bareRps, 3)}; answers over HTTP vs transition() ${round(commandRps / transitionRun.rps, 3)}, vs in-process use case ${round(commandRps / useCaseRun.rps, 3)}; grants over HTTP vs transition() ${round(grantRps / transitionRun.rps, 3)} (target ≥ 0.5, p99 ≤ 50 ms)`);
  printJsonLine({
    bench: 'http',
    recipients: RECIPIENTS,
    case_rps_50: round(caseRun.rps, 1),
    case_p99_ms_50: round(caseRun.p99, 1),
    case_bytes: round(caseRun.bytes, 0),
    me_rps_50: round(meRun.rps, 1),
    me_p99_ms_50: round(meRun.p99, 1),
    bare_sql_rps_50: round(bareRps, 1),
    bare_sql_p99_ms_50: round(bare.p99, 1),
    cmd_rps_10: round(commandRps, 1),
    cmd_p99_ms_10: round(Math.max(commandRun.p99, grantRun.p99), 1),
    cmd_errors: commandRun.errors + commandRun.non2xx + grantRun.errors + grantRun.non2xx,
    answer_rps_10: round(commandRps, 1),
    answer_p99_ms_10: round(commandRun.p99, 1),
    answer_ratio_10: round(commandRps / transitionRun.rps, 3),
    grant_rps_10: round(grantRps, 1),
    grant_p99_ms_10: round(grantRun.p99, 1),
    grant_ratio_10: round(grantRps / transitionRun.rps, 3),
    answer_statements: answerRecording.statements.length,
    grant_statements: grantRecording.statements.length,
    use_case_rps_10: round(useCaseRun.rps, 1),
    transition_rps_10: round(transitionRun.rps, 1),
    cmd_ratio_10: round(Math.min(commandRps, grantRps) / transitionRun.rps, 3),
    jwt_us: round(jwtUs, 2),
    public_case_rps_50: round(publicRun.rps, 1),
    public_case_p99_ms_50: round(publicRun.p99, 1),
    public_case_render_rps_50: round(publicRenderRun.rps, 1),
    public_case_render_p99_ms_50: round(publicRenderRun.p99, 1),
    public_case_bytes: round(publicRun.bytes, 0),
  });
  return 0;
}

runBench('bench:http', main);
