import {
  addDays,
  addMonths,
  calendarDaysBetween,
  compareLocalDates,
  isoWeekday,
  parseLocalDate,
  STOCKHOLM_TZ,
  stockholmInstant,
  todayInStockholm,
} from './index';

describe('parseLocalDate', () => {
  it('accepts valid dates, including 29 February in a leap year', () => {
    expect(parseLocalDate('2013-11-15')).toBe('2013-11-15');
    expect(parseLocalDate('2012-02-29')).toBe('2012-02-29');
  });

  it.each(['2013-02-30', '2013-02-29', '2013-13-01', '2013-00-10', '2013-04-31', '2013-1-5', '15/11/2013', '', '2013-11-15T00:00'])(
    'throws RangeError for %p',
    (s) => {
      expect(() => parseLocalDate(s)).toThrow(RangeError);
    },
  );

  it('has a Swedish message', () => {
    expect(() => parseLocalDate('2013-02-30')).toThrow('Ogiltigt datum: "2013-02-30". Ange datumet som ÅÅÅÅ-MM-DD.');
  });
});

describe('addDays / addMonths', () => {
  it('adds calendar days across month, year and DST boundaries', () => {
    expect(addDays('2013-12-27', 5)).toBe('2014-01-01');
    expect(addDays('2013-03-30', 1)).toBe('2013-03-31');
    expect(addDays('2013-03-31', 1)).toBe('2013-04-01');
    expect(addDays('2013-10-27', 1)).toBe('2013-10-28');
    expect(addDays('2013-03-01', -1)).toBe('2013-02-28');
  });

  it('clamps to the month end like date-fns', () => {
    expect(addMonths('2013-06-05', 3)).toBe('2013-09-05');
    expect(addMonths('2013-05-31', 9)).toBe('2014-02-28');
    expect(addMonths('2011-05-31', 9)).toBe('2012-02-29');
    expect(addMonths('2013-11-15', -3)).toBe('2013-08-15');
  });

  it('validates its input', () => {
    expect(() => addDays('2013-02-30', 1)).toThrow(RangeError);
  });
});

describe('comparisons', () => {
  it('compares dates and counts calendar days', () => {
    expect(compareLocalDates('2013-11-15', '2013-12-19')).toBe(-1);
    expect(compareLocalDates('2013-12-19', '2013-12-19')).toBe(0);
    expect(compareLocalDates('2014-01-01', '2013-12-31')).toBe(1);
    expect(calendarDaysBetween('2013-11-15', '2013-12-19')).toBe(34);
    expect(calendarDaysBetween('2013-03-30', '2013-04-01')).toBe(2);
    expect(calendarDaysBetween('2013-12-19', '2013-11-15')).toBe(-34);
  });

  it('gives the ISO weekday', () => {
    expect(isoWeekday('2013-11-15')).toBe(5);
    expect(isoWeekday('2013-11-17')).toBe(7);
    expect(isoWeekday('2013-11-18')).toBe(1);
  });
});

describe('todayInStockholm', () => {
  it('is the zone constant', () => {
    expect(STOCKHOLM_TZ).toBe('Europe/Stockholm');
  });

  it('uses the Stockholm date around UTC midnight (winter and summer time)', () => {
    expect(todayInStockholm(new Date('2013-12-31T22:59:59Z'))).toBe('2013-12-31');
    expect(todayInStockholm(new Date('2013-12-31T23:00:00Z'))).toBe('2014-01-01');
    expect(todayInStockholm(new Date('2013-06-20T21:59:59Z'))).toBe('2013-06-20');
    expect(todayInStockholm(new Date('2013-06-20T22:00:00Z'))).toBe('2013-06-21');
  });

  it('rejects an invalid instant', () => {
    expect(() => todayInStockholm(new Date('x'))).toThrow(RangeError);
  });
});

describe('stockholmInstant', () => {
  it('converts Stockholm wall time to UTC across DST', () => {
    expect(stockholmInstant('2013-11-15', 8).toISOString()).toBe('2013-11-15T07:00:00.000Z');
    expect(stockholmInstant('2014-03-31', 8).toISOString()).toBe('2014-03-31T06:00:00.000Z');
    expect(stockholmInstant('2013-03-31').toISOString()).toBe('2013-03-30T23:00:00.000Z');
  });
});
