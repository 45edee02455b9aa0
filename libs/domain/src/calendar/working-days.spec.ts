import { addWorkingDays, nextWorkingDay, previousWorkingDay, workingDaysBetween } from './index';

describe('nextWorkingDay / previousWorkingDay', () => {
  it('returns the same day when it is a working day', () => {
    expect(nextWorkingDay('2013-11-15')).toBe('2013-11-15');
    expect(previousWorkingDay('2013-11-15')).toBe('2013-11-15');
  });

  it('skips weekends and holidays', () => {
    expect(nextWorkingDay('2014-11-15')).toBe('2014-11-17');
    expect(previousWorkingDay('2014-11-16')).toBe('2014-11-14');
    expect(nextWorkingDay('2013-03-29')).toBe('2013-04-02'); // Good Friday .. Easter Monday
    expect(previousWorkingDay('2013-04-01')).toBe('2013-03-28');
    expect(nextWorkingDay('2013-06-21')).toBe('2013-06-24'); // Midsummer
    expect(nextWorkingDay('2013-12-24')).toBe('2013-12-27');
    expect(nextWorkingDay('2013-12-31')).toBe('2014-01-02');
    expect(previousWorkingDay('2014-01-01')).toBe('2013-12-30');
    expect(nextWorkingDay('2013-11-02')).toBe('2013-11-04');
  });
});

describe('addWorkingDays', () => {
  it('does not count the start day', () => {
    expect(addWorkingDays('2013-11-15', 0)).toBe('2013-11-15');
    expect(addWorkingDays('2013-11-15', 1)).toBe('2013-11-18');
    expect(addWorkingDays('2013-11-16', 1)).toBe('2013-11-18');
    expect(addWorkingDays('2013-11-18', -1)).toBe('2013-11-15');
  });

  it('skips the Christmas and Easter holidays', () => {
    expect(addWorkingDays('2013-12-23', 1)).toBe('2013-12-27');
    expect(addWorkingDays('2013-12-23', 3)).toBe('2014-01-02');
    expect(addWorkingDays('2013-12-23', 5)).toBe('2014-01-07'); // 6 January is a holiday
    expect(addWorkingDays('2013-03-28', 1)).toBe('2013-04-02');
    expect(addWorkingDays('2013-04-02', -1)).toBe('2013-03-28');
  });

  it('rejects a non-integer count', () => {
    expect(() => addWorkingDays('2013-11-15', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after from, up to and including to', () => {
    expect(workingDaysBetween('2013-11-15', '2013-11-15')).toBe(0);
    expect(workingDaysBetween('2013-11-15', '2013-11-18')).toBe(1);
    expect(workingDaysBetween('2013-11-11', '2013-11-15')).toBe(4);
    expect(workingDaysBetween('2013-12-20', '2014-01-07')).toBe(6); // 23, 27, 30 Dec; 2, 3, 7 Jan
  });

  it('counts the Ekerö extension period', () => {
    // 15 Nov 2013 -> 19 Dec 2013: five weeks minus one day, no holidays
    expect(workingDaysBetween('2013-11-15', '2013-12-19')).toBe(24);
  });

  it('is negative when to is before from', () => {
    expect(workingDaysBetween('2013-11-18', '2013-11-15')).toBe(-1);
    expect(workingDaysBetween('2014-01-07', '2013-12-20')).toBe(-6);
  });
});
