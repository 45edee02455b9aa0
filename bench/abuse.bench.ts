/**
 * bench:abuse (issue 16): can one request freeze the API? The real API (createApiApp on a bench
 * database, listening on 127.0.0.1) gets the worst inputs we know: far and impossible dates to
 * /calendar/deadline-check, /cases/:id/rounds and /recommendations, the 3 GiB `mimetype` ZIP bomb
 * (3 MB) to POST /documents, and 1 MB strings in a JSON body, a multipart field and a query.
 * Meanwhile a loop polls /health and perf_hooks.monitorEventLoopDelay samples the event loop of
 * the API, which runs in a child process of its own (so the client's work is not measured). Baseline in the same run: the same number of ordinary valid
 * requests to the same endpoints. Target: the worst loop delay under abuse at most 50 ms.
 * An idle phase (only /health polls) shows the noise floor of the machine.
 * Env: BENCH_REPEAT (default 5) rounds of each request set.
 */
import { INestApplication } from '@nestjs/common';
import { createApiApp, signToken } from '@remiss/api';
import { loadConfig } from '@remiss/config';
import { makeDocx, makePdf, makeZipBomb } from '@remiss/testing';
import { ChildProcess, fork } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { print, printJsonLine, progress, table } from './support/output';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { cleanupAll, findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { nowMs, round } from './support/stats';

const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const TARGET_MS = 50;
/** How long the idle phase (only /health polls) samples: the noise floor of a shared machine. */
const IDLE_MS = 3000;
const MB = 'x'.repeat(1024 * 1024);

interface Client {
  send(method: string, path: string, body?: unknown): Promise<number>;
}

function client(baseUrl: string, token: string): Client {
  return {
    async send(method, path, body) {
      const isForm = body instanceof FormData;
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
      });
      await response.arrayBuffer();
      return response.status;
    },
  };
}

function form(content: Buffer, name: string, title = 'Utkast'): FormData {
  const data = new FormData();
  data.append('kind', 'draft');
  data.append('title', title);
  data.append('file', new Blob([content]), name);
  return data;
}

function localDate(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

type Request = [label: string, method: string, path: string, body?: () => unknown];

interface Phase {
  maxLoopDelayMs: number;
  p99LoopDelayMs: number;
  healthPolls: number;
  healthMaxMs: number;
  requests: number;
  statuses: Record<string, number>;
}

interface LoopDelay {
  maxMs: number;
  p99Ms: number;
}

/** Asks the API process to start or stop sampling its event-loop delay. */
function ask(child: ChildProcess, command: 'start' | 'stop'): Promise<LoopDelay> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve(message as LoopDelay));
    child.send(command);
  });
}

/** Sends the requests REPEAT times (one at a time) while /health is polled and the API's loop delay sampled. */
async function measure(child: ChildProcess, api: Client, health: string, requests: Request[]): Promise<Phase> {
  let running = true;
  let healthPolls = 0;
  let healthMax = 0;
  const poller = (async () => {
    while (running) {
      const started = nowMs();
      await (await fetch(health)).arrayBuffer();
      healthMax = Math.max(healthMax, nowMs() - started);
      healthPolls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  const statuses: Record<string, number> = {};
  await ask(child, 'start');
  if (requests.length === 0) await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  for (let i = 0; i < REPEAT; i++) {
    for (const [label, method, path, body] of requests) {
      const status = await api.send(method, path, body?.());
      const key = `${label} ${status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
    }
  }
  const delay = await ask(child, 'stop');
  running = false;
  await poller;
  return {
    maxLoopDelayMs: delay.maxMs,
    p99LoopDelayMs: delay.p99Ms,
    healthPolls,
    healthMaxMs: round(healthMax, 1),
    requests: REPEAT * requests.length,
    statuses,
  };
}

/** A case in drafting with a draft of its own: it accepts one round. */
async function draftingCase(api: Client, baseUrl: string, token: string): Promise<string> {
  const draft = await fetch(`${baseUrl}/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form(makeDocx(), 'utkast.docx') });
  const draftId = ((await draft.json()) as { id: string }).id;
  const response = await fetch(`${baseUrl}/cases`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Benchärende' }),
  });
  const { id } = (await response.json()) as { id: string };
  await api.send('POST', `/cases/${id}/start-drafting`);
  await api.send('POST', `/cases/${id}/drafts`, { documentId: draftId });
  return id;
}

async function main(): Promise<number> {
  const postgres = await findPostgres();
  const redis = await findRedis();
  const db = await openBenchDatabase(postgres.serverUrl, 'abuse', 10);
  const prefix = benchPrefix('abuse');
  onCleanup(async () => {
    progress(`deleted ${await deletePrefix(redis.url, prefix)} Redis keys under ${prefix}:*`);
  });
  // The API module reads its configuration from the environment, as in production.
  const env = { ...process.env, DATABASE_URL: db.url, REDIS_URL: redis.url, REDIS_PREFIX: prefix, LOG_LEVEL: 'error', BENCH_ABUSE_ROLE: 'api' };
  const child = fork(__filename, [], { env, execArgv: process.execArgv });
  onCleanup(async () => {
    child.kill('SIGTERM');
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { url: string }).url));
    child.once('exit', (code) => reject(new Error(`the API process stopped (${code})`)));
  });
  const config = loadConfig(env);
  const [user] = await db.dataSource.query(`SELECT id FROM users WHERE email = 'kansli@ksl.se'`);
  const [ekero] = await db.dataSource.query(`SELECT id FROM organisations WHERE slug = 'ekero'`);
  const token = signToken(config, user.id);
  const api = client(baseUrl, token);
  const health = `${baseUrl}/health`;

  const bomb = makeZipBomb();
  const pdf3mb = Buffer.concat([makePdf('Bench'), Buffer.alloc(bomb.length - makePdf('Bench').length, 0x20)]);
  const caseIds: string[] = [];
  for (let i = 0; i < 2 * REPEAT + 2; i++) caseIds.push(await draftingCase(api, baseUrl, token));
  const someCase = caseIds[0];
  const nextCase = (() => {
    let n = 1;
    return () => caseIds[n++];
  })();
  const organisationIds = [ekero.id];
  const valid = localDate(120);
  progress(`API on ${baseUrl}; ZIP bomb ${bomb.length} bytes (3 GiB inflated); ${REPEAT} rounds of each set`);

  const abuse: Request[] = [
    ['deadline-check 9999-12-31', 'GET', '/calendar/deadline-check?deadline=9999-12-31'],
    ['deadline-check 2100-01-01', 'GET', '/calendar/deadline-check?deadline=2100-01-01'],
    ['deadline-check 1900-01-01', 'GET', '/calendar/deadline-check?deadline=1900-01-01'],
    ['deadline-check 2025-02-30', 'GET', '/calendar/deadline-check?deadline=2025-02-30'],
    ['rounds 9999-12-31', 'POST', `/cases/${someCase}/rounds`, () => ({ deadline: '9999-12-31', organisationIds })],
    ['rounds 1900-01-01', 'POST', `/cases/${someCase}/rounds`, () => ({ deadline: '1900-01-01', organisationIds })],
    ['recommendations 9999-12-31', 'POST', `/cases/${someCase}/recommendations`, () => ({ deadline: '9999-12-31', organisationIds })],
    ['documents zip bomb', 'POST', '/documents', () => form(bomb, 'bomb.odt')],
    ['cases 1 MB title', 'POST', '/cases', () => ({ title: MB })],
    ['documents 1 MB title', 'POST', '/documents', () => form(makeDocx(), 'svar.docx', MB)],
    ['deadline-check 8 KB', 'GET', `/calendar/deadline-check?deadline=${'9'.repeat(8192)}`],
  ];
  const ordinary: Request[] = [
    ['deadline-check valid', 'GET', `/calendar/deadline-check?deadline=${valid}`],
    ['deadline-check valid', 'GET', `/calendar/deadline-check?deadline=${localDate(400)}`],
    ['deadline-check valid', 'GET', `/calendar/deadline-check?deadline=${localDate(4 * 365)}`],
    ['deadline-check valid', 'GET', `/calendar/deadline-check?deadline=${localDate(30)}`],
    ['rounds valid', 'POST', '', () => ({ deadline: valid, organisationIds })],
    ['rounds valid', 'POST', '', () => ({ deadline: valid, organisationIds })],
    ['recommendations (409)', 'POST', `/cases/${someCase}/recommendations`, () => ({ deadline: valid, organisationIds })],
    ['documents 3 MB PDF', 'POST', '/documents', () => form(pdf3mb, 'stor.pdf')],
    ['cases title', 'POST', '/cases', () => ({ title: 'Ett vanligt ärende' })],
    ['documents DOCX', 'POST', '/documents', () => form(makeDocx(), 'svar.docx')],
    ['deadline-check valid', 'GET', `/calendar/deadline-check?deadline=${valid}`],
  ];
  // A valid round (path '') goes to the next fresh case in drafting.
  const withRoundPaths: Client = {
    send: (method, path, body) => api.send(method, path === '' ? `/cases/${nextCase()}/rounds` : path, body),
  };

  progress('warm-up');
  await api.send('GET', `/calendar/deadline-check?deadline=${valid}`);
  await api.send('GET', '/calendar/deadline-check?deadline=9999-12-31');
  await fetch(health);
  progress('idle: only /health polls');
  const idle = await measure(child, api, health, []);
  progress('baseline: ordinary requests');
  const baseline = await measure(child, withRoundPaths, health, ordinary);
  progress('abuse: the worst inputs');
  const abused = await measure(child, api, health, abuse);

  print('bench:abuse — worst event-loop delay in the API process while requests are sent (2 shared cores)');
  print();
  table([
    ['phase', 'requests', 'max loop delay ms', 'p99 loop delay ms', '/health polls', 'max /health ms'],
    ['idle (/health only)', '0', String(idle.maxLoopDelayMs), String(idle.p99LoopDelayMs), String(idle.healthPolls), String(idle.healthMaxMs)],
    ['baseline (ordinary)', String(baseline.requests), String(baseline.maxLoopDelayMs), String(baseline.p99LoopDelayMs), String(baseline.healthPolls), String(baseline.healthMaxMs)],
    ['abuse (worst inputs)', String(abused.requests), String(abused.maxLoopDelayMs), String(abused.p99LoopDelayMs), String(abused.healthPolls), String(abused.healthMaxMs)],
  ]);
  print();
  print('answers (request, status: count)');
  for (const [key, n] of Object.entries({ ...abused.statuses })) print(`  abuse     ${key}: ${n}`);
  for (const [key, n] of Object.entries({ ...baseline.statuses })) print(`  baseline  ${key}: ${n}`);
  const serverErrors = Object.entries(abused.statuses).filter(([key]) => / 5\d\d$/.test(key)).reduce((s, [, n]) => s + n, 0);
  const ok = abused.maxLoopDelayMs <= TARGET_MS && serverErrors === 0;
  print();
  print(`target: max loop delay <= ${TARGET_MS} ms and no 5xx under abuse: ${ok ? 'met' : 'NOT met'}`);
  printJsonLine({
    bench: 'abuse',
    max_loop_delay_ms: abused.maxLoopDelayMs,
    baseline_max_loop_delay_ms: baseline.maxLoopDelayMs,
    idle_max_loop_delay_ms: idle.maxLoopDelayMs,
    p99_loop_delay_ms: abused.p99LoopDelayMs,
    baseline_p99_loop_delay_ms: baseline.p99LoopDelayMs,
    max_health_ms: abused.healthMaxMs,
    baseline_max_health_ms: baseline.healthMaxMs,
    requests: abused.requests,
    server_errors: serverErrors,
    target_ms: TARGET_MS,
    target_met: ok,
  });
  return 0;
}

/** The API process: the real app on 127.0.0.1, sampling its own event-loop delay when asked. */
async function apiProcess(): Promise<void> {
  const app: INestApplication = await createApiApp(loadConfig());
  await app.listen(0, '127.0.0.1');
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  process.on('message', (command) => {
    if (command === 'start') {
      histogram.reset();
      histogram.enable();
      process.send!({ maxMs: 0, p99Ms: 0 });
    } else {
      histogram.disable();
      process.send!({ maxMs: round(histogram.max / 1e6, 1), p99Ms: round(histogram.percentile(99) / 1e6, 1) });
    }
  });
  process.once('SIGTERM', () => void app.close().finally(() => process.exit(0)));
  process.send!({ url: (await app.getUrl()).replace('[::1]', '127.0.0.1') });
}

if (process.env.BENCH_ABUSE_ROLE === 'api') {
  void apiProcess();
} else {
  main()
    .then(async (code) => {
      await cleanupAll();
      process.exit(code);
    })
    .catch(async (error: unknown) => {
      progress(`failed: ${(error as Error).stack ?? String(error)}`);
      await cleanupAll();
      process.exit(1);
    });
}
