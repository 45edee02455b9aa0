import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CLOCK, moveSharedClock, prepareDatabase, scheduleRecipientReminders, SharedClock, SharedClockRefresher } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createTestContext, insertRemissFixture, TestContext, waitForRow } from '@remiss/testing';
import { OutboxRelayService, WorkerModule } from '@remiss/worker';
import { DataSource } from 'typeorm';

/** The application clock's offset lives in PostgreSQL (app_clock): every replica and restart sees the same "now". */
describe('one clock for every replica', () => {
  let ctx: TestContext;
  const workers: INestApplicationContext[] = [];
  const start = () =>
    NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] }).then((w) => {
      workers.push(w);
      return w;
    });
  const clockOf = (w: INestApplicationContext) => w.get<SharedClock>(CLOCK);
  const close = async (w: INestApplicationContext) => {
    await w.close();
    workers.splice(workers.indexOf(w), 1);
  };

  beforeAll(async () => {
    ctx = await createTestContext();
    // the reconciler's fixed interval must not be what makes the moved reminder go out
    Object.assign(process.env, ctx.env, { CLOCK_START: '2013-10-01T08:00:00Z', RECONCILE_INTERVAL_MS: '3600000', REMINDER_HORIZON_HOURS: String(90 * 24) }); // the reminder weeks ahead is a delayed BullMQ job at once
    await prepareDatabase(loadConfig(), { seed: true });
  });

  afterAll(async () => {
    for (const w of [...workers]) await w.close();
    delete process.env.CLOCK_START;
    delete process.env.REMINDER_HORIZON_HOURS;
    await ctx?.dispose();
  });

  it('two workers started apart get the one offset; a restart keeps it (time runs on, no jump back); a new CLOCK_START applies once', async () => {
    const a = await start();
    const b = await start();
    expect(clockOf(a)).toBeInstanceOf(SharedClock);
    expect(clockOf(b).offset).toBe(clockOf(a).offset);
    const ds = a.get(DataSource);
    const [row] = await ds.query(`SELECT offset_ms::bigint::text AS offset, clock_start FROM app_clock`);
    expect([Number(row.offset), row.clock_start]).toEqual([clockOf(a).offset, '2013-10-01T08:00:00Z']);
    // "now" in SQL (column defaults) is the same clock
    const [{ db }] = await ds.query(`SELECT app_now() AS db`);
    expect(Math.abs(new Date(db).getTime() - clockOf(a).now().getTime())).toBeLessThan(60_000);
    expect(new Date(db).getUTCFullYear()).toBe(2013);

    const before = clockOf(b).now();
    await close(b);
    const restarted = await start();
    expect(clockOf(restarted).offset).toBe(clockOf(a).offset);
    expect(clockOf(restarted).now().getTime()).toBeGreaterThanOrEqual(before.getTime());

    // another CLOCK_START value is applied by the first process that boots with it, once, and reaches the others
    const old = clockOf(a).offset;
    process.env.CLOCK_START = '2013-10-02T08:00:00Z';
    const c = await start();
    const d = await start();
    expect(clockOf(d).offset).toBe(clockOf(c).offset);
    expect(clockOf(c).offset - old).toBeGreaterThan(23 * 3600_000);
    await a.get(SharedClockRefresher).refresh(); // what its timer does every CLOCK_REFRESH_MS (it may have done so while c and d booted)
    expect(clockOf(a).offset).toBe(clockOf(c).offset);
    expect(await a.get(SharedClockRefresher).refresh()).toBe(false);
    for (const w of [restarted, c, d]) await close(w);
    process.env.CLOCK_START = '2013-10-01T08:00:00Z';
  });

  it('a reminder planned at T (delayed in Redis by weeks) goes out at T after the shared clock is moved to just before T', async () => {
    const w = workers[0];
    const ds = w.get(DataSource);
    const clock = clockOf(w);
    const f = await insertRemissFixture(ds, { deadline: '2013-12-13', title: 'Flyttad klocka' });
    // Planned with a horizon of 90 days, so that the reminder weeks ahead is a delayed BullMQ job at once.
    await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, clock.now(), 90 * 24));
    await w.get(OutboxRelayService).relayAll();
    const [due] = await ds.query(`SELECT id, due_at FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [f.recipients.ekero]);
    const t = new Date(due.due_at).getTime();
    expect(t - clock.now().getTime()).toBeGreaterThan(7 * 24 * 3600_000); // the job's delay was planned weeks ahead

    await moveSharedClock(ds, new Date(t - 1500)); // as an operator (or another replica) would
    await w.get(SharedClockRefresher).refresh(); // what the refresher does within CLOCK_REFRESH_MS
    await waitForRow(ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'sent'`, [due.id], 20000);
    const [sent] = await ds.query(
      `SELECT m.done_at, l.created_at, l.sent_at FROM reminders m JOIN mail_log l ON l.dedupe_key = m.job_id WHERE m.id = $1`,
      [due.id],
    );
    // recorded on the shared clock: not before T, and on time (not at the next reconciliation an hour later)
    for (const at of [sent.done_at, sent.created_at, sent.sent_at]) {
      expect(new Date(at).getTime()).toBeGreaterThanOrEqual(t);
      expect(new Date(at).getTime() - t).toBeLessThan(10_000);
    }
    expect(ctx.smtp.received.filter((m) => (m.parsed.subject ?? '').includes('Flyttad klocka'))).toHaveLength(1);
  });
});
