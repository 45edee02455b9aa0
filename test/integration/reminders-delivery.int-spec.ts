import { DailyDigestUseCase, scheduleRecipientReminders, SendMailUseCase, SendReminderUseCase } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { insertRemissFixture } from '@remiss/testing';
import { parseIcs, startWorkerHarness, WorkerHarness } from './reminders-harness';

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
    const [logged] = await h.ds.query(`SELECT status, template, case_id, recipient_id, job_id, message_id FROM mail_log WHERE job_id = $1`, [first.job_id]);
    expect(logged).toMatchObject({ status: 'sent', template: 'reminder', case_id: f.caseId, recipient_id: f.recipients.ekero });
    expect(logged.message_id).toBeTruthy();

    // a retried job, or the same job run again by hand, sends nothing more
    expect(await h.worker.get(SendReminderUseCase).execute(first.id)).toMatchObject({ status: 'skipped' });
    expect(await h.worker.get(SendMailUseCase).execute(first.job_id, { template: 'reminder', reminderId: first.id })).toEqual({
      status: 'skipped',
      reason: 'redan skickat',
    });
    await new Promise((r) => setTimeout(r, 500));
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
    await new Promise((r) => setTimeout(r, 500));
    expect(h.ctx.smtp.received.filter(isDigest)).toHaveLength(1);
    const schedulers = await h.queue(QueueName.Maintenance).getJobSchedulers();
    expect(schedulers).toEqual([expect.objectContaining({ key: 'daily-digests', pattern: '0 8 * * 1-5', tz: 'Europe/Stockholm' })]);
  });
});
