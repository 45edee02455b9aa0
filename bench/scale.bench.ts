/**
 * bench:scale (issue 10): does a read cost the same with 10 cases as with 10,000? The API runs
 * from dist/ as its own process on real PostgreSQL and Redis; the database grows in steps
 * (BENCH_SIZES, default 10,1000,10000 cases), rows written by bulk SQL (not through the
 * API): most cases sent to the 26 municipalities, every 50th to 290 organisations; about 40 %
 * answered (answers, incoming registry entries), every recipient with its outgoing registry
 * entry, mail and event, every 20th with an extension request, the open ones with a pending
 * reminder.
 *
 * Each size is its own database with its own API process, built first; then every endpoint is
 * measured at every size in BENCH_ROUNDS (default 3) interleaved runs (the median counts), so that
 * other work on the machine falls on every size alike. Over HTTP with autocannon (10 connections,
 * BENCH_SECONDS each, default 2; the DOCX and the feed: 4 requests over 2 connections):
 * GET /cases, /inbox, /registry, /extension-requests, /admin/mail-log (the first page of 5, full
 * at every size: the same work, so any growth is the database's), the case
 * page of one 290-recipient case, its compilation CSV and DOCX, its register of parties, and an
 * organisation's .ics feed, beside GET /auth/me (the cheapest authenticated request, to show
 * how busy the machine was). Cost = ms per request (1000 / req/s); slope = cost at the size /
 * cost at the smallest size, raw and divided by /auth/me's slope (the machine is shared).
 *
 * Ends with one JSON line: max_slope (the worst list endpoint's raw slope at the largest size),
 * max_slope_all (every endpoint), the same normalised, cases_max and the figures.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { signToken } from '@remiss/api';
import { loadConfig } from '@remiss/config';
import { DataSource } from 'typeorm';
import { freePort, load, runApp, runBench, waitForHealth } from './support/app-process';
import { print, printJsonLine, progress, table } from './support/output';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { nowMs, round } from './support/stats';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const HEAVY_REQUESTS = 4;
/** The lists' page: full at every size (10 cases have 10 cases, 10 inbox rows, ~10 extension requests), so every size does the same work per page. */
const PAGE = 5;
const SIZES = (process.env.BENCH_SIZES ?? '10,1000,10000').split(',').map(Number);
const BIG_EVERY = 50;
const BIG_RECIPIENTS = 290;
const CONNECTIONS = 10;
interface Figure {
  rps: number;
  p99: number;
  bytes: number;
  errors: number;
}

/** Cases number..number+count-1 (1-based) as bulk SQL, copying the snapshots of the template case. */
async function addCases(ds: DataSource, from: number, to: number, template: { caseId: string; recipientId: string; kslId: string; deadline: string }): Promise<void> {
  const t0 = nowMs();
  // A plain (unlogged) table: the pool may run each statement on another connection.
  await ds.query(`CREATE UNLOGGED TABLE IF NOT EXISTS bench_batch (case_id uuid, n int)`);
  await ds.query(`TRUNCATE bench_batch`);
  // Cases: updated one minute apart (and every tenth pair at the same instant: ties in the sort key).
  await ds.query(
    `WITH t AS (SELECT * FROM cases WHERE id = $1),
          ins AS (
            INSERT INTO cases (organisation_id, registry_number, title, state, snapshot, machine_version, version, created_by, created_at, updated_at)
            SELECT t.organisation_id, 'KSL/S/' || n, 'Skalärende ' || n, t.state, t.snapshot, t.machine_version, t.version, t.created_by,
                   now() - interval '1 minute' * (n - n % 10), now() - interval '1 minute' * (n - n % 10)
              FROM t, generate_series($2::int, $3::int) AS n
            RETURNING id, registry_number)
     INSERT INTO bench_batch SELECT id, substring(registry_number from 7)::int FROM ins`,
    [template.caseId, from, to],
  );
  await ds.query(
    `INSERT INTO rounds (case_id, kind, seq, subject, message, deadline, sent_at, reminder_policy, created_by)
     SELECT b.case_id, 'remiss', 1, 'Remiss ' || b.n, 'Förslaget skickas på remiss.', $1::date + (b.n % 60), now(), '{}', $2 FROM bench_batch b`,
    [template.deadline, template.kslId],
  );
  // Recipients: the 26 municipalities, or the 290 organisations for every BIG_EVERY-th case; 40 % answered.
  await ds.query(
    `WITH t AS (SELECT snapshot, machine_version FROM recipients WHERE id = $1),
          orgs AS (SELECT id, kind = 'municipality' AS municipality FROM organisations WHERE kind IN ('municipality', 'other'))
     INSERT INTO recipients (round_id, case_id, organisation_id, state, snapshot, machine_version, version, deadline, original_deadline, answered_at)
     SELECT ro.id, b.case_id, o.id, CASE WHEN abs(hashtext(b.n || o.id::text)) % 10 < 4 THEN 'answered' ELSE 'sent' END,
            t.snapshot, t.machine_version, 1, ro.deadline, ro.deadline,
            CASE WHEN abs(hashtext(b.n || o.id::text)) % 10 < 4 THEN now() END
       FROM bench_batch b JOIN rounds ro ON ro.case_id = b.case_id CROSS JOIN t CROSS JOIN orgs o
      WHERE o.municipality OR b.n % $2 = 0`,
    [template.recipientId, BIG_EVERY],
  );
  const batchRecipients = `recipients r JOIN bench_batch b ON b.case_id = r.case_id`;
  await ds.query(
    `INSERT INTO answers (recipient_id, version, position, text, received_at)
     SELECT r.id, 1, 'synpunkter', 'Kommunen har synpunkter på förslaget i följande delar: ' || repeat('text ', 60), r.answered_at FROM ${batchRecipients} WHERE r.state = 'answered'`,
  );
  await ds.query(
    `INSERT INTO event_log (case_id, recipient_id, at, event, payload, state_before, state_after)
     SELECT r.case_id, r.id, now(), 'SEND', '{}'::jsonb, NULL, 'sent' FROM ${batchRecipients}
     UNION ALL
     SELECT r.case_id, r.id, now(), 'ANSWER', '{}'::jsonb, 'sent', 'answered' FROM ${batchRecipients} WHERE r.state = 'answered'`,
  );
  await ds.query(
    `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject, case_id)
     SELECT $1, 'KSL/S/' || b.n || '/' || o.slug, 2026, b.n, now() - interval '1 minute' * b.n, 'out', o.name, 'Remiss ' || b.n, r.case_id
       FROM ${batchRecipients} JOIN organisations o ON o.id = r.organisation_id
     UNION ALL
     SELECT r.organisation_id, 'S/' || b.n || '/in', 2026, b.n, now() - interval '1 minute' * b.n, 'in', 'KSL', 'Remiss ' || b.n, NULL
       FROM ${batchRecipients}`,
    [(await ds.query(`SELECT organisation_id FROM cases WHERE id = $1`, [template.caseId]))[0].organisation_id],
  );
  await ds.query(
    `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, case_id, recipient_id, transport, created_at, sent_at)
     SELECT 'scale-' || r.id, 'sent', 'registrator@example.se', 'Remiss ' || b.n, 'remiss', r.case_id, r.id, 'file', now() - interval '1 minute' * b.n, now()
       FROM ${batchRecipients}`,
  );
  await ds.query(
    `INSERT INTO extension_requests (recipient_id, requested_date, previous_deadline, reason, requested_at, status)
     SELECT r.id, r.deadline + 30, r.deadline, 'Nämnden sammanträder senare.', now() - interval '1 minute' * b.n,
            CASE WHEN b.n % 3 = 0 THEN 'pending' ELSE 'granted' END
       FROM ${batchRecipients} WHERE hashtext(r.id::text) % 20 = 0`,
  );
  await ds.query(
    `INSERT INTO reminders (recipient_id, round_id, case_id, key, kind, deadline, due_at, status, job_id)
     SELECT r.id, r.round_id, r.case_id, 'before-7', 'reminder', r.deadline, r.deadline - 7, 'pending', 'scale-' || r.id
       FROM ${batchRecipients} WHERE r.state = 'sent'`,
  );
  await ds.query(`ANALYZE`);
  progress(`cases ${from}-${to} written in ${((nowMs() - t0) / 1000).toFixed(1)} s`);
}

interface World {
  cases: number;
  recipients: number;
  baseUrl: string;
  endpoints: Endpoint[];
}

interface Endpoint {
  name: string;
  url: string;
  headers: Record<string, string>;
  list: boolean;
  /** Slow answers (a document built per request, seconds for the feed at 10,000 cases): a fixed number of requests over 2 connections. */
  heavy?: boolean;
}

/** One database with `size` cases and its own API process. */
async function buildWorld(serverUrl: string, redisUrl: string, size: number): Promise<World> {
  const db = await openBenchDatabase(serverUrl, `scale_${size}`, 2);
  const ds = db.dataSource;
  const prefix = benchPrefix(`scale-${size}`);
  onCleanup(async () => {
    progress(`deleted ${await deletePrefix(redisUrl, prefix)} Redis keys under ${prefix}:*`);
  });
  await ds.query(
    `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email)
     SELECT 'bench-org-' || n, 'Organisation ' || n, 'other', 'B' || n, 'registrator@bench-org-' || n || '.example.se' FROM generate_series(1, $1) AS n`,
    [BIG_RECIPIENTS - 26],
  );
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-bench-scale-'));
  onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    // The .ics feed is throttled per address; the load generator is one address.
    PUBLIC_MAX_REQUESTS_PER_ADDRESS: '100000000',
  };
  const config = loadConfig(env);
  runApp('api', env);
  await waitForHealth(baseUrl);

  const userId = async (email: string) => (await ds.query(`SELECT id FROM users WHERE email = $1`, [email]))[0].id as string;
  const kslId = await userId('kansli@ksl.se');
  const ksl = { authorization: `Bearer ${signToken(config, kslId)}` };
  const ekero = { authorization: `Bearer ${signToken(config, await userId('handlaggare@ekero.example.se'))}` };
  const call = async (method: string, url: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { ...ksl, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${text.slice(0, 300)}`);
    return text ? JSON.parse(text) : null;
  };
  const deadline = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const organisations: Array<{ id: string; kind: string }> = await ds.query(`SELECT id, kind FROM organisations WHERE kind IN ('municipality', 'other') ORDER BY slug`);
  const sendCase = async (title: string, ids: string[]) => {
    const created = await call('POST', '/cases', { title });
    await call('POST', `/cases/${created.id}/start-drafting`);
    const form = new FormData();
    form.append('kind', 'draft');
    form.append('title', `${title}: förslag`);
    form.append('file', new Blob([Buffer.from(`%PDF-1.4\n% ${title}\n%%EOF\n`)], { type: 'application/pdf' }), 'forslag.pdf');
    const doc = (await (await fetch(`${baseUrl}/documents`, { method: 'POST', headers: ksl, body: form })).json()) as { id: string };
    await call('POST', `/cases/${created.id}/drafts`, { documentId: doc.id });
    const sent = await call('POST', `/cases/${created.id}/rounds`, { deadline, organisationIds: ids, documentId: doc.id });
    return { caseId: created.id as string, roundId: sent.roundId as string };
  };
  // The measured case (290 recipients, made through the API) and the template the bulk rows copy.
  const big = await sendCase('Mätfallet', organisations.map((o) => o.id));
  const template = await sendCase('Mallen', organisations.filter((o) => o.kind === 'municipality').map((o) => o.id));
  const [{ id: templateRecipient }] = await ds.query(`SELECT id FROM recipients WHERE case_id = $1 LIMIT 1`, [template.caseId]);
  if (size > 2) await addCases(ds, 3, size, { caseId: template.caseId, recipientId: templateRecipient, kslId, deadline });
  const [{ recipients }] = await ds.query(`SELECT count(*)::int AS recipients FROM recipients`);
  for (const [url, who] of [['/cases', ksl], ['/cases', ekero], ['/inbox', ekero], ['/registry', ksl], ['/extension-requests', ksl], ['/admin/mail-log', ksl]] as const) {
    const page = (await (await fetch(`${baseUrl}${url}?limit=${PAGE}`, { headers: who })).json()) as { items: unknown[] };
    if (page.items.length < PAGE) throw new Error(`${url} has only ${page.items.length} items at ${size} cases: not a full page of ${PAGE}`);
  }
  const feed = (await (await fetch(`${baseUrl}/calendar/feed-url`, { headers: ekero })).json()) as { url: string };
  const feedUrl = new URL(feed.url);
  progress(`world of ${size} cases (${recipients} recipients) ready at ${baseUrl}`);
  return {
    cases: size,
    recipients,
    baseUrl,
    endpoints: [
      { name: 'GET /auth/me (baseline)', url: '/auth/me', headers: ksl, list: false },
      { name: 'GET /cases', url: `/cases?limit=${PAGE}`, headers: ksl, list: true },
      { name: 'GET /cases (Ekerö)', url: `/cases?limit=${PAGE}`, headers: ekero, list: true },
      { name: 'GET /inbox (Ekerö)', url: `/inbox?limit=${PAGE}`, headers: ekero, list: true },
      { name: 'GET /registry', url: `/registry?limit=${PAGE}`, headers: ksl, list: true },
      { name: 'GET /extension-requests', url: `/extension-requests?limit=${PAGE}`, headers: ksl, list: true },
      { name: 'GET /admin/mail-log', url: `/admin/mail-log?limit=${PAGE}`, headers: ksl, list: true },
      { name: 'GET /cases/:id (290)', url: `/cases/${big.caseId}`, headers: ksl, list: false },
      { name: 'compilation.csv (290)', url: `/cases/${big.caseId}/rounds/${big.roundId}/compilation.csv`, headers: ksl, list: false },
      { name: 'compilation.docx (290)', url: `/cases/${big.caseId}/compilation.docx`, headers: ksl, list: false, heavy: true },
      { name: 'GET /cases/:id/parties (290)', url: `/cases/${big.caseId}/parties`, headers: ksl, list: false },
      { name: '.ics feed (Ekerö)', url: feedUrl.pathname + feedUrl.search, headers: {}, list: false, heavy: true },
    ],
  };
}

/** ms per request of one run: 1000 / req/s, from the requests that completed. */
async function measure(world: World, e: Endpoint, warmUp = false): Promise<Figure> {
  const common = { url: `${world.baseUrl}${e.url}`, headers: { ...e.headers, 'accept-encoding': 'gzip' }, timeout: 120 };
  const r = e.heavy
    ? await load({ ...common, connections: warmUp ? 1 : 2, amount: warmUp ? 1 : HEAVY_REQUESTS })
    : await load({ ...common, connections: CONNECTIONS, duration: warmUp ? 1 : SECONDS });
  const completed = r.requests.total;
  const rps = e.heavy ? completed / Math.max(r.duration, 1e-3) : r.requests.average;
  return { rps, p99: r.latency.p99, bytes: r.throughput.total / Math.max(1, completed), errors: r.errors + r.timeouts + r.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<number> {
  const started = nowMs();
  const postgres = await findPostgres();
  const redis = await findRedis();
  const worlds: World[] = [];
  for (const size of SIZES) worlds.push(await buildWorld(postgres.serverUrl, redis.url, size));

  // Interleaved: for every endpoint, ROUNDS rounds over the sizes, so that the load other work puts
  // on the machine falls on every size alike; the figure of a size is the median of its rounds.
  const runs = new Map<string, Figure[]>();
  const keyOf = (size: number, name: string) => `${size}|${name}`;
  for (const e of worlds[0].endpoints) {
    for (const world of worlds) await measure(world, world.endpoints.find((x) => x.name === e.name)!, true);
    for (let round = 0; round < ROUNDS; round++) {
      for (const world of worlds) {
        const figure = await measure(world, world.endpoints.find((x) => x.name === e.name)!);
        runs.set(keyOf(world.cases, e.name), [...(runs.get(keyOf(world.cases, e.name)) ?? []), figure]);
      }
    }
    progress(`measured ${e.name}`);
  }
  const fig = (size: number, name: string): Figure => {
    const list = runs.get(keyOf(size, name))!;
    return { rps: median(list.map((f) => f.rps)), p99: median(list.map((f) => f.p99)), bytes: median(list.map((f) => f.bytes)), errors: list.reduce((n, f) => n + f.errors, 0) };
  };

  const sizes = worlds.map((w) => w.cases);
  const last = sizes[sizes.length - 1];
  const endpoints = worlds[0].endpoints;
  const cost = (f: Figure) => 1000 / Math.max(f.rps, 1e-9);
  const slope = (size: number, name: string) => cost(fig(size, name)) / cost(fig(sizes[0], name));
  const baseline = endpoints[0].name;
  print(`bench:scale: ${CONNECTIONS} connections (2 and ${HEAVY_REQUESTS} requests for the DOCX and the feed), ${SECONDS} s per run, median of ${ROUNDS} interleaved runs, ${os.cpus().length} cores`);
  print(`sizes: ${worlds.map((w) => `${w.cases} cases (${w.recipients} recipients)`).join(', ')}`);
  print();
  table([
    ['endpoint', ...sizes.flatMap((s) => [`req/s @${s}`, `p99 ms @${s}`]), 'gzip B', `slope @${last}`, '÷ /auth/me', 'errors'],
    ...endpoints.map((e) => [
      e.name,
      ...sizes.flatMap((s) => [round(fig(s, e.name).rps, 1).toString(), fig(s, e.name).p99.toFixed(0)]),
      round(fig(last, e.name).bytes, 0).toString(),
      slope(last, e.name).toFixed(2),
      (slope(last, e.name) / slope(last, baseline)).toFixed(2),
      String(sizes.reduce((n, s) => n + fig(s, e.name).errors, 0)),
    ]),
  ]);
  const measured = endpoints.slice(1);
  const worst = (list: Endpoint[], normalised: boolean) =>
    list.map((e) => ({ name: e.name, slope: slope(last, e.name) / (normalised ? slope(last, baseline) : 1) })).sort((a, b) => b.slope - a.slope)[0];
  const lists = measured.filter((e) => e.list);
  const worstList = worst(lists, false);
  const worstAll = worst(measured, false);
  print();
  print(`worst list endpoint: ${worstList.name} at ${worstList.slope.toFixed(2)}× its cost at ${sizes[0]} cases; worst of all: ${worstAll.name} at ${worstAll.slope.toFixed(2)}×`);
  print(`run took ${((nowMs() - started) / 1000).toFixed(0)} s`);
  printJsonLine({
    bench: 'scale',
    cases_max: last,
    sizes,
    max_slope: round(worstList.slope, 3),
    max_slope_endpoint: worstList.name,
    max_slope_all: round(worstAll.slope, 3),
    max_slope_all_endpoint: worstAll.name,
    max_slope_normalised: round(worst(lists, true).slope, 3),
    baseline_slope: round(slope(last, baseline), 3),
    figures: Object.fromEntries(endpoints.map((e) => [e.name, Object.fromEntries(sizes.map((s) => [s, { rps: round(fig(s, e.name).rps, 1), p99_ms: fig(s, e.name).p99 }]))])),
  });
  return 0;
}

runBench('bench:scale', main);
