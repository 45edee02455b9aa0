import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { CLOCK, prepareDatabase, scheduleRecipientReminders } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { FixedClock, SwitchableClock } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { clearRedisPrefix, createTestContext, insertRemissFixture, TestContext, waitUntil } from '@remiss/testing';
import { DuePromoter, promoteIfStillDelayed, ReminderHorizonScheduler, ReminderReconciler, WorkerModule } from '@remiss/worker';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';

/** Three worker replicas in one process on one database and one queue prefix, started at the same moment. */
describe('reminder delivery on several replicas', () => {
  let ctx: TestContext;
  let replicas: INestApplicationContext[];
  let ds: DataSource;
  const clock = new FixedClock('2013-10-01T08:00:00Z');
  const slugs = ['ekero', 'tyreso', 'nacka', 'solna', 'danderyd', 'vaxholm'];

  beforeAll(async () => {
    ctx = await createTestContext();
    Object.assign(process.env, ctx.env);
    process.env.REMINDER_HORIZON_HOURS = String(90 * 24); // every reminder of these cases is within the horizon: all have jobs
    await prepareDatabase(loadConfig(), { seed: true });
    replicas = await Promise.all([1, 2, 3].map(() => NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] })));
    for (const r of replicas) r.get<SwitchableClock>(CLOCK).use(clock);
    ds = replicas[0].get(DataSource);
  });

  afterAll(async () => {
    delete process.env.REMINDER_HORIZON_HOURS;
    for (const r of replicas ?? []) await r.close();
    await ctx?.dispose();
  });

  it('reconcile and promote on all three at once: no run aborts, one leader restores each job once, each recipient gets one mail', async () => {
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15', title: 'Repliker', slugs });
    for (const id of Object.values(f.recipients)) await ds.transaction((m) => scheduleRecipientReminders(m, id, clock.now()));
    await replicas[0].get(ReminderHorizonScheduler).enqueueDue(); // planned with the default horizon: the rest are enqueued here
    const pending: Array<{ job_id: string }> = await ds.query(`SELECT job_id FROM reminders WHERE status = 'pending'`);
    expect(pending.length).toBe(slugs.length * 7);
    const outboxRows = async () =>
      (await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = ANY($1::text[])`, [pending.map((p) => p.job_id)]))[0].n;
    expect(await outboxRows()).toBe(pending.length);

    await clearRedisPrefix(ctx.redisUrl, ctx.redisPrefix); // every job gone
    const results = await Promise.all(replicas.map((r) => r.get(ReminderReconciler).reconcile()));
    expect(results.filter((r) => r.leader)).toHaveLength(1);
    expect(results.find((r) => r.leader)?.restored).toBe(pending.length);
    expect(await outboxRows()).toBe(2 * pending.length); // restored once, not once per replica
    const queues = [QueueName.Reminders, QueueName.Deadlines].map((q) => replicas[1].get<Queue>(getQueueToken(q)));
    const present = async () => {
      let n = 0;
      for (const p of pending) if ((await queues[0].getJob(p.job_id)) ?? (await queues[1].getJob(p.job_id))) n++;
      return n;
    };
    expect(await present()).toBe(pending.length);

    // four days past the deadline; three promoters over the same due jobs at once
    clock.set('2013-11-19T07:00:01Z');
    const due: Array<{ n: number }> = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND due_at <= $1`, [clock.now()]);
    const promoted = await Promise.all(replicas.map((r) => r.get(DuePromoter).promoteDue()));
    expect(promoted.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(due[0].n); // each job promoted once at most, none aborted
    await waitUntil(async () => {
      await Promise.all(replicas.map((r) => r.get(ReminderReconciler).reconcile())); // lost races on every replica are fine
      const [row] = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status IN ('pending', 'claimed') AND due_at <= $1`, [clock.now()]);
      return row.n === 0;
    }, 20000, 'förfallna påminnelser');
    // a promotion that lost its race is not an error
    const job = await queues[0].getJob(pending[0].job_id);
    expect(await promoteIfStillDelayed(() => job!.promote())).toBe(false);

    const mails = await ds.query(`SELECT recipient_id, subject, attempts FROM mail_log WHERE case_id = $1 ORDER BY recipient_id`, [f.caseId]);
    expect(mails).toHaveLength(slugs.length);
    expect(mails.every((m: { subject: string; attempts: number }) => m.subject.startsWith('Försenat:') && m.attempts === 1)).toBe(true);
    expect(ctx.smtp.received.filter((m) => (m.parsed.subject ?? '').includes('Repliker'))).toHaveLength(slugs.length);
  });
});
