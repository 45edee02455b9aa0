/**
 * bench:fanout (issue 5): the time to send a remiss round to 290 recipients,
 * from the start of the transaction until every job is in BullMQ: the real
 * SendRoundUseCase (case transition, round, 290 recipient machines, registry
 * entries at the sender and at each recipient, one "remiss-sent" mail each,
 * every reminder and deadline job), commit, then the worker's outbox relay
 * (OutboxRelayService.relayAll) moves every outbox row into BullMQ.
 * Baseline in the same run: the same number of delayed jobs added straight to
 * BullMQ with addBulk (no database). Env: BENCH_ITERATIONS (default 5).
 */
import { SendRoundUseCase, transition } from '@remiss/application';
import { AppConfig } from '@remiss/config';
import { systemClock } from '@remiss/domain';
import { QueueName, redisOptionsFromUrl } from '@remiss/queue';
import { OutboxRelayService } from '@remiss/worker';
import { Queue } from 'bullmq';
import { benchActor, createBenchCase } from './support/fixtures';
import { print, printJsonLine, progress, table } from './support/output';
import { benchPrefix, deletePrefix } from './support/redis-prefix';
import { cleanupAll, findPostgres, findRedis, onCleanup, openBenchDatabase } from './support/services';
import { ms, nowMs, round, summarise } from './support/stats';

const RECIPIENTS = 290;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 5);

function localDate(daysAhead: number): string {
  return new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
}

async function main(): Promise<number> {
  const postgres = await findPostgres();
  const redis = await findRedis();
  const db = await openBenchDatabase(postgres.serverUrl, 'fanout', 10);
  const prefix = benchPrefix('fanout');
  onCleanup(async () => {
    const n = await deletePrefix(redis.url, prefix);
    progress(`deleted ${n} Redis keys under ${prefix}:*`);
  });
  const ds = db.dataSource;
  const actor = await benchActor(ds);
  const caseId = await createBenchCase(ds, actor);
  const orgs: Array<{ id: string }> = await ds.query(
    `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email)
     SELECT 'bench-org-' || n, 'Benchorganisation ' || n, 'other', 'B' || n, 'registrator' || n || '@bench.example.se' FROM generate_series(1, $1) AS n
     RETURNING id`,
    [RECIPIENTS],
  );

  const connection = redisOptionsFromUrl(redis.url, 'producer');
  const queue = (name: string) => new Queue(name, { connection, prefix });
  const queues = { mail: queue(QueueName.Mail), reminders: queue(QueueName.Reminders), deadlines: queue(QueueName.Deadlines), maintenance: queue(QueueName.Maintenance), webhooks: queue(QueueName.Webhooks) };
  const plain = queue('plain-delayed');
  const allQueues = [...Object.values(queues), plain];
  onCleanup(async () => {
    await Promise.all(allQueues.map((q) => q.close()));
  });
  const relay = new OutboxRelayService(ds, {} as AppConfig, systemClock, queues.mail, queues.reminders, queues.deadlines, queues.maintenance, queues.webhooks);

  const deadline = localDate(100);
  // The real use case: the case must be in drafting with a draft before its first round.
  for (const event of [{ type: 'START_DRAFTING' }, { type: 'ADD_DRAFT', documentId: '00000000-0000-4000-8000-000000000001' }]) {
    await ds.transaction((m) => transition(m, { kind: 'consultation', id: caseId, caseId, event, actor, at: new Date() }));
  }
  const sendRound = new SendRoundUseCase(ds, systemClock, { remissMinMonths: 3 } as AppConfig);
  const delayed = async () => (await Promise.all(allQueues.map((q) => q.getJobCounts('delayed', 'waiting')))).reduce((a, c) => a + c.delayed + c.waiting, 0);

  interface Sample {
    commitMs: number;
    relayMs: number;
    totalMs: number;
    jobs: number;
    baselineMs: number;
  }
  const samples: Sample[] = [];
  for (let i = 0; i <= ITERATIONS; i++) {
    const warmup = i === 0;
    const before = await delayed();
    const t0 = nowMs();
    await sendRound.execute(actor, caseId, { kind: 'remiss', deadline, organisationIds: orgs.map((o) => o.id), subject: `Benchmark round ${i}` });
    const t1 = nowMs();
    const relayed = await relay.relayAll();
    const t2 = nowMs();
    const jobs = (await delayed()) - before;
    if (jobs !== relayed) throw new Error(`relayed ${relayed} outbox rows but ${jobs} new jobs are in BullMQ`);

    // Baseline: the same number of delayed jobs, straight into BullMQ.
    const b0 = nowMs();
    await plain.addBulk(
      Array.from({ length: jobs }, (_, k) => ({
        name: 'send-reminder',
        data: { reminderId: `${i}-${k}` },
        opts: { jobId: `plain.${i}.${k}`, delay: 86_400_000 + k, attempts: 8, backoff: { type: 'exponential', delay: 2000 } },
      })),
    );
    const baselineMs = nowMs() - b0;
    const sample = { commitMs: t1 - t0, relayMs: t2 - t1, totalMs: t2 - t0, jobs, baselineMs };
    progress(`${warmup ? 'warm-up' : `round ${i}`}: ${jobs} jobs, ${sample.totalMs.toFixed(0)} ms (commit ${sample.commitMs.toFixed(0)}, relay ${sample.relayMs.toFixed(0)}); plain addBulk ${baselineMs.toFixed(0)} ms`);
    if (!warmup) samples.push(sample);
  }

  const total = summarise(samples.map((s) => s.totalMs));
  const commit = summarise(samples.map((s) => s.commitMs));
  const relayS = summarise(samples.map((s) => s.relayMs));
  const baseline = summarise(samples.map((s) => s.baselineMs));
  const jobs = samples[0].jobs;

  await db.close();
  await cleanupAll();

  print(`bench:fanout — send a round to ${RECIPIENTS} recipients: commit, then every job in BullMQ (${ITERATIONS} rounds after a warm-up)`);
  print(`${jobs} jobs per round (${RECIPIENTS} mails + reminders and deadline jobs of DEFAULT_REMINDER_POLICY, deadline ${deadline})`);
  print('the real SendRoundUseCase (case transition, round, recipients, registry entries on both sides, mails, reminders) + the outbox relay');
  print();
  table([
    ['step', 'median', 'max'],
    ['SendRoundUseCase transaction (commit)', ms(commit.p50), ms(commit.max)],
    ['outbox relay into BullMQ', ms(relayS.p50), ms(relayS.max)],
    ['fan-out total', ms(total.p50), ms(total.max)],
    [`baseline: plain addBulk of ${jobs} jobs`, ms(baseline.p50), ms(baseline.max)],
  ]);
  print();
  print(`fan-out / plain addBulk: ${(total.p50 / baseline.p50).toFixed(1)}×; target fan-out < 1000 ms: ${total.max < 1000 ? 'met' : 'NOT met'} (worst round)`);
  printJsonLine({
    bench: 'fanout',
    recipients: RECIPIENTS,
    jobs_per_round: jobs,
    fanout_ms: round(total.p50, 1),
    fanout_max_ms: round(total.max, 1),
    commit_ms: round(commit.p50, 1),
    relay_ms: round(relayS.p50, 1),
    baseline_ms: round(baseline.p50, 1),
    ratio: round(total.p50 / baseline.p50, 2),
    iterations: ITERATIONS,
    target_met: total.max < 1000,
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    process.stderr.write(`bench:fanout failed: ${(error as Error).stack ?? String(error)}\n`);
    await cleanupAll();
    process.exit(1);
  },
);
