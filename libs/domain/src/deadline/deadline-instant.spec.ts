import { deadlineInstant, isOverdue } from './index';

describe('deadlineInstant', () => {
  it('is the last millisecond of the Stockholm day in winter (UTC+1)', () => {
    expect(deadlineInstant('2013-11-15').toISOString()).toBe('2013-11-15T22:59:59.999Z');
    expect(deadlineInstant('2013-12-31').toISOString()).toBe('2013-12-31T22:59:59.999Z');
  });

  it('is the last millisecond of the Stockholm day in summer (UTC+2)', () => {
    expect(deadlineInstant('2013-06-21').toISOString()).toBe('2013-06-21T21:59:59.999Z');
  });

  it('handles the DST switch days', () => {
    // 31 March 2013: clocks go forward at 02:00, the day ends in summer time
    expect(deadlineInstant('2013-03-31').toISOString()).toBe('2013-03-31T21:59:59.999Z');
    expect(deadlineInstant('2013-03-30').toISOString()).toBe('2013-03-30T22:59:59.999Z');
    // 27 October 2013: clocks go back at 03:00, the day ends in winter time
    expect(deadlineInstant('2013-10-27').toISOString()).toBe('2013-10-27T22:59:59.999Z');
    expect(deadlineInstant('2013-10-26').toISOString()).toBe('2013-10-26T21:59:59.999Z');
  });

  it('rejects invalid dates', () => {
    expect(() => deadlineInstant('2013-02-30')).toThrow(RangeError);
  });
});

describe('isOverdue', () => {
  it('is not overdue until the Stockholm day has ended', () => {
    expect(isOverdue('2013-11-15', new Date('2013-11-15T22:59:59.999Z'))).toBe(false);
    expect(isOverdue('2013-11-15', new Date('2013-11-15T23:00:00.000Z'))).toBe(true);
    expect(isOverdue('2013-10-27', new Date('2013-10-27T22:30:00Z'))).toBe(false);
    expect(isOverdue('2013-03-31', new Date('2013-03-31T22:30:00Z'))).toBe(true);
  });

  it('does not move a deadline that falls on a non-working day', () => {
    expect(isOverdue('2014-11-15', new Date('2014-11-16T10:00:00Z'))).toBe(true);
  });

  it('rejects an invalid instant', () => {
    expect(() => isOverdue('2013-11-15', new Date('x'))).toThrow(RangeError);
  });
});
