import { Actor, enqueueWithinHorizon, ExtensionUseCase, horizonEnd, scheduleRecipientReminders, scheduleRoundReminders } from '@remiss/application';
import { loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { STOCKHOLM_COUNTY_MUNICIPALITIES } from '@remiss/domain';
import { QueueName } from '@remiss/queue';
import { insertRemissFixture, ReceivedMail, waitForRow, waitUntil } from '@remiss/testing';
import { OutboxRelayService, ReminderHorizonScheduler } from '@remiss/worker';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { startWorkerHarness, WorkerHarness } from './reminders-harness';

interface Row {
  id: string;
  key: string;
  kind: string;
  job_id: string;
  due_at: Date;
  enqueued: boolean;
  outbox: number;
}

/** Only reminders due within REMINDER_HORIZON_HOURS (48 by default) are BullMQ jobs; the rest are rows until they come within it. */
describe('the reminder horizon', () => {
  let h: WorkerHarness;
  const hours = loadConfig().reminderHorizonHours;
  const about = (title: string) => (m: ReceivedMail) => (m.parsed.subject ?? '').includes(title);

  beforeAll(async () => {
    h = await startWorkerHarness('2013-10-01T08:00:00Z');
  });

  afterAll(async () => {
    await h?.close();
  });

  const rows = (where: string, params: unknown[]): Promise<Row[]> =>
    h.ds.query(
      `SELECT m.id, m.key, m.kind, m.job_id, m.due_at, m.enqueued_at IS NOT NULL AS enqueued,
              (SELECT count(*)::int FROM outbox o WHERE o.job_id = m.job_id AND o.name <> '__remove__') AS outbox
         FROM reminders m WHERE ${where} ORDER BY m.due_at`,
      params,
    );
  const job = (row: Row) => h.queue(row.kind === 'deadline-passed' ? QueueName.Deadlines : QueueName.Reminders).getJob(row.job_id);
  const actor = async (email: string): Promise<Actor> => {
    const [u] = await h.ds.query(`SELECT id, organisation_id, role, name FROM users WHERE email = $1`, [email]);
    return { userId: u.id, organisationId: u.organisation_id, role: u.role, name: u.name };
  };

  it('plans every reminder as a row, but gives a job only to those due within the horizon', async () => {
    h.clock.set('2013-11-13T10:00:00Z');
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-15', title: 'Horisonten' });
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now(), hours));
    await h.relay();
    const planned = await rows(`recipient_id = $1 AND status = 'pending'`, [f.recipients.ekero]);
    const until = horizonEnd(h.clock.now(), hours).getTime();
    const within = planned.filter((r) => new Date(r.due_at).getTime() <= until);
    const beyond = planned.filter((r) => new Date(r.due_at).getTime() > until);
    expect(within.map((r) => r.key)).toEqual(['deadline']); // 15 November 08:00, 45 hours ahead
    expect(beyond.map((r) => r.key)).toEqual(['deadline-passed', 'overdue-1', 'overdue-2', 'overdue-3']);
    for (const r of within) {
      expect([r.enqueued, r.outbox, await (await job(r))?.isDelayed()]).toEqual([true, 1, true]);
    }
    for (const r of beyond) {
      expect([r.enqueued, r.outbox, await job(r)]).toEqual([false, 0, undefined]);
    }
  });

  it('coming within the horizon, each reminder gets its job exactly once, with four schedulers at once', async () => {
    h.clock.set('2013-10-01T08:00:00Z');
    const slugs = STOCKHOLM_COUNTY_MUNICIPALITIES.map((m) => m.slug);
    const f = await insertRemissFixture(h.ds, { deadline: '2014-01-17', title: 'Många schemaläggare', slugs });
    await h.ds.transaction((m) => scheduleRoundReminders(m, f.roundId, h.clock.now(), hours));
    const planned = await rows(`round_id = $1 AND status = 'pending'`, [f.roundId]);
    expect(planned).toHaveLength(26 * 7);
    expect(planned.filter((r) => r.enqueued || r.outbox > 0)).toEqual([]);

    // past the deadline's last overdue notice: every row is within the horizon now
    h.clock.set('2014-02-10T08:00:00Z');
    const sources: DataSource[] = await Promise.all([1, 2, 3].map(() => createDataSource(h.ctx.databaseUrl).initialize()));
    try {
      const until = horizonEnd(h.clock.now(), hours);
      const [waiting] = await h.ds.query(`SELECT count(*)::int AS n FROM reminders WHERE status = 'pending' AND enqueued_at IS NULL AND due_at <= $1`, [until]);
      expect(waiting.n).toBeGreaterThanOrEqual(planned.length); // this round's, and earlier tests' rows now within
      const loop = async (ds: DataSource) => {
        let n = 0;
        for (let moved = -1; moved !== 0; ) {
          moved = await ds.transaction((m) => enqueueWithinHorizon(m, until, 7)); // small batches: the schedulers interleave
          n += moved;
        }
        return n;
      };
      const counts = await Promise.all([...sources.map(loop), h.worker.get(ReminderHorizonScheduler).enqueueDue(5)]);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(waiting.n); // each enqueued by one scheduler only
    } finally {
      await Promise.all(sources.map((s) => s.destroy()));
    }
    const after = await rows(`round_id = $1`, [f.roundId]);
    expect(after).toHaveLength(planned.length);
    expect(after.every((r) => r.enqueued && r.outbox === 1)).toBe(true); // one outbox row per reminder, none twice
    await h.relay();
    expect(await h.worker.get(ReminderHorizonScheduler).enqueueDue()).toBe(0); // nothing left to enqueue
    const outbox = await h.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = ANY($1::text[])`, [planned.map((r) => r.job_id)]);
    expect(outbox).toEqual([{ n: planned.length }]);
    // the round's jobs are all due now (10 February) and run in the background: let them settle before the next
    // test moves the clock back, so that its jobs do not wait behind 182 of these
    await waitUntil(async () => {
      const [open] = await h.ds.query(`SELECT count(*)::int AS n FROM reminders WHERE round_id = $1 AND status IN ('pending', 'claimed')`, [f.roundId]);
      return open.n === 0;
    }, 45_000, 'omgångens påminnelser avgjorda');
  });

  it('a grant moving the deadline past the horizon removes the job within it; the new reminder gets its job when it comes within', async () => {
    h.clock.set('2013-11-13T10:00:00Z');
    const title = 'Anstånd över horisonten';
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-15', title });
    const recipientId = f.recipients.ekero;
    await h.ds.transaction((m) => scheduleRecipientReminders(m, recipientId, h.clock.now(), hours));
    await h.relay();
    const [old] = await rows(`recipient_id = $1 AND key = 'deadline'`, [recipientId]);
    expect(await (await job(old))?.isDelayed()).toBe(true);

    const extensions = new ExtensionUseCase(h.ds, h.clock, { reminderHorizonHours: hours });
    await extensions.request(await actor('handlaggare@ekero.example.se'), recipientId, { requestedDate: '2013-12-19', reason: 'Nämnden sammanträder i december.' });
    const [request] = await h.ds.query(`SELECT id FROM extension_requests WHERE recipient_id = $1`, [recipientId]);
    await extensions.grant(await actor('kansli@ksl.se'), request.id, { comment: 'Beviljas.' });
    await h.relay();
    expect(await job(old)).toBeUndefined(); // the old deadline's job is gone from Redis
    const fresh = await rows(`recipient_id = $1 AND deadline = '2013-12-19' AND status = 'pending'`, [recipientId]);
    expect(fresh.map((r) => r.key)).toEqual(['before-14', 'before-3', 'deadline', 'deadline-passed', 'overdue-1', 'overdue-2', 'overdue-3']);
    expect(fresh.filter((r) => r.enqueued || r.outbox > 0)).toEqual([]); // 5 December and later: beyond the horizon
    for (const r of fresh) expect(await job(r)).toBeUndefined();

    // the day before 5 December: the before-14 reminder comes within the horizon, and only it
    h.clock.set('2013-12-04T08:00:00Z');
    await h.relay();
    await h.relay(); // a second run enqueues nothing again
    const later = await rows(`recipient_id = $1 AND deadline = '2013-12-19' AND status = 'pending'`, [recipientId]);
    expect(later.filter((r) => r.enqueued).map((r) => [r.key, r.outbox])).toEqual([['before-14', 1]]);
    expect(await (await job(later[0]))?.isDelayed()).toBe(true);

    await h.moveTo('2013-12-05T07:00:01Z');
    await waitForRow(h.ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'sent'`, [later[0].id]);
    const [mail] = await h.ctx.smtp.waitFor(1, (m) => about(title)(m) && (m.parsed.subject ?? '').startsWith('Påminnelse'));
    expect(mail.parsed.subject).toContain('senast torsdag 19 december 2013');
    const statuses = await h.ds.query(`SELECT deadline::text AS deadline, status, count(*)::int AS n FROM reminders WHERE recipient_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`, [recipientId]);
    expect(statuses).toEqual([
      { deadline: '2013-11-15', status: 'cancelled', n: 5 },
      { deadline: '2013-12-19', status: 'pending', n: 6 },
      { deadline: '2013-12-19', status: 'sent', n: 1 },
    ]);
  });

  it('the relay keeps outbox order: a job added and then removed in one batch stays removed', async () => {
    const id = `reminder.order-${randomUUID()}`;
    await h.ds.query(
      `INSERT INTO outbox (queue, name, job_id, payload, deliver_at)
       VALUES ($1, 'send-reminder', $2, '{"reminderId": "x"}', now() + interval '1 day'), ($1, '__remove__', $2, '{}', NULL)`,
      [QueueName.Reminders, id],
    );
    await h.worker.get(OutboxRelayService).relayAll();
    const [left] = await h.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1 AND relayed_at IS NULL`, [id]);
    expect(left.n).toBe(0);
    expect(await h.queue(QueueName.Reminders).getJob(id)).toBeUndefined();
  });
});
