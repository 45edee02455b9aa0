import { calendarWorkSnapshot } from '../calendar/calendar-work';
import { DEFAULT_REMINDER_POLICY, planReminders, type PlannedReminder } from './index';

const brief = (list: PlannedReminder[]) => list.map((r) => `${r.key} ${r.dueDate} ${r.dueAt.toISOString()}`);

describe('planReminders', () => {
  it('plans the Ekerö deadline 2013-11-15 (winter time, Saturdays move to Monday)', () => {
    const list = planReminders('2013-11-15', DEFAULT_REMINDER_POLICY);
    expect(brief(list)).toEqual([
      'before-14 2013-11-01 2013-11-01T07:00:00.000Z', // allhelgonaafton is a working day
      'before-3 2013-11-12 2013-11-12T07:00:00.000Z',
      'deadline 2013-11-15 2013-11-15T07:00:00.000Z',
      'overdue-1 2013-11-18 2013-11-18T07:00:00.000Z',
      'overdue-2 2013-11-25 2013-11-25T07:00:00.000Z',
      'overdue-3 2013-12-02 2013-12-02T07:00:00.000Z',
    ]);
    expect(list[0]).toEqual({
      kind: 'before',
      offsetDays: -14,
      sequence: 1,
      key: 'before-14',
      dueDate: '2013-11-01',
      dueAt: new Date('2013-11-01T07:00:00Z'),
    });
    expect(list.map((r) => [r.kind, r.offsetDays, r.sequence])).toEqual([
      ['before', -14, 1],
      ['before', -3, 2],
      ['deadline', 0, 1],
      ['overdue', 1, 1],
      ['overdue', 8, 2],
      ['overdue', 15, 3],
    ]);
  });

  it('re-plans after the extension to 2013-12-19 and drops before-reminders already past', () => {
    expect(brief(planReminders('2013-12-19', DEFAULT_REMINDER_POLICY, new Date('2013-11-14T10:00:00Z')))).toEqual([
      'before-14 2013-12-05 2013-12-05T07:00:00.000Z',
      'before-3 2013-12-16 2013-12-16T07:00:00.000Z',
      'deadline 2013-12-19 2013-12-19T07:00:00.000Z',
      'overdue-1 2013-12-20 2013-12-20T07:00:00.000Z',
      'overdue-2 2013-12-27 2013-12-27T07:00:00.000Z',
      'overdue-3 2014-01-03 2014-01-03T07:00:00.000Z',
    ]);
    const late = planReminders('2013-12-19', DEFAULT_REMINDER_POLICY, new Date('2013-12-05T07:00:00.001Z'));
    expect(late.map((r) => r.key)).toEqual(['before-3', 'deadline', 'overdue-1', 'overdue-2', 'overdue-3']);
    const onTime = planReminders('2013-12-19', DEFAULT_REMINDER_POLICY, new Date('2013-12-05T07:00:00Z'));
    expect(onTime[0].key).toBe('before-14');
  });

  it('keeps deadline and overdue reminders even when now is later', () => {
    const list = planReminders('2013-11-15', DEFAULT_REMINDER_POLICY, new Date('2013-11-20T12:00:00Z'));
    expect(list.map((r) => r.key)).toEqual(['deadline', 'overdue-1', 'overdue-2', 'overdue-3']);
  });

  it('switches to summer time for a deadline of 2014-03-31', () => {
    expect(brief(planReminders('2014-03-31', DEFAULT_REMINDER_POLICY))).toEqual([
      'before-14 2014-03-17 2014-03-17T07:00:00.000Z',
      'before-3 2014-03-28 2014-03-28T07:00:00.000Z',
      'deadline 2014-03-31 2014-03-31T06:00:00.000Z',
      'overdue-1 2014-04-01 2014-04-01T06:00:00.000Z',
      'overdue-2 2014-04-08 2014-04-08T06:00:00.000Z',
      'overdue-3 2014-04-15 2014-04-15T06:00:00.000Z',
    ]);
  });

  it('switches to winter time in the week of 2014-10-27', () => {
    expect(brief(planReminders('2014-10-27', DEFAULT_REMINDER_POLICY))).toEqual([
      'before-14 2014-10-13 2014-10-13T06:00:00.000Z',
      'before-3 2014-10-24 2014-10-24T06:00:00.000Z',
      'deadline 2014-10-27 2014-10-27T07:00:00.000Z',
      'overdue-1 2014-10-28 2014-10-28T07:00:00.000Z',
      'overdue-2 2014-11-04 2014-11-04T07:00:00.000Z',
      'overdue-3 2014-11-11 2014-11-11T07:00:00.000Z',
    ]);
  });

  it('avoids the Christmas holidays for a deadline of 2013-12-27', () => {
    const list = planReminders('2013-12-27', DEFAULT_REMINDER_POLICY);
    expect(brief(list)).toEqual([
      'before-14 2013-12-13 2013-12-13T07:00:00.000Z',
      'before-3 2013-12-23 2013-12-23T07:00:00.000Z', // 24 Dec (julafton) -> 23 Dec
      'deadline 2013-12-27 2013-12-27T07:00:00.000Z',
      'overdue-1 2013-12-30 2013-12-30T07:00:00.000Z', // Sat 28 -> Mon 30
      'overdue-2 2014-01-07 2014-01-07T07:00:00.000Z', // Sat 4 -> Tue 7 (6 Jan is a holiday)
      'overdue-3 2014-01-13 2014-01-13T07:00:00.000Z',
    ]);
    const dates = list.map((r) => r.dueDate);
    expect(dates).not.toContain('2013-12-31');
    expect(dates).not.toContain('2014-01-01');
    // an overdue notice computed for 31 Dec moves past New Year's Day
    const later = planReminders('2013-12-27', { ...DEFAULT_REMINDER_POLICY, overdueAfterDays: 4, overdueMaxCount: 1 });
    expect(later.at(-1)?.dueDate).toBe('2014-01-02');
  });

  it('moves before-reminders off Easter and Midsummer and keeps the one closest to the deadline', () => {
    const policy = { ...DEFAULT_REMINDER_POLICY, beforeDays: [1, 3, 5], onDeadlineDay: false, overdueMaxCount: 0 };
    // deadline Tue 2 April 2013: -1 Easter Monday and -3 Saturday both -> Thu 28 March; -5 Thu 28 March too
    expect(brief(planReminders('2013-04-02', policy))).toEqual(['before-1 2013-03-28 2013-03-28T07:00:00.000Z']);
    // deadline Mon 24 June 2013: -3 midsommarafton -> Thu 20 June (summer time)
    expect(brief(planReminders('2013-06-24', { ...policy, beforeDays: [3] }))).toEqual([
      'before-3 2013-06-20 2013-06-20T06:00:00.000Z',
    ]);
  });

  it('moves the deadline-day reminder of a Saturday deadline to Friday and drops a clashing before-reminder', () => {
    const list = planReminders('2014-11-15', { ...DEFAULT_REMINDER_POLICY, beforeDays: [1], overdueMaxCount: 1 });
    expect(brief(list)).toEqual([
      'deadline 2014-11-14 2014-11-14T07:00:00.000Z',
      'overdue-1 2014-11-17 2014-11-17T07:00:00.000Z',
    ]);
  });

  it('keeps the first of overdue notices that land on the same day', () => {
    const policy = { ...DEFAULT_REMINDER_POLICY, beforeDays: [], overdueRepeatDays: 1, overdueMaxCount: 3 };
    // Fri 15 Nov 2013: +1 Sat, +2 Sun, +3 Mon all on Monday 18 Nov
    expect(planReminders('2013-11-15', policy).map((r) => r.key)).toEqual(['deadline', 'overdue-1']);
  });

  it('uses the policy hour', () => {
    const list = planReminders('2013-11-15', { ...DEFAULT_REMINDER_POLICY, hour: 13 });
    expect(list[0].dueAt.toISOString()).toBe('2013-11-01T12:00:00.000Z');
  });

  it('rejects an invalid policy or date', () => {
    expect(() => planReminders('2013-11-15', { ...DEFAULT_REMINDER_POLICY, hour: 25 })).toThrow(
      'Klockslaget för påminnelser måste vara en hel timme mellan 0 och 23.',
    );
    expect(() => planReminders('2013-02-30', DEFAULT_REMINDER_POLICY)).toThrow(RangeError);
    expect(() => planReminders('2013-11-15', DEFAULT_REMINDER_POLICY, new Date('x'))).toThrow(RangeError);
  });

  it('plans the last supported deadlines cheaply and refuses dates the calendar does not cover', () => {
    const before = calendarWorkSnapshot();
    expect(planReminders('2199-11-15', DEFAULT_REMINDER_POLICY).map((r) => r.key)).toHaveLength(6);
    expect(calendarWorkSnapshot().daySteps - before.daySteps).toBeLessThanOrEqual(6 * 5);
    expect(calendarWorkSnapshot().holidayYearLookups - before.holidayYearLookups).toBeLessThanOrEqual(1);
    expect(() => planReminders('9999-12-31', DEFAULT_REMINDER_POLICY)).toThrow(RangeError);
    expect(() => planReminders('1900-01-01', DEFAULT_REMINDER_POLICY)).toThrow(RangeError);
  });
});
