import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CLOCK, moveSharedClock, prepareDatabase, scheduleRecipientReminders, SharedClock } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createTestContext, insertRemissFixture, TestContext, waitForRow, waitUntil } from '@remiss/testing';
import { WorkerModule } from '@remiss/worker';
import { DataSource } from 'typeorm';

/**
 * The horizon scheduler wakes when the shared clock moves: reminders beyond the old horizon that the move made
 * due get their jobs at once (not REMINDER_HORIZON_INTERVAL_MS later), and of those due together for one
 * recipient and deadline only the one that applies now goes out.
 */
describe('the reminder horizon after a shared-clock move', () => {
  let ctx: TestContext;
  let worker: INestApplicationContext;
  let ds: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext();
    // neither the horizon's nor the reconciler's interval may be what gives the reminders their jobs
    Object.assign(process.env, ctx.env, {
      CLOCK_START: '2013-10-01T08:00:00Z',
      REMINDER_HORIZON_HOURS: '48',
      REMINDER_HORIZON_INTERVAL_MS: '3600000',
      RECONCILE_INTERVAL_MS: '3600000',
    });
    await prepareDatabase(loadConfig(), { seed: true });
    worker = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error'] });
    ds = worker.get(DataSource);
  });

  afterAll(async () => {
    await worker?.close();
    for (const k of ['CLOCK_START', 'REMINDER_HORIZON_HOURS', 'REMINDER_HORIZON_INTERVAL_MS', 'RECONCILE_INTERVAL_MS']) delete process.env[k];
    await ctx?.dispose();
  });

  it('moved 70 days forward past two reminders: their jobs come at once and only the one that applies now is sent', async () => {
    const clock = worker.get<SharedClock>(CLOCK);
    const title = 'Klockhopp över horisonten';
    const f = await insertRemissFixture(ds, { deadline: '2013-12-13', title, slugs: ['ekero'] });
    await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, clock.now(), 48));
    const planned: Array<{ key: string; enqueued: boolean }> = await ds.query(
      `SELECT key, enqueued_at IS NOT NULL AS enqueued FROM reminders WHERE recipient_id = $1 ORDER BY due_at`,
      [f.recipients.ekero],
    );
    expect(planned.map((r) => r.key).slice(0, 3)).toEqual(['before-14', 'before-3', 'deadline']);
    expect(planned.filter((r) => r.enqueued)).toEqual([]); // all weeks ahead: rows only, no jobs

    // Tuesday 10 December, 08:00:30 Stockholm: "14 days before" (29 November) and "3 days before" (today) are due
    await moveSharedClock(ds, '2013-12-10T07:00:30Z');
    await waitUntil(async () => clock.now().getTime() >= new Date('2013-12-10T07:00:30Z').getTime(), 10000, 'klockan flyttad'); // the refresher, within 2 s
    await waitForRow(ds, `SELECT 1 FROM reminders WHERE recipient_id = $1 AND key = 'before-3' AND status = 'sent'`, [f.recipients.ekero], 20000);
    await waitForRow(ds, `SELECT 1 FROM reminders WHERE recipient_id = $1 AND key = 'before-14' AND status = 'skipped'`, [f.recipients.ekero], 20000);
    const rows: Array<{ key: string; status: string; reason: string | null; enqueued: boolean }> = await ds.query(
      `SELECT key, status, reason, enqueued_at IS NOT NULL AS enqueued FROM reminders WHERE recipient_id = $1 ORDER BY due_at`,
      [f.recipients.ekero],
    );
    expect(rows.slice(0, 3)).toEqual([
      { key: 'before-14', status: 'skipped', reason: expect.stringContaining('ersatt av en senare påminnelse'), enqueued: true },
      { key: 'before-3', status: 'sent', reason: null, enqueued: true },
      { key: 'deadline', status: 'pending', reason: null, enqueued: false }, // 13 December: beyond the new horizon
    ]);
    // both due rows are settled, so the mail log is complete for this recipient: one mail
    const logged = await ds.query(`SELECT subject, status FROM mail_log WHERE recipient_id = $1`, [f.recipients.ekero]);
    expect(logged).toEqual([{ subject: expect.stringContaining('Påminnelse'), status: 'sent' }]);
    expect(ctx.smtp.received.filter((m) => (m.parsed.subject ?? '').includes(title))).toHaveLength(1);
  });
});
