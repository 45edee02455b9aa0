import { Actor, ExtensionUseCase, scheduleRecipientReminders } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { insertRemissFixture, ReceivedMail, waitUntil } from '@remiss/testing';
import { parseIcs, startWorkerHarness, WorkerHarness } from './reminders-harness';

/** The Ekerö case: deadline 15 November 2013, extension granted to 19 December 2013. */
describe('deadlines and extensions: old reminders never fire, new ones do', () => {
  let h: WorkerHarness;
  let extensions: ExtensionUseCase;
  const actor = async (email: string): Promise<Actor> => {
    const [u] = await h.ds.query(`SELECT id, organisation_id, role, name FROM users WHERE email = $1`, [email]);
    return { userId: u.id, organisationId: u.organisation_id, role: u.role, name: u.name };
  };
  const about = (title: string) => (m: ReceivedMail) => (m.parsed.subject ?? '').includes(title);

  beforeAll(async () => {
    h = await startWorkerHarness('2013-10-01T08:00:00Z');
    extensions = new ExtensionUseCase(h.ds, h.clock);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('Ekerö: no reminder for 15 November after the grant, every one for 19 December, both confirmations', async () => {
    const title = 'Ekerötestet';
    const f = await insertRemissFixture(h.ds, { deadline: '2013-11-15', title });
    const recipientId = f.recipients.ekero;
    await h.ds.transaction((m) => scheduleRecipientReminders(m, recipientId, h.clock.now()));
    await h.moveTo('2013-11-01T07:00:01Z');
    const [first] = await h.ctx.smtp.waitFor(1, about(title));
    expect(first.parsed.subject).toContain('senast fredag 15 november 2013');

    h.clock.set('2013-11-08T09:00:00Z');
    const officer = await actor('handlaggare@ekero.example.se');
    await extensions.request(officer, recipientId, { requestedDate: '2013-12-19', reason: 'Socialnämnden behandlar ärendet den 27 november.' });
    const [request] = await h.ds.query(`SELECT id FROM extension_requests WHERE recipient_id = $1`, [recipientId]);
    h.clock.set('2013-11-11T09:00:00Z');
    await extensions.grant(await actor('kansli@ksl.se'), request.id, { comment: 'Beviljas.' });
    await h.relay();

    const askedFor = await h.ctx.smtp.waitFor(1, (m) => (m.parsed.subject ?? '').startsWith('Begäran om anstånd från Ekerö kommun') && about(title)(m));
    expect(askedFor[0].envelopeTo).toEqual(['kansli@ksl.se']);
    expect(askedFor[0].parsed.text).toContain('Skäl: Socialnämnden behandlar ärendet den 27 november.');
    const [granted] = await h.ctx.smtp.waitFor(1, (m) => (m.parsed.subject ?? '').startsWith('Anstånd beviljat till den 19 december 2013'));
    expect(granted.parsed.text).toContain('Anstånd beviljat till den 19 december 2013.');
    const before = parseIcs(first);
    const after = parseIcs(granted);
    expect(after).toMatchObject({ uid: before.uid, start: '2013-12-19', allDay: true });
    expect(after.sequence).toBeGreaterThan(before.sequence);

    // the jobs of the old deadline are gone from Redis, not merely superseded
    const old = await h.ds.query(`SELECT kind, job_id FROM reminders WHERE recipient_id = $1 AND deadline = '2013-11-15' AND status = 'cancelled'`, [recipientId]);
    expect(old).toHaveLength(6);
    for (const row of old) {
      const queue = h.queue(row.kind === 'deadline-passed' ? QueueName.Deadlines : QueueName.Reminders);
      expect(await queue.getJob(row.job_id)).toBeUndefined();
    }

    // walk the clock through every instant either deadline would have used
    const dues: Array<{ due_at: Date }> = await h.ds.query(
      `SELECT DISTINCT due_at FROM reminders WHERE recipient_id = $1 AND due_at > $2 ORDER BY due_at`,
      [recipientId, h.clock.now()],
    );
    for (const { due_at } of dues) await h.moveTo(new Date(due_at.getTime() + 1000));
    // every due reminder settled, and each one sent is logged as sent exactly once
    const open = `SELECT 1 FROM reminders WHERE recipient_id = $1 AND status IN ('pending', 'claimed') AND due_at <= $2`;
    await waitUntil(async () => (await h.ds.query(open, [recipientId, h.clock.now()])).length === 0, 15000, 'avgjorda påminnelser');
    const sentRows: Array<{ job_id: string }> = await h.ds.query(`SELECT job_id FROM reminders WHERE recipient_id = $1 AND status = 'sent' AND kind <> 'deadline-passed'`, [recipientId]);
    const logged = await h.ds.query(`SELECT status, attempts FROM mail_log WHERE dedupe_key = ANY($1::text[])`, [sentRows.map((r) => r.job_id)]);
    expect(logged).toEqual(sentRows.map(() => ({ status: 'sent', attempts: 1 })));

    const reminders = h.ctx.smtp.received.filter((m) => about(title)(m) && !/anstånd/i.test(m.parsed.subject ?? ''));
    expect(reminders.map((m) => (m.parsed.subject ?? '').split(' – ')[0])).toEqual([
      'Påminnelse: remissvar senast fredag 15 november 2013',
      'Påminnelse: remissvar senast torsdag 19 december 2013',
      'Påminnelse: remissvar senast torsdag 19 december 2013',
      'Sista dag i dag: remissvar senast torsdag 19 december 2013',
      'Försenat: remissvar skulle ha kommit in senast torsdag 19 december 2013',
      'Försenat: remissvar skulle ha kommit in senast torsdag 19 december 2013',
      'Försenat: remissvar skulle ha kommit in senast torsdag 19 december 2013',
    ]);
    const passed = await h.ds.query(`SELECT payload FROM event_log WHERE recipient_id = $1 AND event = 'DEADLINE_PASSED'`, [recipientId]);
    expect(passed).toEqual([{ payload: { deadline: '2013-12-19' } }]);
    const [state] = await h.ds.query(`SELECT state FROM recipients WHERE id = $1`, [recipientId]);
    expect(state.state).toBe('overdue');
    const statuses = await h.ds.query(
      `SELECT deadline, status, count(*)::int AS n FROM reminders WHERE recipient_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
      [recipientId],
    );
    expect(statuses).toEqual([
      { deadline: '2013-11-15', status: 'cancelled', n: 6 },
      { deadline: '2013-11-15', status: 'sent', n: 1 },
      { deadline: '2013-12-19', status: 'sent', n: 7 },
    ]);
  });

  it('a second extension in a row moves everything again; a denial says why', async () => {
    const title = 'Tvåanståndstestet';
    const f = await insertRemissFixture(h.ds, { deadline: '2014-01-31', title, slugs: ['ekero', 'tyreso'] });
    h.clock.set('2013-12-02T09:00:00Z');
    await h.ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, h.clock.now()));
    const officer = await actor('handlaggare@ekero.example.se');
    const secretariat = await actor('kansli@ksl.se');
    for (const [requested, granted] of [['2014-02-14', '2014-02-21'], ['2014-03-14', '2014-03-14']]) {
      await extensions.request(officer, f.recipients.ekero, { requestedDate: requested, reason: 'Mer tid behövs.' });
      const [req] = await h.ds.query(`SELECT id FROM extension_requests WHERE recipient_id = $1 AND status = 'pending'`, [f.recipients.ekero]);
      await extensions.grant(secretariat, req.id, { newDeadline: granted });
    }
    const pending = await h.ds.query(`SELECT DISTINCT deadline FROM reminders WHERE recipient_id = $1 AND status = 'pending'`, [f.recipients.ekero]);
    expect(pending).toEqual([{ deadline: '2014-03-14' }]);
    await h.relay();
    const grants = await h.ctx.smtp.waitFor(2, (m) => (m.parsed.subject ?? '').startsWith('Anstånd beviljat') && about(title)(m));
    expect(grants.map((m) => parseIcs(m).start).sort()).toEqual(['2014-02-21', '2014-03-14']);
    const seq = grants.map((m) => parseIcs(m)).sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.sequence);
    expect(seq[1]).toBeGreaterThan(seq[0]);

    const tyresoOfficer = await actor('handlaggare@tyreso.example.se');
    await extensions.request(tyresoOfficer, f.recipients.tyreso, { requestedDate: '2014-02-28', reason: 'Val av ny nämnd.' });
    const [req] = await h.ds.query(`SELECT id FROM extension_requests WHERE recipient_id = $1`, [f.recipients.tyreso]);
    await extensions.deny(secretariat, req.id, { comment: 'Överenskommelsen måste antas före sommaren.' });
    await h.relay();
    const [denied] = await h.ctx.smtp.waitFor(1, (m) => (m.parsed.subject ?? '').startsWith('Anstånd avslaget') && about(title)(m));
    expect(denied.envelopeTo).toContain('handlaggare@tyreso.example.se');
    expect(denied.parsed.text).toContain('Skäl: Överenskommelsen måste antas före sommaren.');
    expect(denied.parsed.text).toContain('Svarsdatumet är fortfarande fredag 31 januari 2014.');
  });
});
