import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';
import * as path from 'node:path';
import { DeliveryProblemsQuery, prepareDatabase, scheduleRecipientReminders, SYSTEM_ACTOR } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { QueueName } from '@remiss/queue';
import { createTestContext, insertRemissFixture, ReceivedMail, TestContext, waitUntil } from '@remiss/testing';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';

const root = path.resolve(__dirname, '../..');

/** A TCP proxy to PostgreSQL that the test can cut (refusing and dropping connections) and restore: an outage on demand. */
class PgProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => [client, upstream].forEach((x) => x.destroy()));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const closed = new Promise((r) => this.server?.close(r));
    for (const s of this.sockets) s.destroy();
    await closed;
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** An own redis-server without persistence, so that this file may flush and restart it. */
async function startRedis(port: number): Promise<ChildProcess> {
  const proc = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no', '--bind', '127.0.0.1'], { stdio: 'ignore' });
  const probe = new Redis(port, '127.0.0.1', { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  await waitUntil(() => probe.connect().then(() => true, () => false), 10000, 'redis-server');
  probe.disconnect();
  return proc;
}

async function stop(proc: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill(signal);
  const timer = setTimeout(() => proc.kill('SIGKILL'), 10000);
  await exited;
  clearTimeout(timer);
}

/**
 * Faults around the worker, run from dist/ as a child process: killed (SIGKILL) just before and just
 * after sending, and in the window between the SMTP server's acceptance and our record of it, the Redis data
 * flushed, Redis restarted. After each, exactly one mail per reminder, except in the window: two copies with
 * one Message-ID, the resend recorded.
 */
jest.setTimeout(120_000);

describe('worker faults', () => {
  let ctx: TestContext;
  let ds: DataSource;
  let redisPort: number;
  let redis: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  let queues: Map<QueueName, Queue>;
  let env: Record<string, string>;
  const HORIZON_HOURS = 90 * 24;

  const startWorker = (extra: Record<string, string> = {}): ChildProcess => {
    const file = path.join(root, 'dist/apps/worker/src/main.js');
    if (!fs.existsSync(file)) throw new Error(`${file} saknas: kör "npm run build" först (npm test gör det).`);
    return spawn(process.execPath, ['-r', 'tsconfig-paths/register', file], {
      env: { PATH: process.env.PATH ?? '', TS_NODE_BASEURL: path.join(root, 'dist'), TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json'), ...env, ...extra },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  };
  const about = (title: string) => (m: ReceivedMail) => (m.parsed.subject ?? '').includes(title);
  const mails = (title: string) => ctx.smtp.received.filter(about(title));
  /** A remiss due now (the clock of the worker starts on the deadline morning), its 'deadline' reminders due. */
  const dueFixture = async (title: string, slugs: string[]) => {
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15', title, slugs });
    for (const id of Object.values(f.recipients)) {
      await ds.transaction((m) => scheduleRecipientReminders(m, id, new Date('2013-11-13T10:00:00Z'), HORIZON_HOURS));
    }
    return f;
  };
  const pendingWithoutJob = async () => {
    const rows: Array<{ kind: string; job_id: string }> = await ds.query(`SELECT kind, job_id FROM reminders WHERE status = 'pending'`);
    const missing = [];
    for (const r of rows) {
      const job = await queues.get(r.kind === 'deadline-passed' ? QueueName.Deadlines : QueueName.Reminders)!.getJob(r.job_id);
      if (!job) missing.push(r.job_id);
    }
    return { pending: rows.length, missing: missing.length };
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    env = {
      ...ctx.env,
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      CLOCK_START: '2013-11-15T07:00:05Z',
      RECONCILE_INTERVAL_MS: '1000',
      JOB_LOCK_MS: '2000', // a killed worker's job is retried within seconds (the defaults say within 15 s)
      JOB_STALLED_INTERVAL_MS: '1000',
      LOG_LEVEL: 'error',
      REMINDER_HORIZON_HOURS: String(HORIZON_HOURS), // every pending reminder of these cases is within the horizon, so each has a job
    };
    Object.assign(process.env, env);
    await prepareDatabase(loadConfig(), { seed: true });
    ds = createDataSource(ctx.databaseUrl);
    await ds.initialize();
    const connection = { host: '127.0.0.1', port: redisPort, maxRetriesPerRequest: null };
    queues = new Map([QueueName.Reminders, QueueName.Deadlines].map((q) => [q, new Queue(q, { connection, prefix: ctx.redisPrefix })]));
  });

  afterAll(async () => {
    await stop(worker);
    await Promise.all([...(queues?.values() ?? [])].map((q) => q.close()));
    await stop(redis, 'SIGKILL');
    await ds?.destroy();
    await ctx?.dispose();
  });

  it('killed just before sending: after the restart every reminder is sent exactly once', async () => {
    const f = await dueFixture('Krasch före', ['ekero', 'tyreso', 'nacka']);
    worker = startWorker({ REMISS_FAULT_INJECT: 'crash-before-send' });
    const [, signal] = await new Promise<[number | null, string | null]>((r) => worker!.once('exit', (code, sig) => r([code, sig])));
    expect(signal).toBe('SIGKILL');
    expect(mails('Krasch före')).toHaveLength(0);

    const restarted = Date.now();
    worker = startWorker({ JOB_LOCK_MS: '', JOB_STALLED_INTERVAL_MS: '' }); // the defaults
    await waitUntil(async () => {
      const rows = await ds.query(`SELECT 1 FROM reminders WHERE case_id = $1 AND key = 'deadline' AND status = 'sent'`, [f.caseId]);
      return rows.length === 3;
    }, 30000, 'tre skickade påminnelser');
    process.stderr.write(`[worker-faults] med standardlåsen skickades allt ${Date.now() - restarted} ms efter omstarten\n`);
    const logged = await ds.query(`SELECT status, attempts FROM mail_log WHERE case_id = $1`, [f.caseId]);
    expect(logged).toEqual([1, 2, 3].map(() => ({ status: 'sent', attempts: 1 }))); // each handed to the server once
    const got = mails('Krasch före');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((m) => m.envelopeTo.find((a) => a.startsWith('registrator'))))).toHaveProperty('size', 3);
    await stop(worker);
  });

  it('killed just after sending: the restarted worker does not send it again', async () => {
    const f = await dueFixture('Krasch efter', ['danderyd']);
    worker = startWorker({ REMISS_FAULT_INJECT: 'crash-after-send' });
    const [, signal] = await new Promise<[number | null, string | null]>((r) => worker!.once('exit', (code, sig) => r([code, sig])));
    expect(signal).toBe('SIGKILL');
    await ctx.smtp.waitFor(1, about('Krasch efter'));
    const [before] = await ds.query(`SELECT status FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
    expect(before.status).toBe('claimed'); // killed before the row was marked sent

    worker = startWorker();
    await waitUntil(async () => {
      const [row] = await ds.query(`SELECT status FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
      return row.status === 'sent';
    }, 30000, 'påminnelsen markerad som skickad');
    const logged = await ds.query(`SELECT status, attempts FROM mail_log WHERE case_id = $1`, [f.caseId]);
    expect(logged).toEqual([{ status: 'sent', attempts: 1 }]); // the retry found 'sent' and handed nothing over
    expect(mails('Krasch efter')).toHaveLength(1);
    await stop(worker);
  });

  it('killed between the SMTP server\'s acceptance and the record: the retry sends it again with the same Message-ID and records the resend', async () => {
    const f = await dueFixture('I fönstret', ['vaxholm']);
    worker = startWorker({ REMISS_FAULT_INJECT: 'crash-after-accept' });
    const [, signal] = await new Promise<[number | null, string | null]>((r) => worker!.once('exit', (code, sig) => r([code, sig])));
    expect(signal).toBe('SIGKILL');
    const [accepted] = await ctx.smtp.waitFor(1, about('I fönstret'));
    const [row] = await ds.query(`SELECT job_id, status FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
    expect(row.status).toBe('claimed');
    expect(await ds.query(`SELECT status, resends FROM mail_log WHERE dedupe_key = $1`, [row.job_id])).toEqual([{ status: 'sending', resends: 0 }]);

    worker = startWorker();
    await waitUntil(async () => {
      const [r] = await ds.query(`SELECT status FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
      return r.status === 'sent';
    }, 30000, 'påminnelsen skickad igen');
    const [logged] = await ds.query(`SELECT status, attempts, resends, resend_reason, resent_at, message_id FROM mail_log WHERE dedupe_key = $1`, [row.job_id]);
    expect(logged).toMatchObject({ status: 'sent', attempts: 2, resends: 1, resend_reason: expect.stringContaining('samma Message-ID'), message_id: `<${row.job_id}@remiss.local>` });
    expect(logged.resent_at).not.toBeNull();
    const job = await queues.get(QueueName.Reminders)!.getJob(row.job_id);
    expect(await job?.getState()).toBe('completed');
    // the job ended after the resend, so the mail log's two hand-overs are all there will be: two copies, one Message-ID
    const copies = mails('I fönstret');
    expect(copies).toHaveLength(2);
    expect(copies[0]).toBe(accepted);
    expect(copies.map((m) => m.parsed.messageId)).toEqual([`<${row.job_id}@remiss.local>`, `<${row.job_id}@remiss.local>`]);
    const problems = await new DeliveryProblemsQuery(ds).list(SYSTEM_ACTOR);
    expect(problems.resentMails).toContainEqual(expect.objectContaining({ dedupeKey: row.job_id, resends: 1, status: 'sent', messageId: `<${row.job_id}@remiss.local>` }));
    expect(problems.uncertainMails.map((m) => m.dedupeKey)).not.toContain(row.job_id);
    await stop(worker);
  });

  it('killed in the window, then the deadline moved: the retry does not resend a reminder that no longer applies and lists it as uncertain', async () => {
    const f = await dueFixture('Fönster och anstånd', ['varmdo']);
    worker = startWorker({ REMISS_FAULT_INJECT: 'crash-after-accept' });
    await new Promise((r) => worker!.once('exit', r));
    await ctx.smtp.waitFor(1, about('Fönster och anstånd'));
    const [row] = await ds.query(`SELECT id, job_id, recipient_id FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
    await ds.query(`UPDATE recipients SET deadline = '2013-12-20' WHERE id = $1`, [row.recipient_id]); // as a grant committed meanwhile would

    worker = startWorker();
    await waitUntil(async () => {
      const [r] = await ds.query(`SELECT status FROM reminders WHERE id = $1`, [row.id]);
      return r.status === 'uncertain';
    }, 30000, 'påminnelsen markerad som osäker');
    const job = await queues.get(QueueName.Reminders)!.getJob(row.job_id);
    await waitUntil(async () => (await job?.getState()) === 'completed', 10000, 'jobbet klart');
    expect(await ds.query(`SELECT status, attempts, resends FROM mail_log WHERE dedupe_key = $1`, [row.job_id])).toEqual([{ status: 'uncertain', attempts: 1, resends: 0 }]);
    expect(mails('Fönster och anstånd')).toHaveLength(1); // the job is over and the log shows one hand-over
    const problems = await new DeliveryProblemsQuery(ds).list(SYSTEM_ACTOR);
    expect(problems.reminders).toContainEqual(expect.objectContaining({ id: row.id, status: 'uncertain', reason: expect.stringContaining('svarsdatumet har flyttats') }));
    expect(problems.uncertainMails.map((m) => m.dedupeKey)).toContain(row.job_id);
    await stop(worker);
  });

  it('PostgreSQL unreachable for longer than eight attempts: the job keeps retrying and delivers once the database is back', async () => {
    const target = new URL(ctx.databaseUrl);
    const proxy = new PgProxy(await freePort(), { host: target.hostname, port: Number(target.port || 5432) });
    await proxy.open();
    const viaProxy = new URL(ctx.databaseUrl);
    viaProxy.port = String(proxy.port);
    worker = startWorker({ DATABASE_URL: viaProxy.toString(), JOB_RETRY_BASE_MS: '50', JOB_RETRY_MAX_MS: '200' });
    const queue = queues.get(QueueName.Reminders)!;
    await waitUntil(async () => (await queue.getWorkersCount()) > 0, 30000, 'arbetaren igång');
    await proxy.cut();
    const f = await dueFixture('Databasavbrott', ['lidingo']);
    const [row] = await ds.query(`SELECT id, job_id FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
    // the worker's relay cannot read the outbox now: put the job in Redis as the relay would
    await queue.add('send-reminder', { reminderId: row.id }, { jobId: row.job_id, attempts: 100_000, backoff: { type: 'remiss', delay: 50 } });
    await waitUntil(async () => ((await queue.getJob(row.job_id))?.attemptsMade ?? 0) > 8, 30000, 'fler än åtta försök');
    const during = await queue.getJob(row.job_id);
    expect(await during?.getState()).not.toBe('failed');
    expect(during?.failedReason).toMatch(/ECONNREFUSED|connect|Connection/i);
    expect(mails('Databasavbrott')).toHaveLength(0);

    await proxy.open();
    await waitUntil(async () => {
      const [r] = await ds.query(`SELECT status FROM reminders WHERE id = $1`, [row.id]);
      return r.status === 'sent';
    }, 30000, 'påminnelsen skickad efter avbrottet');
    const done = await queue.getJob(row.job_id);
    expect(await done?.getState()).toBe('completed');
    expect(done!.attemptsMade).toBeGreaterThan(8);
    expect(await ds.query(`SELECT status, attempts FROM mail_log WHERE dedupe_key = $1`, [row.job_id])).toEqual([{ status: 'sent', attempts: 1 }]);
    expect(mails('Databasavbrott')).toHaveLength(1);
    await stop(worker);
    await proxy.cut();
  });

  it('Redis flushed while the worker is down: reconciliation at start restores every pending reminder', async () => {
    const before = await pendingWithoutJob();
    expect(before.pending).toBeGreaterThan(10);
    expect(before.missing).toBe(0);
    const admin = new Redis(redisPort, '127.0.0.1');
    await admin.flushall(); // our own redis-server, never the shared one
    admin.disconnect();
    expect(await pendingWithoutJob()).toEqual({ pending: before.pending, missing: before.pending });

    worker = startWorker();
    await waitUntil(async () => (await pendingWithoutJob()).missing === 0, 20000, 'återskapade jobb');
    expect(await pendingWithoutJob()).toEqual({ pending: before.pending, missing: 0 });
  });

  it('Redis restarted (empty) under a running worker: jobs come back and a new reminder is still delivered once', async () => {
    await stop(redis, 'SIGKILL');
    redis = await startRedis(redisPort);
    await waitUntil(async () => (await pendingWithoutJob()).missing === 0, 30000, 'jobb efter omstart av Redis');

    const f = await dueFixture('Efter omstart', ['solna']);
    await waitUntil(async () => {
      const [r] = await ds.query(`SELECT status FROM reminders WHERE case_id = $1 AND key = 'deadline'`, [f.caseId]);
      return r.status === 'sent';
    }, 30000, 'påminnelsen efter omstart');
    expect(await ds.query(`SELECT status, attempts FROM mail_log WHERE case_id = $1`, [f.caseId])).toEqual([{ status: 'sent', attempts: 1 }]);
    expect(mails('Efter omstart')).toHaveLength(1);
    await stop(worker);
  });
});
