import { loadConfig } from '@remiss/config';
import { createDataSource } from '@remiss/data-access';
import { cancelRecipientReminders, prepareDatabase, scheduleRecipientReminders, scheduleRoundReminders } from '@remiss/application';
import { DEFAULT_REMINDER_POLICY, STOCKHOLM_COUNTY_MUNICIPALITIES } from '@remiss/domain';
import { createTestContext, insertRemissFixture, TestContext } from '@remiss/testing';
import { DataSource } from 'typeorm';

/** The scheduler at the data level: rows, job ids and outbox rows, without a worker. */
describe('reminder scheduling (data level)', () => {
  let ctx: TestContext;
  let ds: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext();
    Object.assign(process.env, ctx.env);
    await prepareDatabase(loadConfig(), { seed: true });
    ds = createDataSource(ctx.databaseUrl);
    await ds.initialize();
  });

  afterAll(async () => {
    await ds?.destroy();
    await ctx?.dispose();
  });

  /** A horizon that covers these whole plans: every row gets its outbox row when planned (the horizon has its own spec). */
  const ALL = 365 * 24;
  const pending = (recipientId: string) =>
    ds.query(
      `SELECT key, kind, deadline::text AS deadline, to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS due, job_id
         FROM reminders WHERE recipient_id = $1 AND status = 'pending' ORDER BY due_at`,
      [recipientId],
    );

  it('plans the Ekerö deadline at 08:00 Stockholm on working days, with the deadline job one second after the last instant of the day', async () => {
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15' });
    await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, new Date('2013-10-01T08:00:00Z'), ALL));
    const rows = await pending(f.recipients.ekero);
    expect(rows.map((r: { key: string; due: string }) => `${r.key} ${r.due}`)).toEqual([
      'before-14 2013-11-01T07:00:00Z',
      'before-3 2013-11-12T07:00:00Z',
      'deadline 2013-11-15T07:00:00Z',
      'deadline-passed 2013-11-15T23:00:00Z',
      'overdue-1 2013-11-18T07:00:00Z',
      'overdue-2 2013-11-25T07:00:00Z',
      'overdue-3 2013-12-02T07:00:00Z',
    ]);
    for (const r of rows) expect(r.job_id).toMatch(/^(reminder|deadline)\.[0-9a-f-]{36}$/);
    const outbox = await ds.query(`SELECT queue, name, job_id, deliver_at FROM outbox WHERE job_id = ANY($1) ORDER BY deliver_at`, [
      rows.map((r: { job_id: string }) => r.job_id),
    ]);
    expect(outbox).toHaveLength(7);
    expect(outbox.filter((o: { name: string }) => o.name === 'deadline-passed')).toEqual([
      expect.objectContaining({ queue: 'remiss-deadlines', deliver_at: new Date('2013-11-15T23:00:00.999Z') }),
    ]);
  });

  it('is right across daylight-saving changes and Swedish holidays', async () => {
    const cases: Array<[string, string[]]> = [
      // spring forward 30 March 2014: 08:00 is 07:00Z before, 06:00Z after; the deadline job at local midnight
      ['2014-03-31', ['before-14 2014-03-17T07:00:00Z', 'before-3 2014-03-28T07:00:00Z', 'deadline 2014-03-31T06:00:00Z', 'deadline-passed 2014-03-31T22:00:00Z']],
      // fall back 26 October 2014
      ['2014-10-27', ['before-14 2014-10-13T06:00:00Z', 'before-3 2014-10-24T06:00:00Z', 'deadline 2014-10-27T07:00:00Z', 'deadline-passed 2014-10-27T23:00:00Z']],
      // Christmas: 24 Dec is not a working day, the overdue notice of Sat 4 Jan moves past Epiphany to Tue 7 Jan
      ['2013-12-27', ['before-14 2013-12-13T07:00:00Z', 'before-3 2013-12-23T07:00:00Z', 'deadline 2013-12-27T07:00:00Z', 'deadline-passed 2013-12-27T23:00:00Z', 'overdue-1 2013-12-30T07:00:00Z', 'overdue-2 2014-01-07T07:00:00Z']],
    ];
    for (const [deadline, expected] of cases) {
      const f = await insertRemissFixture(ds, { deadline });
      await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, new Date('2013-09-01T08:00:00Z')));
      const got = (await pending(f.recipients.ekero)).map((r: { key: string; due: string }) => `${r.key} ${r.due}`);
      expect(got.slice(0, expected.length)).toEqual(expected);
    }
  });

  it('is idempotent, and a moved deadline cancels the old rows (with job removals) and plans new ids', async () => {
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15' });
    const id = f.recipients.ekero;
    await ds.transaction((m) => scheduleRecipientReminders(m, id, new Date('2013-10-01T08:00:00Z'), ALL));
    await ds.transaction((m) => scheduleRecipientReminders(m, id, new Date('2013-10-01T08:00:00Z'), ALL));
    const before = await pending(id);
    expect(before).toHaveLength(7);

    await ds.query(`UPDATE recipients SET deadline = '2013-12-19' WHERE id = $1`, [id]);
    await ds.transaction((m) => scheduleRecipientReminders(m, id, new Date('2013-11-14T10:00:00Z'), ALL));
    const after = await pending(id);
    expect(after.map((r: { deadline: string }) => r.deadline)).toEqual(Array(7).fill('2013-12-19'));
    expect(after.map((r: { key: string }) => r.key)).toContain('before-14'); // 5 December is still ahead
    const oldIds = before.map((r: { job_id: string }) => r.job_id);
    expect(after.some((r: { job_id: string }) => oldIds.includes(r.job_id))).toBe(false);
    const removals = await ds.query(`SELECT queue, job_id FROM outbox WHERE name = '__remove__' AND job_id = ANY($1)`, [oldIds]);
    expect(removals).toHaveLength(7);
    const [cancelled] = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE recipient_id = $1 AND status = 'cancelled'`, [id]);
    expect(cancelled.n).toBe(7);

    await ds.transaction((m) => cancelRecipientReminders(m, id));
    expect(await pending(id)).toEqual([]);
  });

  it('does not create before-reminders already due', async () => {
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15' });
    await ds.transaction((m) => scheduleRecipientReminders(m, f.recipients.ekero, new Date('2013-11-12T07:00:00Z')));
    const keys = (await pending(f.recipients.ekero)).map((r: { key: string }) => r.key);
    expect(keys).toEqual(['deadline', 'deadline-passed', 'overdue-1', 'overdue-2', 'overdue-3']);
  });

  it('plans a round of 26 recipients in one call, with few statements', async () => {
    const slugs = STOCKHOLM_COUNTY_MUNICIPALITIES.map((m) => m.slug);
    const f = await insertRemissFixture(ds, { deadline: '2013-11-15', slugs, policy: DEFAULT_REMINDER_POLICY });
    const started = performance.now();
    await ds.transaction((m) => scheduleRoundReminders(m, f.roundId, new Date('2013-10-01T08:00:00Z')));
    const ms = performance.now() - started;
    const [count] = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE round_id = $1 AND status = 'pending'`, [f.roundId]);
    expect(count.n).toBe(26 * 7);
    expect(ms).toBeLessThan(1000);
    await ds.transaction((m) => scheduleRoundReminders(m, f.roundId, new Date('2013-10-01T08:00:00Z')));
    const [again] = await ds.query(`SELECT count(*)::int AS n FROM reminders WHERE round_id = $1`, [f.roundId]);
    expect(again.n).toBe(26 * 7);
  });
});
