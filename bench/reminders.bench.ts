/**
 * bench:reminders (issue 5): with 100,000 pending reminders, how late a due
 * reminder is handled, idle and under transition load, side by side in the
 * same run with plain BullMQ delayed jobs on the same Redis; and Redis memory
 * per pending reminder.
 *
 * Ours: reminder rows + outbox rows in PostgreSQL, relayed by the worker's
 * OutboxRelayService into the reminders queue as delayed jobs, processed by
 * the real SendReminderUseCase (re-reads the database, mails through the mail
 * log to .eml files). Baseline: the same schedule and the same work, but the
 * reminder ids go straight into BullMQ as plain delayed jobs (no outbox, no
 * relay). Lateness = processing start − due time, both workers with
 * concurrency 8, running at the same time. Env: BENCH_PENDING (100000), BENCH_DUE (600).
 */
import { Logger } from '@nestjs/common';
import { SendMailUseCase, SendReminderUseCase, transition } from '@remiss/application';
import { AppConfig } from '@remiss/config';
import { systemClock } from '@remiss/domain';
import { FileMailTransport } from '@remiss/mailer';
import { jobId, QueueName, redisOptionsFromUrl } from '@remiss/queue';
import { OutboxRelayService } from '@remiss/worker';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { BENCH_DEADLINE, createBenchFixture } from './support/fixtures';
import { print, printJsonLine, progress, table } from './support/output';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { cleanupAll, findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { ms, round, summarise } from './support/stats';

const PENDING = Number(process.env.BENCH_PENDING ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 600);
const WINDOW_MS = 10_000;
const LEAD_MS = 4_000;

const dueOf = (job: Job) => job.timestamp + (job.opts.delay ?? 0);

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

/** Inserts reminder + outbox rows for the given due instants (our path), returns their count. */
async function planOurs(ds: DataSource, caseId: string, recipientIds: string[], dues: Date[], tag: string): Promise<void> {
  for (let offset = 0; offset < dues.length; offset += 10_000) {
    const slice = dues.slice(offset, offset + 10_000);
    await ds.query(
      `WITH r AS (
         INSERT INTO reminders (recipient_id, case_id, key, kind, deadline, due_at, status, job_id)
         SELECT ($1::uuid[])[1 + (n % array_length($1::uuid[], 1))], $2, $3 || n, 'before', $4, d, 'pending', 'rem.' || $3 || n
           FROM unnest($5::timestamptz[]) WITH ORDINALITY AS t(d, n)
         RETURNING id, job_id, due_at)
       INSERT INTO outbox (queue, name, job_id, payload, deliver_at)
       SELECT $6, 'send-reminder', job_id, json_build_object('reminderId', id), due_at FROM r`,
      [recipientIds, caseId, `${tag}-${offset}-`, BENCH_DEADLINE, slice, QueueName.Reminders],
    );
  }
}

/** Reminder rows for the baseline (same work for the processor), whose jobs are added straight to BullMQ. */
async function planPlainRows(ds: DataSource, caseId: string, recipientIds: string[], dues: Date[], tag: string): Promise<Array<{ id: string; due: Date }>> {
  const rows: Array<{ id: string; due_at: Date }> = await ds.query(
    `INSERT INTO reminders (recipient_id, case_id, key, kind, deadline, due_at, status, job_id)
     SELECT ($1::uuid[])[1 + (n % array_length($1::uuid[], 1))], $2, $3 || n, 'before', $4, d, 'pending', 'plainrem.' || $3 || n
       FROM unnest($5::timestamptz[]) WITH ORDINALITY AS t(d, n) RETURNING id, due_at`,
    [recipientIds, caseId, tag, BENCH_DEADLINE, dues],
  );
  return rows.map((r) => ({ id: r.id, due: new Date(r.due_at) }));
}

async function main(): Promise<number> {
  Logger.overrideLogger(['error']);
  const postgres = await findPostgres();
  const redisService = await findRedis();
  const db = await openBenchDatabase(postgres.serverUrl, 'reminders', 20);
  const ds = db.dataSource;
  const prefix = benchPrefix('reminders');
  onCleanup(async () => progress(`deleted ${await deletePrefix(redisService.url, prefix)} Redis keys under ${prefix}:*`));
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remiss-bench-mail-'));
  onCleanup(async () => fs.rmSync(mailDir, { recursive: true, force: true }));

  const fixture = await createBenchFixture(ds, 260);
  const reminderRecipients = fixture.recipients.slice(0, 200).map((r) => r.id);
  const loadRecipients = fixture.recipients.slice(200);
  const connection = redisOptionsFromUrl(redisService.url, 'worker');
  const queues = [QueueName.Mail, QueueName.Reminders, QueueName.Deadlines, QueueName.Maintenance].map((n) => new Queue(n, { connection, prefix }));
  const plain = new Queue('plain-reminders', { connection, prefix });
  onCleanup(async () => void (await Promise.all([...queues, plain].map((q) => q.close()))));
  const relay = new OutboxRelayService(ds, {} as AppConfig, systemClock, queues[0], queues[1], queues[2], queues[3]);
  const redis = new Redis(redisService.url);
  onCleanup(async () => void redis.disconnect());

  progress(`planning ${PENDING} pending reminders (ours) and ${PENDING} plain delayed jobs`);
  const far = Array.from({ length: PENDING }, (_, i) => new Date(Date.now() + 30 * 86_400_000 + i * 1000));
  let before = await usedMemory(redis);
  await planOurs(ds, fixture.caseId, reminderRecipients, far, 'far');
  await relay.relayAll(5000);
  const oursBytes = (await usedMemory(redis)) - before;
  before = await usedMemory(redis);
  for (let i = 0; i < PENDING; i += 5000) {
    await plain.addBulk(far.slice(i, i + 5000).map((d, k) => ({ name: 'send-reminder', data: { reminderId: `plain-${i + k}` }, opts: { jobId: jobId('plain', String(i + k)), delay: d.getTime() - Date.now() } })));
  }
  const plainBytes = (await usedMemory(redis)) - before;

  const transport = new FileMailTransport(mailDir, 'Remiss <remiss@bench.example.se>');
  const config = { publicUrl: 'http://localhost:3000' } as AppConfig;
  const sendReminder = new SendReminderUseCase(ds, systemClock, new SendMailUseCase(ds, transport, config, systemClock));
  const lateness = { ours: [] as number[], plain: [] as number[] };
  const workers = [
    new Worker(QueueName.Reminders, async (job) => {
      lateness.ours.push((job.processedOn ?? Date.now()) - dueOf(job));
      return sendReminder.execute(job.data.reminderId);
    }, { connection, prefix, concurrency: 8 }),
    new Worker('plain-reminders', async (job) => {
      lateness.plain.push((job.processedOn ?? Date.now()) - dueOf(job));
      return sendReminder.execute(job.data.reminderId);
    }, { connection, prefix, concurrency: 8 }),
  ];
  onCleanup(async () => void (await Promise.all(workers.map((w) => w.close()))));

  const phase = async (name: string, load: boolean) => {
    lateness.ours = [];
    lateness.plain = [];
    const start = Date.now() + LEAD_MS;
    const dues = Array.from({ length: DUE }, (_, i) => new Date(start + (i * WINDOW_MS) / DUE));
    await planOurs(ds, fixture.caseId, reminderRecipients, dues, `due-${name}`);
    await relay.relayAll(5000);
    const plainRows = await planPlainRows(ds, fixture.caseId, reminderRecipients, dues, `plain-${name}-`);
    await plain.addBulk(plainRows.map((r) => ({ name: 'send-reminder', data: { reminderId: r.id }, opts: { jobId: `plainrem.${r.id}`, delay: r.due.getTime() - Date.now() } })));
    let transitions = 0;
    let stop = false;
    const loaders = load
      ? loadRecipients.slice(0, 8).map(async (r) => {
          const events = [{ type: 'REQUEST_EXTENSION', requestedDate: '2031-01-31', reason: 'bench' }, { type: 'DENY_EXTENSION', comment: 'bench', deadlinePassed: false }];
          for (let i = 0; !stop; i++) {
            await ds.transaction((m) => transition(m, { kind: 'remissRecipient', id: r.id, caseId: r.caseId, recipientId: r.id, event: events[i % 2], actor: fixture.actor, at: new Date() }));
            transitions++;
          }
        })
      : [];
    const deadline = start + WINDOW_MS + 60_000;
    while ((lateness.ours.length < DUE || lateness.plain.length < DUE) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await Promise.all(loaders);
    const tps = load ? transitions / ((Date.now() - start + LEAD_MS) / 1000) : 0;
    return { ours: summarise(lateness.ours), plain: summarise(lateness.plain), tps };
  };

  progress(`idle phase: ${DUE} reminders due over ${WINDOW_MS / 1000} s in each queue`);
  const idle = await phase('idle', false);
  progress('load phase: the same, with 8 clients making persisted transitions');
  const loaded = await phase('load', true);

  print(`\nReminder lateness with ${PENDING} pending (ms from due time to processing start), ${DUE} due per phase`);
  table([
    ['phase', 'path', 'count', 'p50', 'p99', 'max'],
    ...([['idle', idle], ['under load', loaded]] as const).flatMap(([label, r]) => [
      [label, 'ours (outbox → BullMQ → SendReminderUseCase)', String(r.ours.count), ms(r.ours.p50), ms(r.ours.p99), ms(r.ours.max)],
      [label, 'plain BullMQ delayed jobs, same processor', String(r.plain.count), ms(r.plain.p50), ms(r.plain.p99), ms(r.plain.max)],
    ]),
  ]);
  print(`transitions/s during the load phase: ${round(loaded.tps, 1)}`);
  print(`Redis memory per pending reminder: ours ${round(oursBytes / PENDING, 1)} B, plain ${round(plainBytes / PENDING, 1)} B`);
  const p99 = Math.max(idle.ours.p99, loaded.ours.p99);
  const baseline = Math.max(idle.plain.p99, loaded.plain.p99);
  printJsonLine({
    bench: 'reminders',
    pending: PENDING,
    due_per_phase: DUE,
    p50_ms: round(Math.max(idle.ours.p50, loaded.ours.p50)),
    p99_ms: round(p99),
    max_ms: round(Math.max(idle.ours.max, loaded.ours.max)),
    baseline_p99_ms: round(baseline),
    ratio: round(p99 / baseline, 3),
    idle_p99_ms: round(idle.ours.p99),
    idle_baseline_p99_ms: round(idle.plain.p99),
    load_p99_ms: round(loaded.ours.p99),
    load_baseline_p99_ms: round(loaded.plain.p99),
    load_tps: round(loaded.tps, 1),
    bytes_per_reminder: round(oursBytes / PENDING, 1),
    baseline_bytes_per_reminder: round(plainBytes / PENDING, 1),
  });
  return 0;
}

main()
  .then(async (code) => {
    await cleanupAll();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    process.stderr.write(`bench:reminders failed: ${error.stack ?? error.message}\n`);
    await cleanupAll();
    process.exit(1);
  });
