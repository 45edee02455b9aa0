/**
 * npm run chaos (issue 15): the fault matrix on real processes. Own PostgreSQL (initdb/pg_ctl from
 * CHAOS_PG_BIN, default /usr/lib/postgresql/15/bin, as the OS user postgres when root) and own Redis
 * (redis-server, AOF with appendfsync always) on free loopback ports, 2 API and 2 worker processes from dist/,
 * a real SMTP sink (smtp-server) counting every mail by its X-Remiss-Id. For each case a batch of recipients
 * gets its "Sista dag i dag" reminder planned; the shared demonstration clock is then moved to its due instant
 * (what brings them due) and the fault is applied:
 *   worker kill -9 at a random moment (×4), Redis kill -9 (restarted on its AOF), Redis FLUSHALL (the
 *   reconciler restores the jobs), PostgreSQL down for CHAOS_PG_DOWN_S (default 300 s, with one batch of 26
 *   recipients to keep the run bounded), an extension granted (through the API) while the old reminders are due,
 *   and a Redis Sentinel failover (the apps restarted on a master, a replica and three sentinels; the master
 *   killed -9 while a batch is being sent).
 * Per case: expected mails, delivered, lost, duplicates (and whether each lies in the uncertain window: every copy
 * carries the job's one Message-ID and the mail log records a resend after an unknown outcome), mails resent,
 * time to resume (from the fault's end to the next mail, 0 if nothing was left).
 * Env: CHAOS_PG_DOWN_S (300), CHAOS_SEED (random), CHAOS_SETTLE_S (120, per case). Prints a table, then one JSON line.
 */
import { moveSharedClock, scheduleRecipientReminders } from '@remiss/application';
import { signToken } from '@remiss/api';
import { loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { ensureDatabase, PgCluster, postgresOsUser, withDatabase } from '@remiss/local-services';
import { insertRemissFixture, startSentinelGroup } from '@remiss/testing';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { print, printJsonLine, progress, table } from './support/output';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const PG_BIN = process.env.CHAOS_PG_BIN ?? '/usr/lib/postgresql/15/bin';
const PG_DOWN_S = Number(process.env.CHAOS_PG_DOWN_S ?? 300);
const SETTLE_S = Number(process.env.CHAOS_SETTLE_S ?? 120);
let seed = Number(process.env.CHAOS_SEED ?? Math.floor(Math.random() * 2 ** 31));
const SEED = seed;
/** Deterministic pseudo-random numbers (CHAOS_SEED), mulberry32. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const MUNICIPALITIES = [
  'botkyrka', 'danderyd', 'ekero', 'haninge', 'huddinge', 'jarfalla', 'lidingo', 'nacka', 'norrtalje', 'nykvarn', 'nynashamn', 'salem', 'sigtuna',
  'sollentuna', 'solna', 'stockholm', 'sundbyberg', 'sodertalje', 'tyreso', 'taby', 'upplands-bro', 'upplands-vasby', 'vallentuna', 'vaxholm', 'varmdo', 'osteraker',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The SMTP sink: every accepted mail with its X-Remiss-Id, its Message-ID and the moment it arrived. */
class Sink {
  readonly mails: Array<{ key: string; messageId: string; at: number }> = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            this.mails.push({ key: String(parsed.headers.get('x-remiss-id') ?? ''), messageId: parsed.messageId ?? '', at: Date.now() });
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    // a worker killed mid-conversation resets its connection: that is part of the run, not an error of the sink
    this.server.on('error', () => undefined);
    this.port = await freePort();
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

class RedisProc {
  proc?: ChildProcess;
  constructor(
    readonly port: number,
    readonly dir: string,
  ) {}

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir, '--appendonly', 'yes', '--appendfsync', 'always',
      '--save', '', '--maxmemory-policy', 'noeviction', '--protected-mode', 'no'];
    this.proc = spawn('redis-server', args, { stdio: ['ignore', fs.openSync(path.join(this.dir, 'redis.log'), 'a'), 'inherit'] });
    for (let i = 0; i < 100; i++) {
      if (this.cli('PING').trim() === 'PONG') return;
      await sleep(100);
    }
    throw new Error('redis-server startade inte');
  }

  cli(...args: string[]): string {
    return spawnSync('redis-cli', ['-p', String(this.port), ...args], { encoding: 'utf8' }).stdout ?? '';
  }

  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  }
}

class AppProc {
  proc?: ChildProcess;
  constructor(
    readonly kind: 'api' | 'worker',
    readonly index: number,
    readonly env: Record<string, string>,
    readonly logDir: string,
  ) {}

  get name(): string {
    return `${this.kind}${this.index}`;
  }

  start(): void {
    const out = fs.openSync(path.join(this.logDir, `${this.name}.log`), 'a');
    this.proc = spawn(process.execPath, ['-r', 'tsconfig-paths/register', path.join(DIST, `apps/${this.kind}/src/main.js`)], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: DIST, TS_NODE_PROJECT: path.join(ROOT, 'tsconfig.base.json'), ...this.env },
      stdio: ['ignore', out, out],
    });
  }

  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      proc.kill('SIGTERM');
    });
  }
}

interface CaseResult {
  name: string;
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  resent: number;
  duplicatesOutsideWindow: number;
  staleAfterGrant: number;
  resumeS: number;
  settleS: number;
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, 'apps/worker/src/main.js'))) throw new Error('dist/ saknas: kör "npm run build" först');
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-chaos-'));
  fs.chmodSync(tmp, 0o755); // the OS user postgres must reach its data folder
  const cleanups: Array<() => Promise<void> | void> = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('uncaughtException', (error) => {
    process.stderr.write(`chaos: ${error.stack ?? error.message}\n`);
    void cleanup().then(() => process.exit(1));
  });
  try {
    await run(tmp, cleanups, started);
  } finally {
    await cleanup();
  }
}

async function run(tmp: string, cleanups: Array<() => Promise<void> | void>, started: number): Promise<void> {
  progress(`chaos: seed ${SEED}, PostgreSQL ${PG_BIN}, nere ${PG_DOWN_S} s, i ${tmp}`);
  const asRoot = process.getuid?.() === 0;
  const pg = new PgCluster({ binDir: PG_BIN, dataDir: path.join(tmp, 'pg'), port: await freePort(), user: asRoot ? postgresOsUser() : undefined });
  pg.init();
  pg.start();
  cleanups.push(() => pg.stop('immediate'));
  const redisDir = path.join(tmp, 'redis');
  fs.mkdirSync(redisDir);
  const redis = new RedisProc(await freePort(), redisDir);
  await redis.start();
  cleanups.push(() => redis.kill9());
  const sink = new Sink();
  await sink.start();
  cleanups.push(() => sink.stop());

  await ensureDatabase(pg.url, 'remiss');
  const databaseUrl = withDatabase(pg.url, 'remiss');
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    DATABASE_URL: databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${redis.port}`,
    REDIS_PREFIX: 'chaos',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    JWT_SECRET: 'chaos-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    DATA_DIR: path.join(tmp, 'data'),
    CLOCK_START: '2014-01-02T08:00:00Z',
    RECONCILE_INTERVAL_MS: '5000', // restores FLUSHed jobs within seconds (default 5 min)
    JOB_RETRY_MAX_MS: '8000', // retries at most 8 s apart during an outage (default 60 s), so work resumes soon after it
    LOG_LEVEL: 'warn',
  };
  const logDir = path.join(tmp, 'logs');
  fs.mkdirSync(logDir);
  const apiPorts = [await freePort(), await freePort()];
  const apis = apiPorts.map((port, i) => new AppProc('api', i + 1, { ...env, PORT: String(port), HOST: '127.0.0.1' }, logDir));
  const workers = [1, 2].map((i) => new AppProc('worker', i, env, logDir));
  cleanups.push(async () => {
    for (const p of [...apis, ...workers]) await p.stop();
  });
  const ready = async (port: number) => {
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then((r) => r.ok).catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`API på port ${port} blev inte redo`);
  };
  apis[0].start(); // migrates and seeds first
  await ready(apiPorts[0]);
  apis[1].start();
  for (const w of workers) w.start();
  await ready(apiPorts[1]);
  const ds = createDataSource(databaseUrl);
  await ds.initialize();
  cleanups.push(() => ds.destroy());
  Object.assign(process.env, env);
  const config = loadConfig();
  progress(`chaos: 2 API + 2 arbetare kör (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const results: CaseResult[] = [];
  const mondays = Array.from({ length: 10 }, (_, i) => new Date(Date.UTC(2014, 1, 3 + 7 * i)).toISOString().slice(0, 10));
  let n = 0;

  /** Plans the batch's reminders (only the deadline-day one and later), relays them; returns the deadline reminders. */
  const prepare = async (title: string, fixtures: number) => {
    const deadline = mondays[n++];
    const planningNow = new Date(`${deadline}T05:00:00Z`); // before 08:00 Stockholm: the 'before' reminders are past
    const recipients: string[] = [];
    const caseIds: string[] = [];
    for (let i = 0; i < fixtures; i++) {
      const f = await insertRemissFixture(ds, { deadline, title: `${title} ${i + 1}`, slugs: MUNICIPALITIES, sentAt: new Date('2014-01-02T08:00:00Z') });
      caseIds.push(f.caseId);
      for (const id of Object.values(f.recipients)) {
        await ds.transaction((m) => scheduleRecipientReminders(m, id, planningNow));
        recipients.push(id);
      }
    }
    await waitFor(async () => (await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`))[0].n === 0, 30_000, 'utkorgen tom');
    const rows: Array<{ recipient_id: string; job_id: string; due_at: Date }> = await ds.query(
      `SELECT recipient_id, job_id, due_at FROM reminders WHERE recipient_id = ANY($1::uuid[]) AND key = 'deadline' AND status = 'pending'`,
      [recipients],
    );
    const dueAt = new Date(Math.max(...rows.map((r) => new Date(r.due_at).getTime())));
    return { rows, caseIds, dueAt, deadline };
  };
  const bringDue = (dueAt: Date) => moveSharedClock(ds, new Date(dueAt.getTime() + 200));
  const settled = async (keys: string[]) =>
    (await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE job_id = ANY($1::text[]) AND status IN ('pending', 'claimed')`, [keys]))[0].n === 0;

  /** Counts one case from the sink and the mail log. */
  const measure = async (name: string, expectedKeys: string[], allowedKeys: string[], faultEnd: number, caseIds: string[], staleAfterGrant = 0) => {
    const begin = Date.now();
    const all = [...expectedKeys, ...allowedKeys];
    // done when no row is pending or claimed and every mail recorded as sent has reached the sink
    const recordedSentArrived = async () => {
      const sent: Array<{ job_id: string }> = await ds.query(`SELECT job_id FROM reminders WHERE job_id = ANY($1::text[]) AND status = 'sent'`, [all]);
      const arrived = new Set(sink.mails.map((m) => m.key));
      return sent.every((r) => arrived.has(r.job_id));
    };
    await waitFor(async () => (await settled(all)) && (await recordedSentArrived()), SETTLE_S * 1000, `${name}: alla brev`).catch(() => undefined);
    const settleS = (Date.now() - Math.max(begin, faultEnd)) / 1000;
    const keySet = new Set(all);
    const mine = sink.mails.filter((m) => keySet.has(m.key));
    const count = new Map<string, number>();
    for (const m of mine) count.set(m.key, (count.get(m.key) ?? 0) + 1);
    // a resend after an unknown outcome, as the mail log records it (a worker died in the window, or the SMTP conversation broke)
    const resends = new Map<string, number>(
      (await ds.query(`SELECT dedupe_key, resends FROM mail_log WHERE dedupe_key = ANY($1::text[]) AND resends > 0`, [all])).map(
        (r: { dedupe_key: string; resends: number }) => [r.dedupe_key, r.resends],
      ),
    );
    const messageIdOf = (key: string) => `<${key.replace(/[^A-Za-z0-9._-]/g, '-')}@remiss.local>`;
    /** Inside the window: every copy carries the job's Message-ID and the log shows a resend for each extra copy. */
    const inWindow = (key: string, copies: number) =>
      (resends.get(key) ?? 0) >= copies - 1 && mine.filter((m) => m.key === key).every((m) => m.messageId === messageIdOf(key));
    const lostKeys = expectedKeys.filter((k) => !count.has(k));
    const dupKeys = [...count.entries()].filter(([, c]) => c > 1);
    const after = mine.filter((m) => m.at >= faultEnd).map((m) => m.at);
    const remainingAtEnd = expectedKeys.filter((k) => !mine.some((m) => m.key === k && m.at < faultEnd)).length;
    const resumeS = remainingAtEnd === 0 ? 0 : after.length ? (Math.min(...after) - faultEnd) / 1000 : Number.POSITIVE_INFINITY;
    const result: CaseResult = {
      name,
      expected: expectedKeys.length,
      delivered: expectedKeys.length - lostKeys.length,
      lost: lostKeys.length,
      duplicates: dupKeys.reduce((a, [, c]) => a + c - 1, 0),
      resent: [...resends.values()].reduce((a, n) => a + n, 0),
      duplicatesOutsideWindow: dupKeys.filter(([k, c]) => !inWindow(k, c)).reduce((a, [, c]) => a + c - 1, 0),
      staleAfterGrant,
      resumeS: Math.round(resumeS * 10) / 10,
      settleS: Math.round(settleS * 10) / 10,
    };
    results.push(result);
    // leave nothing of this batch to fall due later (overdue notices, deadline-passed)
    await ds.query(`UPDATE reminders SET status = 'cancelled' WHERE case_id = ANY($1::uuid[]) AND status = 'pending'`, [caseIds]);
    progress(`chaos: ${name}: ${JSON.stringify(result)}`);
  };

  // 1-4: a worker killed -9 at a random moment while its batch is being sent, restarted a second later
  for (let k = 1; k <= 4; k++) {
    const { rows, caseIds, dueAt } = await prepare(`Arbetare dödad ${k}`, 3);
    await bringDue(dueAt);
    await sleep(300 + random() * 2700);
    const victim = workers[Math.floor(random() * workers.length)];
    await victim.kill9();
    await sleep(1000);
    victim.start();
    await measure(`worker kill -9 #${k} (${victim.name})`, rows.map((r) => r.job_id), [], Date.now(), caseIds);
  }

  // 5: Redis kill -9 while sending; restarted on its append-only file 3 s later
  {
    const { rows, caseIds, dueAt } = await prepare('Redis dödad', 3);
    await bringDue(dueAt);
    await sleep(1500 + random() * 1500);
    await redis.kill9();
    await sleep(3000);
    await redis.start();
    await measure('Redis kill -9 (AOF)', rows.map((r) => r.job_id), [], Date.now(), caseIds);
  }

  // 6: Redis FLUSHALL with the batch's jobs waiting in it; the reconciler restores them
  {
    const { rows, caseIds, dueAt } = await prepare('Redis tömd', 2);
    redis.cli('FLUSHALL');
    const flushed = Date.now();
    await bringDue(dueAt);
    await measure('Redis FLUSHALL + reconcile', rows.map((r) => r.job_id), [], flushed, caseIds);
  }

  // 7: PostgreSQL down for CHAOS_PG_DOWN_S while the batch is due
  {
    const { rows, caseIds, dueAt } = await prepare('PostgreSQL nere', 1); // one batch of 26: the outage is long, the run bounded
    // due 6 s from now: the workers re-plan their jobs' delays, and BullMQ's timers fire them inside the outage
    await moveSharedClock(ds, new Date(dueAt.getTime() - 6000));
    await sleep(3000 + random() * 1000);
    pg.stop('immediate');
    progress(`chaos: PostgreSQL nere i ${PG_DOWN_S} s`);
    await sleep(PG_DOWN_S * 1000);
    pg.start();
    const up = Date.now();
    await waitFor(() => ds.query('SELECT 1').then(() => true, () => false), 30_000, 'PostgreSQL uppe');
    await measure(`PostgreSQL down ${PG_DOWN_S} s`, rows.map((r) => r.job_id), [], up, caseIds);
  }

  // 8: an extension granted through the API while the old deadline's reminders are due
  {
    const { rows, caseIds, dueAt, deadline } = await prepare('Anstånd', 2);
    const granted = rows.filter((_, i) => i % 2 === 0);
    const grantIds = new Map<string, string>();
    const [ksl] = await ds.query(`SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE o.slug = 'ksl' AND u.role = 'secretariat' LIMIT 1`);
    const base = `http://127.0.0.1:${apiPorts[0]}`;
    const post = (token: string, url: string, body: object) =>
      fetch(`${base}${url}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const later = new Date(new Date(`${deadline}T12:00:00Z`).getTime() + 14 * 86400_000).toISOString().slice(0, 10);
    await moveSharedClock(ds, new Date(dueAt.getTime() - 3 * 3600_000)); // the morning before, so the request is in time
    await sleep(2500); // every replica has the clock
    for (const r of granted) {
      const [officer] = await ds.query(
        `SELECT u.id FROM users u JOIN recipients rc ON rc.organisation_id = u.organisation_id WHERE rc.id = $1 AND u.role = 'officer' LIMIT 1`,
        [r.recipient_id],
      );
      const res = await post(signToken(config, officer.id), `/recipients/${r.recipient_id}/extension-requests`, { requestedDate: later, reason: 'Nämnden sammanträder senare' });
      if (res.status !== 201 && res.status !== 200) throw new Error(`anståndsbegäran: ${res.status} ${await res.text()}`);
      grantIds.set(r.recipient_id, ((await res.json()) as { extensionRequestId: string }).extensionRequestId);
    }
    await bringDue(dueAt);
    await sleep(1800 + random() * 400); // the replicas see the moved clock: the old reminders go out now
    const kslToken = signToken(config, ksl.id);
    const grantedAt = new Map<string, number>();
    /** The old reminder's status read right after its grant committed: 'claimed' or 'sent' means it was claimed before. */
    const statusAtGrant = new Map<string, string>();
    await Promise.all(
      granted.map(async (r) => {
        const res = await post(kslToken, `/extension-requests/${grantIds.get(r.recipient_id)}/grant`, { newDeadline: later });
        if (!res.ok) return;
        grantedAt.set(r.recipient_id, Date.now());
        const [row] = await ds.query(`SELECT status FROM reminders WHERE job_id = $1`, [r.job_id]);
        statusAtGrant.set(r.job_id, row.status);
      }),
    );
    const end = Date.now();
    // A granted recipient may have had the old reminder if the send path claimed it before the grant committed
    // (the grant waits for that lock), never otherwise: a mail for a reminder that was not claimed or sent when
    // its grant committed is stale. (Comparing timestamps of different processes would not prove the order.)
    await waitFor(() => settled(rows.map((r) => r.job_id)), 60_000, 'anstånd avgjort').catch(() => undefined);
    const arrived = new Set(sink.mails.map((m) => m.key));
    const stale = [...statusAtGrant].filter(([key, status]) => !['claimed', 'sent', 'uncertain'].includes(status) && arrived.has(key)).length;
    const notGranted = rows.filter((r) => !grantedAt.has(r.recipient_id));
    await measure(
      `extension granted while due (${grantedAt.size} granted)`,
      notGranted.map((r) => r.job_id),
      rows.filter((r) => grantedAt.has(r.recipient_id)).map((r) => r.job_id),
      end,
      caseIds,
      stale,
    );
  }

  // 9: Redis Sentinel failover: the apps restarted on a Sentinel group (master, replica, 3 sentinels); the master
  // killed -9 while a batch is being sent; writes not yet replicated are lost (the reconciler restores the jobs)
  {
    for (const p of [...apis, ...workers]) await p.stop();
    const group = await startSentinelGroup('chaos');
    cleanups.push(() => group.stop());
    const sentinelEnv = { ...env, REDIS_URL: '', REDIS_SENTINELS: group.sentinels, REDIS_SENTINEL_NAME: 'chaos' };
    const onSentinel = [
      ...apiPorts.map((port, i) => new AppProc('api', i + 1, { ...sentinelEnv, PORT: String(port), HOST: '127.0.0.1' }, logDir)),
      ...[1, 2].map((i) => new AppProc('worker', i, sentinelEnv, logDir)),
    ];
    cleanups.push(async () => {
      for (const p of onSentinel) await p.stop();
    });
    for (const p of onSentinel) p.start();
    await Promise.all(apiPorts.map(ready));
    progress(`chaos: 2 API + 2 arbetare på Redis Sentinel (${group.sentinels})`);
    const { rows, caseIds, dueAt } = await prepare('Sentinel failover', 2);
    await group.waitForReplicaInSync();
    await bringDue(dueAt);
    await sleep(300 + random() * 1200);
    await group.killMaster();
    await group.waitForFailover();
    await measure('Redis Sentinel failover (master kill -9)', rows.map((r) => r.job_id), [], Date.now(), caseIds);
  }

  const sum = (f: (r: CaseResult) => number) => results.reduce((a, r) => a + f(r), 0);
  const figures = {
    seed: SEED,
    pg_down_s: PG_DOWN_S,
    expected: sum((r) => r.expected),
    delivered: sum((r) => r.delivered),
    lost: sum((r) => r.lost),
    duplicates: sum((r) => r.duplicates),
    resent: sum((r) => r.resent),
    duplicates_outside_window: sum((r) => r.duplicatesOutsideWindow),
    stale_after_grant: sum((r) => r.staleAfterGrant),
    max_resume_s: Math.max(...results.map((r) => r.resumeS)),
    max_settle_s: Math.max(...results.map((r) => r.settleS)),
    total_s: Math.round((Date.now() - started) / 1000),
    cases: results,
  };
  const targets = figures.lost === 0 && figures.duplicates_outside_window === 0 && figures.stale_after_grant === 0 && figures.max_resume_s <= 15;
  print();
  table([
    ['fault', 'expected', 'delivered', 'lost', 'duplicates', 'dup. outside window', 'resent', 'stale after grant', 'resume s', 'all done s'],
    ...results.map((r) => [r.name, r.expected, r.delivered, r.lost, r.duplicates, r.duplicatesOutsideWindow, r.resent, r.staleAfterGrant, r.resumeS, r.settleS].map(String)),
    ['total', figures.expected, figures.delivered, figures.lost, figures.duplicates, figures.duplicates_outside_window, figures.resent, figures.stale_after_grant, figures.max_resume_s, figures.max_settle_s].map(String),
  ]);
  print();
  print(`targets (0 lost, 0 duplicates outside the uncertain window, resume within 15 s): ${targets ? 'met' : 'NOT met'}; seed ${SEED}`);
  if (figures.resent > 0) {
    print(
      `${figures.resent} mail(s) resent with the same Message-ID: their worker died while handing them to the SMTP server (outcome unknown); ` +
        `${figures.duplicates - figures.duplicates_outside_window} of them had been accepted before it died (the duplicates inside the window)`,
    );
  }
  printJsonLine({ ...figures, targets_met: targets });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`väntade förgäves: ${what}`);
    await sleep(100);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`chaos: ${error.stack ?? error.message}\n`);
    process.exit(1);
  },
);

