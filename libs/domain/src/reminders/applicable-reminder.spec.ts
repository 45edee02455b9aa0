import fc from 'fast-check';
import { applicableReminder, DEFAULT_REMINDER_POLICY, planReminders, reminderVerdict, type DueReminderCandidate } from './index';

// A fixed seed keeps CI reproducible; change it locally to explore further.
fc.configureGlobal({ seed: 20130115 });

/** The Ekerö plan for 2013-11-15: before-14 11-01, before-3 11-12, deadline 11-15, overdue-1 11-18, -2 11-25, -3 12-02. */
const plan: DueReminderCandidate[] = planReminders('2013-11-15', DEFAULT_REMINDER_POLICY).map((p) => ({ id: p.key, kind: p.kind, key: p.key, dueAt: p.dueAt }));
const byKey = (key: string) => plan.find((p) => p.key === key)!;
const verdicts = (now: string) => Object.fromEntries(plan.map((p) => [p.key, reminderVerdict(p, plan, '2013-11-15', new Date(now))]));

describe('applicableReminder / reminderVerdict', () => {
  it('on time: each reminder applies at its own moment', () => {
    expect(applicableReminder(plan, '2013-11-15', new Date('2013-11-01T07:00:00Z'))?.key).toBe('before-14');
    expect(applicableReminder(plan, '2013-11-15', new Date('2013-11-12T07:00:01Z'))?.key).toBe('before-3');
    expect(applicableReminder(plan, '2013-11-15', new Date('2013-11-15T07:00:00Z'))?.key).toBe('deadline');
    expect(applicableReminder(plan, '2013-11-15', new Date('2013-10-01T07:00:00Z'))).toBeNull();
  });

  it('after a clock jump to four days past the deadline: only "Försenat" goes out, the rest are skipped with a reason', () => {
    const v = verdicts('2013-11-19T07:00:00Z');
    expect(v['overdue-1']).toEqual({ send: true });
    expect(v['before-14']).toEqual({ send: false, reason: 'svarsdagen 2013-11-15 har redan kommit' });
    expect(v['before-3']).toEqual({ send: false, reason: 'svarsdagen 2013-11-15 har redan kommit' });
    expect(v.deadline).toEqual({ send: false, reason: 'svarsdagen 2013-11-15 har passerat' });
  });

  it('a "14 days before" reminder found after the deadline has lost its meaning, even alone', () => {
    expect(reminderVerdict(byKey('before-14'), [byKey('before-14')], '2013-11-15', new Date('2013-11-16T09:00:00Z'))).toEqual({
      send: false,
      reason: 'svarsdagen 2013-11-15 har redan kommit',
    });
  });

  it('late but still meaningful: workers down from 11-01 to 11-08, before-14 still goes out (before-3 is not due yet)', () => {
    expect(reminderVerdict(byKey('before-14'), plan, '2013-11-15', new Date('2013-11-08T09:00:00Z'))).toEqual({ send: true });
  });

  it('two overdue notices due at once: only the later one', () => {
    const v = verdicts('2013-11-26T07:00:00Z');
    expect(v['overdue-2']).toEqual({ send: true });
    expect(v['overdue-1']).toEqual({ send: false, reason: 'ersatt av en senare påminnelse (overdue-2)' });
  });

  it('a job that fires a moment before the application clock reaches its due time still counts as due', () => {
    expect(reminderVerdict(byKey('deadline'), plan, '2013-11-15', new Date('2013-11-15T06:59:59Z'))).toEqual({ send: true });
  });

  it('whatever the time, at most one reminder of a deadline is sent, and it is the latest due one', () => {
    const start = new Date('2013-10-15T00:00:00Z').getTime();
    const end = new Date('2013-12-20T00:00:00Z').getTime();
    fc.assert(
      fc.property(fc.integer({ min: start, max: end }), (t) => {
        const now = new Date(t);
        const sent = plan.filter((p) => reminderVerdict(p, plan, '2013-11-15', now).send && p.dueAt.getTime() <= t);
        expect(sent.length).toBeLessThanOrEqual(1);
        if (sent.length === 1) expect(sent[0]).toBe(applicableReminder(plan, '2013-11-15', now));
      }),
    );
  });
});
