import {
  DailyDigestUseCase,
  DeliveryProblemsQuery,
  digestJobId,
  scheduleRecipientReminders,
  SendMailUseCase,
  SendReminderUseCase,
  SYSTEM_ACTOR,
} from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { insertRemissFixture, ReceivedMail, waitForRow, waitUntil } from '@remiss/testing';
import { DuePromoter, ReminderReconciler } from '@remiss/worker';
import { parseIcs, startWorkerHarness, WorkerHarness } from './reminders-harness';

const about = (title: string) => (m: ReceivedMail) => (m.parsed.subject ?? '').includes(title);

/** A due reminder over real PostgreSQL, Redis and SMTP, with the clock placed in 2013. */
describe('reminder delivery', () => {
  let h: WorkerHarness;

  beforeAll(async () => {
    h = await startWorkerHarness('2013-10-01T08:00:00Z');
  });

  afterAll(async () => {
    await h?.close();
  });

  it('sends exactly one mail for a due reminder, logged, with the deadline as an .ics all-day event', async () => {
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-15', title: 'Leveranstestet' });
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    h.clock.set('2013-10-31T08:00:00Z'); // the before-14 reminder (1 November) is now within the reminder horizon
    await h.relay();
    const [first] = await h.ds.query(`SELECT id, job_id FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [f.recipients.ekero]);
    expect(await (await h.queue(QueueName.Reminders).getJob(first.job_id))?.isDelayed()).toBe(true);

    await h.moveTo('2013-11-01T07:00:01Z');
    const mine = (m: { parsed: { subject?: string } }) => (m.parsed.subject ?? '').includes('Leveranstestet');
    const [mail] = await h.ctx.smtp.waitFor(1, mine);
    expect(mail.parsed.subject).toBe('Påminnelse: remissvar senast fredag 15 november 2013 – Leveranstestet (' + mail.parsed.subject?.split('(')[1]);
    expect(mail.envelopeTo.sort()).toEqual(['handlaggare@ekero.example.se', 'namndsekreterare@ekero.example.se', 'registrator@ekero.example.se']);
    expect(mail.parsed.text).toContain(`http://remiss.test/app/mina-remisser/${f.recipients.ekero}`);
    expect(mail.parsed.html).toContain(`href="http://remiss.test/app/mina-remisser/${f.recipients.ekero}"`);
    expect(parseIcs(mail)).toEqual({
      uid: `recipient-${f.recipients.ekero}@remiss`,
      sequence: 0,
      start: '2013-11-15',
      end: '2013-11-16',
      allDay: true,
      summary: expect.stringContaining('Leveranstestet'),
    });
    await waitForRow(h.ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'sent'`, [first.id]);
    const [logged] = await h.ds.query(`SELECT status, template, case_id, recipient_id, job_id, message_id, attempts FROM mail_log WHERE job_id = $1`, [first.job_id]);
    expect(logged).toMatchObject({ status: 'sent', template: 'reminder', case_id: f.caseId, recipient_id: f.recipients.ekero, attempts: 1 });
    expect(logged.message_id).toBe(`<${first.job_id}@remiss.local>`); // stable per job
    expect(mail.parsed.messageId).toBe(logged.message_id);

    // a retried job, or the same job run again by hand, sends nothing more
    expect(await h.worker.get(SendReminderUseCase).execute(first.id)).toMatchObject({ status: 'skipped' });
    expect(await h.worker.get(SendMailUseCase).execute(first.job_id, { template: 'reminder', reminderId: first.id })).toEqual({
      status: 'skipped',
      reason: 'redan skickat',
    });
    // what the system recorded: one job, run once and completed, one log row, handed to the server once
    const job = await h.queue(QueueName.Reminders).getJob(first.job_id);
    expect([await job?.getState(), job?.attemptsMade]).toEqual(['completed', 1]);
    expect(await h.ds.query(`SELECT attempts FROM mail_log WHERE dedupe_key = $1`, [first.job_id])).toEqual([{ attempts: 1 }]);
    expect(h.ctx.smtp.received.filter(mine)).toHaveLength(1);
  });

  it('skips a reminder once the recipient has answered, and says so in the row', async () => {
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-29', title: 'Besvarat ärende' });
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    await h.ds.query(`UPDATE recipients SET state = 'answered' WHERE id = $1`, [f.recipients.ekero]);
    await h.moveTo('2013-11-15T07:00:01Z');
    const rows = await h.ds.query(`SELECT status FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [f.recipients.ekero]);
    expect(rows).toEqual([{ status: 'skipped' }]);
    expect(h.ctx.smtp.received.filter((m) => (m.parsed.subject ?? '').includes('Besvarat ärende'))).toEqual([]);
  });

  it('sends the secretariat one digest per working day of overdue recipients and open extension requests', async () => {
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-08', title: 'Digestärendet', slugs: ['ekero', 'tyreso'] });
    await h.ds.query(`UPDATE recipients SET state = 'overdue' WHERE id = $1`, [f.recipients.ekero]);
    await h.ds.query(
      `INSERT INTO extension_requests (recipient_id, requested_date, previous_deadline, reason, requested_at, status)
       VALUES ($1, '2013-11-29', '2013-11-08', 'Nämnden sammanträder först i slutet av november.', now(), 'pending')`,
      [f.recipients.tyreso],
    );
    h.clock.set('2013-11-16T07:00:00Z'); // a Saturday
    expect(await h.worker.get(DailyDigestUseCase).execute()).toEqual({ status: 'skipped', reason: '2013-11-16 är inte en arbetsdag' });
    h.clock.set('2013-11-18T07:00:00Z');
    const digest = h.worker.get(DailyDigestUseCase);
    expect(await digest.execute()).toMatchObject({ status: 'queued', date: '2013-11-18' });
    expect(await digest.execute()).toMatchObject({ status: 'queued' }); // same job id: no second mail
    await h.relay();
    const isDigest = (m: { parsed: { subject?: string } }) => (m.parsed.subject ?? '').startsWith('Daglig sammanställning');
    const [mail] = await h.ctx.smtp.waitFor(1, isDigest);
    expect(mail.envelopeTo).toEqual(['kansli@ksl.se']);
    expect(mail.parsed.subject).toBe('Daglig sammanställning måndag 18 november 2013: 3 försenade, 1 anståndsbegäranden'); // with the earlier cases of this file
    expect(mail.parsed.text).toContain('Ekerö kommun: Digestärendet');
    expect(mail.parsed.text).toContain('Tyresö kommun: Digestärendet');
    expect(mail.parsed.text).toContain('Skäl: Nämnden sammanträder först i slutet av november.');
    const id = digestJobId(await orgId(h, 'ksl'), '2013-11-18');
    await waitForRow(h.ds, `SELECT 1 FROM mail_log WHERE dedupe_key = $1 AND status = 'sent'`, [id]);
    const relayed = await h.ds.query(`SELECT count(*)::int AS n FROM outbox WHERE job_id = $1 AND relayed_at IS NOT NULL`, [id]);
    expect(relayed).toEqual([{ n: 2 }]); // both runs queued it ...
    const job = await h.queue(QueueName.Mail).getJob(id);
    expect([await job?.getState(), job?.attemptsMade]).toEqual(['completed', 1]); // ... as one job, run once
    expect(await h.ds.query(`SELECT attempts FROM mail_log WHERE dedupe_key = $1`, [id])).toEqual([{ attempts: 1 }]);
    expect(h.ctx.smtp.received.filter(isDigest)).toHaveLength(1);
    const schedulers = await h.queue(QueueName.Maintenance).getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'daily-digests', pattern: '0 8 * * 1-5', tz: 'Europe/Stockholm' })]);
  });

  it("BullMQ's own delay timer fires a reminder job (no promotion): the job waited its delay, then sent once", async () => {
    const promoter = h.worker.get(DuePromoter);
    await promoter.stop(); // its loop would promote at the due instant; here only BullMQ's timer may
    const f = await insertRemissFixture(h.ds, { deadline: '2013-12-13', title: 'Timerärendet' });
    h.clock.set(new Date(new Date('2013-11-29T07:00:00Z').getTime() - 1500)); // before-14 of 12-13 is 11-29 08:00 Stockholm
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    await h.relay();
    const [row] = await h.ds.query(`SELECT id, job_id FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [f.recipients.ekero]);
    const queued = await h.queue(QueueName.Reminders).getJob(row.job_id);
    expect([await queued?.getState(), queued?.delay]).toEqual(['delayed', 1500]);
    h.clock.set('2013-11-29T07:00:00Z'); // the application clock only; nobody promotes
    await waitForRow(h.ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'sent'`, [row.id]);
    const job = await h.queue(QueueName.Reminders).getJob(row.job_id);
    expect(job!.processedOn! - job!.timestamp).toBeGreaterThanOrEqual(1500);
    expect(job!.attemptsMade).toBe(1);
    expect(h.ctx.smtp.received.filter(about('Timerärendet'))).toHaveLength(1);
    promoter.start();
  });

  it('after a clock jump to four days past the deadline: one mail (the overdue notice), the rest skipped with a reason', async () => {
    h.clock.set('2013-10-01T08:00:00Z');
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-15', title: 'Klocksprånget', slugs: ['ekero', 'tyreso'] });
    for (const id of Object.values(f.recipients)) await h.ds.transaction((m) => scheduleRecipientReminders(m, id, h.clock.now()));
    await h.moveTo('2013-11-19T07:00:01Z');
    const settled = `SELECT 1 FROM reminders WHERE case_id = $1 AND due_at <= $2 AND status IN ('pending', 'claimed')`;
    await waitUntil(async () => (await h.ds.query(settled, [f.caseId, h.clock.now()])).length === 0, 15000, 'avgjorda påminnelser');
    const rows = await h.ds.query(
      `SELECT key, status, reason FROM reminders WHERE recipient_id = $1 AND due_at <= $2 AND kind <> 'deadline-passed' ORDER BY due_at`,
      [f.recipients.ekero, h.clock.now()],
    );
    expect(rows).toEqual([
      { key: 'before-14', status: 'skipped', reason: 'svarsdagen 2013-11-15 har redan kommit' },
      { key: 'before-3', status: 'skipped', reason: 'svarsdagen 2013-11-15 har redan kommit' },
      { key: 'deadline', status: 'skipped', reason: 'svarsdagen 2013-11-15 har passerat' },
      { key: 'overdue-1', status: 'sent', reason: null },
    ]);
    const logged = await h.ds.query(`SELECT recipient_id, subject FROM mail_log WHERE case_id = $1 ORDER BY recipient_id`, [f.caseId]);
    expect(logged).toHaveLength(2); // one per recipient
    expect(logged.every((l: { subject: string }) => l.subject.startsWith('Försenat:'))).toBe(true);
    expect(h.ctx.smtp.received.filter(about('Klocksprånget')).map((m) => m.parsed.subject?.split(':')[0])).toEqual(['Försenat', 'Försenat']);
  });

  it('a grant that commits while the send path decides: the reminder of the old deadline is not sent (deterministic interleaving)', async () => {
    h.clock.set('2013-10-01T08:00:00Z');
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-22', title: 'Anståndskapplöpning' });
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    await h.relay();
    const [due] = await h.ds.query(`SELECT id, job_id FROM reminders WHERE recipient_id = $1 AND key = 'deadline'`, [f.recipients.ekero]);
    h.clock.set('2013-11-22T07:00:01Z'); // due, but not promoted: only the direct call below acts on it
    // 1. the grant's transaction has moved the deadline and re-planned, not yet committed
    const grant = h.ds.createQueryRunner();
    await grant.connect();
    await grant.startTransaction();
    await grant.query(`UPDATE recipients SET deadline = '2013-12-19' WHERE id = $1`, [f.recipients.ekero]);
    await scheduleRecipientReminders(grant.manager, f.recipients.ekero, h.clock.now());
    // 2. the send path starts and must wait for the grant (it locks the recipient row)
    let settled = false;
    const sending = h.worker.get(SendReminderUseCase).execute(due.id).finally(() => (settled = true));
    const waiting = `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    await waitUntil(async () => settled || (await h.ds.query(waiting)).length > 0, 10000, 'sändningen väntar på låset');
    expect(settled).toBe(false);
    // 3. the grant commits; the send path then sees the moved deadline
    await grant.commitTransaction();
    await grant.release();
    expect(await sending).toEqual({ status: 'skipped', reason: 'påminnelsen är cancelled' });
    expect(await h.ds.query(`SELECT status FROM reminders WHERE id = $1`, [due.id])).toEqual([{ status: 'cancelled' }]);
    expect(await h.ds.query(`SELECT 1 FROM mail_log WHERE dedupe_key = $1`, [due.job_id])).toEqual([]);
    const fresh = await h.ds.query(`SELECT key FROM reminders WHERE recipient_id = $1 AND deadline = '2013-12-19' AND status = 'pending' ORDER BY due_at`, [f.recipients.ekero]);
    expect(fresh.map((r: { key: string }) => r.key)).toContain('deadline');
  });

  it('a reminder whose job failed is enqueued again by the reconciler and delivered; a permanent failure is marked and listed', async () => {
    h.clock.set('2013-10-01T08:00:00Z');
    const f = await insertRemissFixture(h.ds, { deadline: '2013-12-20', title: 'Misslyckat jobb', slugs: ['ekero', 'tyreso'] });
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    await h.relay();
    const [row] = await h.ds.query(`SELECT id, job_id FROM reminders WHERE recipient_id = $1 AND key = 'before-14'`, [f.recipients.ekero]);
    h.clock.set('2013-12-06T07:00:01Z');
    // the job exhausted its attempts (as after a long outage before this fix): failed in BullMQ, row still pending
    const queue = h.queue(QueueName.Reminders);
    await queue.remove(row.job_id);
    await queue.add('send-reminder', { reminderId: 'inte-ett-uuid' }, { jobId: row.job_id, attempts: 1 });
    await waitUntil(async () => (await (await queue.getJob(row.job_id))?.getState()) === 'failed', 10000, 'misslyckat jobb');
    expect(await h.ds.query(`SELECT status FROM reminders WHERE id = $1`, [row.id])).toEqual([{ status: 'pending' }]);
    // a permanent reason: a row the mailer cannot render (an unknown kind)
    const [bad] = await h.ds.query(
      `INSERT INTO reminders (recipient_id, round_id, case_id, key, kind, deadline, due_at, status, job_id)
       SELECT id, round_id, case_id, 'weekly-1', 'weekly', deadline, '2013-12-02T07:00:00Z', 'pending', 'reminder.weekly-' || id FROM recipients WHERE id = $1
       RETURNING id, job_id`,
      [f.recipients.tyreso],
    );
    // an orphaned 'sending' mail left by a dead worker
    await h.ds.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, transport, attempts, attempted_at)
       VALUES ('orphan-1', 'sending', 'a@b.se', 'Föräldralöst', 'test-mail', 'smtp', 1, $1)`,
      [new Date(h.clock.now().getTime() - 3600_000)], // an hour ago on the application clock
    );
    const reconciler = h.worker.get(ReminderReconciler);
    let result = await reconciler.reconcile();
    while (!result.leader) result = await reconciler.reconcile(); // the periodic run may hold the lease a moment
    expect(result.restored).toBeGreaterThanOrEqual(2);
    expect(result.resolvedMails).toBe(1);
    await waitForRow(h.ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'sent'`, [row.id]);
    expect(h.ctx.smtp.received.filter(about('Misslyckat jobb'))).toHaveLength(1);
    await waitForRow(h.ds, `SELECT 1 FROM reminders WHERE id = $1 AND status = 'failed'`, [bad.id]);
    const badJob = await queue.getJob(bad.job_id);
    expect([await badJob?.getState(), badJob?.attemptsMade]).toEqual(['failed', 1]); // not retried: permanent
    expect(await h.ds.query(`SELECT status FROM mail_log WHERE dedupe_key = 'orphan-1'`)).toEqual([{ status: 'uncertain' }]);
    const problems = await new DeliveryProblemsQuery(h.ds).list(SYSTEM_ACTOR);
    expect(problems.reminders).toContainEqual(expect.objectContaining({ id: bad.id, status: 'failed', key: 'weekly-1', reason: expect.stringContaining('okänd sort') }));
    expect(problems.uncertainMails).toContainEqual(expect.objectContaining({ dedupeKey: 'orphan-1', subject: 'Föräldralöst' }));
  });
});

async function orgId(h: WorkerHarness, slug: string): Promise<string> {
  const [row] = await h.ds.query(`SELECT id FROM organisations WHERE slug = $1`, [slug]);
  return row.id;
}
