/**
 * bench:reminders (issues 5 and 10): how late a due reminder's mail reaches a real SMTP server, with
 * BENCH_PENDING (100,000) reminders pending, idle and under transition load, beside two baselines measured
 * at the same time in the same process; and Redis memory per pending reminder with the reminder horizon,
 * at 100,000 and at national scale (BENCH_SCALE_PENDING, 2,000,000 rows in PostgreSQL).
 *
 * Lateness = the instant the SMTP server has the whole mail − the reminder's due instant, for three paths
 * over the same due instants, each with its own reminder rows and recipients, all through the real
 * SendReminderUseCase (claims the row, renders, mails through the mail log over SMTP):
 * - ours: reminders rows planned with their outbox rows, as the planner does for rows within the horizon;
 *   the worker's OutboxRelayService loop (OUTBOX_POLL_MS) moves them into BullMQ as delayed jobs, a BullMQ
 *   worker (concurrency 8) runs them. The horizon scheduler's loop runs too.
 * - plain BullMQ: the same rows, their jobs added straight to a queue as delayed jobs (no outbox, no relay),
 *   the same worker settings.
 * - limit: the same rows, a bare setTimeout per reminder in this process calling the use case (the machine's limit).
 * Ratios are p99 lateness of ours ÷ p99 of the baseline (1 = as good as the baseline).
 *
 * Memory: the pending reminders are due uniformly over the next SPREAD_DAYS (120) days; the horizon
 * scheduler gives the ones within REMINDER_HORIZON_HOURS (48) their jobs; bytes per pending reminder =
 * Redis MEMORY USAGE of all our queue keys ÷ pending rows (INFO used_memory deltas printed beside, but the
 * Redis may be shared). Plain BullMQ: the same number of delayed jobs, all in Redis.
 *
 * Env: BENCH_PENDING (100000), BENCH_DUE (60 per path and phase: 18 mails/s in all, below what the
 * shared 2-core machine sends, so that lateness is measured rather than a backlog), BENCH_SCALE_PENDING (2000000, 0 skips),
 * REMINDER_HORIZON_HOURS (48).
 */
import { Logger } from '@nestjs/common';
import { SendMailUseCase, SendReminderUseCase, transition } from '@remiss/application';
import { AppConfig } from '@remiss/config';
import { Clock, isWorkingDay, systemClock, todayInStockholm } from '@remiss/domain';
import { SmtpMailTransport } from '@remiss/mailer';
import { QueueName, redisOptionsFromUrl } from '@remiss/queue';
import { OutboxRelayService, ReminderHorizonScheduler } from '@remiss/worker';
import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { BENCH_DEADLINE, createBenchFixture } from './support/fixtures';
import { runBench } from './support/app-process';
import { print, printJsonLine, progress, table } from './support/output';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { SmtpSink } from './support/smtp-sink';
import { ms, nowMs, round, summarise } from './support/stats';

const PENDING = Number(process.env.BENCH_PENDING ?? 100_000);
const DUE = Number(process.env.BENCH_DUE ?? 60);
const SCALE_PENDING = Number(process.env.BENCH_SCALE_PENDING ?? 2_000_000);
const HORIZON_HOURS = Number(process.env.REMINDER_HORIZON_HOURS ?? 48);
const WINDOW_MS = 10_000;
const LEAD_MS = 4_000;
const SPREAD_DAYS = 120;
/** The pending mass names another deadline than its recipients': never a sibling of a due reminder. */
const PENDING_DEADLINE = '2030-06-27';
const PATHS = ['ours', 'plain', 'limit'] as const;
type PathName = (typeof PATHS)[number];

/** Real time, moved by whole days to a working day when run on a weekend or holiday (reminders go out on working days only). */
function workingDayClock(): Clock {
  let shift = 0;
  while (!isWorkingDay(todayInStockholm(new Date(Date.now() + shift)))) shift += 86_400_000;
  return { now: () => new Date(Date.now() + shift) } as Clock;
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))![1]);
}

/** MEMORY USAGE (exact, SAMPLES 0) summed over every key matching the pattern, and the number of keys. */
async function keyMemory(redis: Redis, pattern: string): Promise<{ bytes: number; keys: number }> {
  let bytes = 0;
  let keys = 0;
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 2000);
    cursor = next;
    if (batch.length === 0) continue;
    const pipeline = redis.pipeline();
    for (const key of batch) pipeline.call('MEMORY', 'USAGE', key, 'SAMPLES', '0');
    for (const [, value] of (await pipeline.exec()) ?? []) bytes += Number(value ?? 0);
    keys += batch.length;
  } while (cursor !== '0');
  return { bytes, keys };
}

/** `count` pending rows (no job yet) due uniformly over [now + 1 h, now + SPREAD_DAYS], inserted by PostgreSQL. */
async function insertPendingMass(ds: DataSource, caseId: string, recipientIds: string[], count: number, tag: string): Promise<void> {
  const batch = 250_000;
  const span = SPREAD_DAYS * 86_400_000 - 3_600_000;
  for (let from = 0; from < count; from += batch) {
    await ds.query(
      `WITH g AS (SELECT gen_random_uuid() AS id, n FROM generate_series($1::int, $2::int) AS n)
       INSERT INTO reminders (id, recipient_id, case_id, key, kind, deadline, due_at, status, job_id)
       SELECT id, ($3::uuid[])[1 + n % array_length($3::uuid[], 1)], $4, $5 || n, 'before', $6,
              now() + interval '1 hour' + (n::float8 / $7) * ($8::float8 * interval '1 millisecond'), 'pending', 'reminder.' || id
         FROM g`,
      [from, Math.min(count, from + batch) - 1, recipientIds, caseId, `${tag}-`, PENDING_DEADLINE, count, span],
    );
  }
}

/** Due reminder rows, one per recipient (so that each is the one that applies), for one path; returns id, job id, due. */
async function insertDue(ds: DataSource, caseId: string, recipientIds: string[], dues: Date[], tag: string, withOutbox: boolean) {
  const rows: Array<{ id: string; job_id: string; due_at: Date }> = await ds.query(
    `WITH src AS (SELECT gen_random_uuid() AS g, rc, d, n FROM unnest($1::uuid[], $5::timestamptz[]) WITH ORDINALITY AS t(rc, d, n)),
     r AS (
       INSERT INTO reminders (id, recipient_id, case_id, key, kind, deadline, due_at, status, job_id, enqueued_at)
       SELECT g, rc, $2, $3 || n, 'before', $4, d, 'pending', 'reminder.' || g, CASE WHEN $6 THEN now() END FROM src
       RETURNING id, job_id, due_at),
     o AS (
       INSERT INTO outbox (queue, name, job_id, payload, deliver_at)
       SELECT $7, 'send-reminder', job_id, json_build_object('reminderId', id), due_at FROM r WHERE $6)
     SELECT id, job_id, due_at FROM r`,
    [recipientIds, caseId, `${tag}-`, BENCH_DEADLINE, dues, withOutbox, QueueName.Reminders],
  );
  return rows.map((r) => ({ id: r.id, jobId: r.job_id, due: new Date(r.due_at).getTime() }));
}

async function main(): Promise<number> {
  Logger.overrideLogger(['error']);
  const postgres = await findPostgres();
  const redisService = await findRedis();
  const db = await openBenchDatabase(postgres.serverUrl, 'reminders', 30);
  const ds = db.dataSource;
  const prefix = benchPrefix('reminders');
  onCleanup(async () => progress(`deleted ${await deletePrefix(redisService.url, prefix)} Redis keys under ${prefix}:*`));

  // The SMTP server: lateness is taken when it has the whole mail.
  const arrivals = new Map<string, { path: PathName; due: number }>();
  const lateness: Record<PathName, number[]> = { ours: [], plain: [], limit: [] };
  const sink = await new SmtpSink((id, at) => {
    const due = id ? arrivals.get(id) : undefined;
    if (due) lateness[due.path].push(at - due.due);
  }).start();
  onCleanup(() => sink.stop());

  const PHASES = 3; // warm-up, idle, load
  const fixture = await createBenchFixture(ds, PATHS.length * PHASES * DUE + 8);
  const dueRecipients = fixture.recipients.slice(0, PATHS.length * PHASES * DUE).map((r) => r.id);
  const loadRecipients = fixture.recipients.slice(PATHS.length * PHASES * DUE);
  const connection = redisOptionsFromUrl(redisService.url, 'worker');
  const queues = [QueueName.Mail, QueueName.Reminders, QueueName.Deadlines, QueueName.Maintenance, QueueName.Webhooks].map((n) => new Queue(n, { connection, prefix }));
  const plain = new Queue('plain-reminders', { connection, prefix });
  onCleanup(async () => void (await Promise.all([...queues, plain].map((q) => q.close()))));
  const config = {
    outboxPollMs: 500,
    reminderHorizonHours: HORIZON_HOURS,
    reminderHorizonIntervalMs: 60_000,
    jobRetryBaseMs: 2000,
    publicUrl: 'http://localhost:3000',
  } as AppConfig;
  const relay = new OutboxRelayService(ds, config, systemClock, queues[0], queues[1], queues[2], queues[3], queues[4]);
  const horizon = new ReminderHorizonScheduler(ds, config, systemClock, relay);
  const redis = new Redis(redisService.url);
  onCleanup(async () => void redis.disconnect());
  const ourKeys = async () => {
    const [a, b] = await Promise.all([QueueName.Reminders, QueueName.Deadlines].map((q) => keyMemory(redis, `${prefix}:${q}:*`)));
    return { bytes: a.bytes + b.bytes, keys: a.keys + b.keys };
  };

  // Memory at BENCH_PENDING: our rows (the horizon scheduler gives the next hours their jobs) vs plain delayed jobs.
  progress(`planning ${PENDING} pending reminders over ${SPREAD_DAYS} days (ours) and ${PENDING} plain delayed jobs`);
  await insertPendingMass(ds, fixture.caseId, dueRecipients, PENDING, 'far');
  let info0 = await usedMemory(redis);
  const horizonJobs = await horizon.enqueueDue();
  const oursMem = await ourKeys();
  const oursInfo = (await usedMemory(redis)) - info0;
  const spanMs = SPREAD_DAYS * 86_400_000 - 3_600_000;
  info0 = await usedMemory(redis);
  for (let i = 0; i < PENDING; i += 5000) {
    const n = Math.min(5000, PENDING - i);
    await plain.addBulk(
      Array.from({ length: n }, (_, k) => ({
        name: 'send-reminder',
        data: { reminderId: `plain-${i + k}` },
        opts: { jobId: `plain.${i + k}`, delay: 3_600_000 + Math.round(((i + k) / PENDING) * spanMs) },
      })),
    );
  }
  const plainMem = await keyMemory(redis, `${prefix}:plain-reminders:*`);
  const plainInfo = (await usedMemory(redis)) - info0;

  // The three senders, all through the real use case and SMTP.
  const clock = workingDayClock();
  const transport = new SmtpMailTransport(sink.url, 'Remiss <remiss@bench.example.se>');
  onCleanup(async () => transport.close());
  const sendReminder = new SendReminderUseCase(ds, clock, new SendMailUseCase(ds, transport, config, clock));
  const workers = [
    new Worker(QueueName.Reminders, (job) => sendReminder.execute(job.data.reminderId), { connection, prefix, concurrency: 8 }),
    new Worker('plain-reminders', (job) => sendReminder.execute(job.data.reminderId), { connection, prefix, concurrency: 8 }),
  ];
  onCleanup(async () => void (await Promise.all(workers.map((w) => w.close()))));
  relay.onApplicationBootstrap(); // the worker's loops, as in production
  horizon.onApplicationBootstrap();
  onCleanup(async () => void (await Promise.all([relay.onApplicationShutdown(), horizon.onApplicationShutdown()])));

  let phaseNo = 0;
  const phase = async (name: string, load: boolean) => {
    for (const p of PATHS) lateness[p] = [];
    const start = Date.now() + LEAD_MS;
    const dues = Array.from({ length: DUE }, (_, i) => new Date(start + (i * WINDOW_MS) / DUE));
    const recipientsOf = (k: number) => dueRecipients.slice((phaseNo * PATHS.length + k) * DUE, (phaseNo * PATHS.length + k + 1) * DUE);
    const [ours, plainRows, limitRows] = await Promise.all(
      PATHS.map((p, k) => insertDue(ds, fixture.caseId, recipientsOf(k), dues, `${name}-${p}`, p === 'ours')),
    );
    phaseNo++;
    for (const [path, rows] of [['ours', ours], ['plain', plainRows], ['limit', limitRows]] as const) for (const r of rows) arrivals.set(r.jobId, { path, due: r.due });
    await plain.addBulk(plainRows.map((r) => ({ name: 'send-reminder', data: { reminderId: r.id }, opts: { jobId: `plainrem.${r.id}`, delay: Math.max(0, r.due - Date.now()) } })));
    const timers = limitRows.map((r) => setTimeout(() => void sendReminder.execute(r.id).catch((e: Error) => progress(`limit path: ${e.message}`)), Math.max(0, r.due - Date.now())));
    let transitions = 0;
    let stop = false;
    const loadStart = nowMs();
    const loaders = load
      ? loadRecipients.map(async (r) => {
          const events = [{ type: 'REQUEST_EXTENSION', requestedDate: '2031-01-31', reason: 'bench' }, { type: 'DENY_EXTENSION', comment: 'bench', deadlinePassed: false }];
          for (let i = 0; !stop; i++) {
            await ds.transaction((m) => transition(m, { kind: 'remissRecipient', id: r.id, caseId: r.caseId, recipientId: r.id, event: events[i % 2], actor: fixture.actor, at: new Date() }));
            transitions++;
          }
        })
      : [];
    const giveUp = start + WINDOW_MS + 60_000;
    while (PATHS.some((p) => lateness[p].length < DUE) && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 100));
    stop = true;
    timers.forEach(clearTimeout);
    await Promise.all(loaders);
    const tps = load ? transitions / ((nowMs() - loadStart) / 1000) : 0;
    return { ours: summarise(lateness.ours), plain: summarise(lateness.plain), limit: summarise(lateness.limit), tps };
  };

  progress('warm-up phase (not counted): the same as the idle phase');
  await phase('warm', false);
  progress(`idle phase: ${DUE} reminders due over ${WINDOW_MS / 1000} s on each of ${PATHS.join(', ')}`);
  const idle = await phase('idle', false);
  progress(`load phase: the same, with ${loadRecipients.length} clients making persisted transitions`);
  const loaded = await phase('load', true);
  await Promise.all(workers.map((w) => w.close()));
  await relay.onApplicationShutdown();
  await horizon.onApplicationShutdown();

  // National scale: SCALE_PENDING more rows in PostgreSQL; the horizon scheduler's run and what Redis holds after it.
  let scale: { pending: number; jobs: number; bytes: number; perReminder: number; seconds: number; insertSeconds: number } | undefined;
  if (SCALE_PENDING > 0) {
    progress(`national scale: inserting ${SCALE_PENDING} pending reminders over ${SPREAD_DAYS} days`);
    const t0 = nowMs();
    await insertPendingMass(ds, fixture.caseId, dueRecipients, SCALE_PENDING, 'scale');
    await ds.query(`ANALYZE reminders`);
    const insertSeconds = (nowMs() - t0) / 1000;
    const t1 = nowMs();
    // a scheduler and relay of their own (the worker's loops above are stopped, and a stopped loop ends its run after one batch)
    const freshRelay = new OutboxRelayService(ds, config, systemClock, queues[0], queues[1], queues[2], queues[3], queues[4]);
    const jobs = await new ReminderHorizonScheduler(ds, config, systemClock, freshRelay).enqueueDue();
    const [{ n: unrelayed }]: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE relayed_at IS NULL`);
    if (unrelayed > 0) throw new Error(`${unrelayed} outbox rows were not relayed`);
    const seconds = (nowMs() - t1) / 1000;
    const [{ n: pendingTotal }]: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending'`);
    const mem = await ourKeys();
    scale = { pending: pendingTotal, jobs, bytes: mem.bytes, perReminder: mem.bytes / pendingTotal, seconds, insertSeconds };
  }
  const [{ n: inHorizon }]: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND enqueued_at IS NOT NULL`);

  print(`\nReminder lateness with ${PENDING} pending (ms from the due instant to the mail at the SMTP server), ${DUE} due per path and phase`);
  const line = (label: string, path: string, s: ReturnType<typeof summarise>) => [label, path, String(s.count), ms(s.p50), ms(s.p99), ms(s.max)];
  table([
    ['phase', 'path', 'mails', 'p50', 'p99', 'max'],
    ...([['idle', idle], ['under load', loaded]] as const).flatMap(([label, r]) => [
      line(label, 'ours: outbox → relay → BullMQ → use case → SMTP', r.ours),
      line(label, 'plain BullMQ delayed jobs, same use case', r.plain),
      line(label, 'setTimeout in process, same use case (limit)', r.limit),
    ]),
  ]);
  print(`transitions/s during the load phase: ${round(loaded.tps, 1)}`);
  const p99 = Math.max(idle.ours.p99, loaded.ours.p99);
  const plainP99 = Math.max(idle.plain.p99, loaded.plain.p99);
  const limitP99 = Math.max(idle.limit.p99, loaded.limit.p99);
  print(`p99 ratios (ours ÷ baseline, worst phase): vs plain BullMQ ${round(p99 / plainP99, 3)}, vs the setTimeout limit ${round(p99 / limitP99, 3)}`);
  print();
  print(`Redis memory per pending reminder (MEMORY USAGE of the queue keys ÷ pending, horizon ${HORIZON_HOURS} h, due over ${SPREAD_DAYS} days):`);
  table([
    ['case', 'pending', 'jobs in Redis', 'bytes', 'B/pending', 'INFO delta B/pending'],
    ['ours, with the horizon', String(PENDING), String(horizonJobs), String(oursMem.bytes), round(oursMem.bytes / PENDING, 1).toString(), round(oursInfo / PENDING, 1).toString()],
    ['plain BullMQ delayed jobs', String(PENDING), String(PENDING), String(plainMem.bytes), round(plainMem.bytes / PENDING, 1).toString(), round(plainInfo / PENDING, 1).toString()],
    ...(scale ? [[`national scale, with the horizon`, String(scale.pending), String(inHorizon), String(scale.bytes), round(scale.perReminder, 1).toString(), '']] : []),
  ]);
  print(`horizon: ${inHorizon} of the pending reminders have jobs (target ≤ 250 B per pending reminder)`);
  if (scale) print(`national scale: ${scale.pending} pending; inserted in ${scale.insertSeconds.toFixed(1)} s; the horizon scheduler enqueued ${scale.jobs} in ${scale.seconds.toFixed(1)} s`);
  printJsonLine({
    bench: 'reminders',
    pending: PENDING,
    due_per_phase: DUE,
    horizon_hours: HORIZON_HOURS,
    horizon_jobs: horizonJobs,
    bytes_per_reminder: round(oursMem.bytes / PENDING, 1),
    baseline_bytes_per_reminder: round(plainMem.bytes / PENDING, 1),
    p50_ms: round(Math.max(idle.ours.p50, loaded.ours.p50)),
    p99_ms: round(p99),
    max_ms: round(Math.max(idle.ours.max, loaded.ours.max)),
    bullmq_p99_ms: round(plainP99),
    limit_p99_ms: round(limitP99),
    ratio_bullmq: round(p99 / plainP99, 3),
    ratio_limit: round(p99 / limitP99, 3),
    idle_p99_ms: round(idle.ours.p99),
    load_p99_ms: round(loaded.ours.p99),
    mails: PATHS.reduce((a, p) => a + idle[p].count + loaded[p].count, 0),
    load_tps: round(loaded.tps, 1),
    scale_pending: scale?.pending ?? null,
    scale_horizon_jobs: scale ? inHorizon : null,
    scale_bytes_per_reminder: scale ? round(scale.perReminder, 1) : null,
    scale_horizon_seconds: scale ? round(scale.seconds, 1) : null,
  });
  return 0;
}

runBench('bench:reminders', main);
