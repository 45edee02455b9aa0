import { ValidationError } from '../errors';
import { calendarWorkSnapshot } from './calendar-work';
import { DATE_LIMITS, dateInputIssue, dateWindow, parseDateInput } from './index';

describe('DATE_LIMITS', () => {
  it('are the documented limits', () => {
    expect(DATE_LIMITS).toEqual({
      earliest: '2000-01-01',
      latest: '2099-12-31',
      deadlineYearsAhead: 5,
      eventYearsAhead: 1,
      calendarFirstYear: 1900,
      calendarLastYear: 2199,
    });
  });
});

describe('dateWindow', () => {
  it('gives deadlines today .. five years ahead and events 2000-01-01 .. one year ahead', () => {
    expect(dateWindow('deadline', '2013-01-15')).toEqual({ from: '2013-01-15', to: '2018-01-15' });
    expect(dateWindow('event', '2013-01-15')).toEqual({ from: '2000-01-01', to: '2014-01-15' });
    expect(dateWindow('deadline', '2016-02-29')).toEqual({ from: '2016-02-29', to: '2021-02-28' });
  });
});

describe('dateInputIssue', () => {
  it.each([
    ['2025-02-30', '2025-02-30 finns inte i kalendern'],
    ['2013-13-01', '2013-13-01 finns inte i kalendern'],
    ['9999-99-99', '9999-99-99 finns inte i kalendern'],
    ['2013-1-5', 'måste vara ett datum i formen ÅÅÅÅ-MM-DD'],
    [42, 'måste vara ett datum i formen ÅÅÅÅ-MM-DD'],
    ['1900-01-01', 'kan inte ligga före 2000-01-01'],
    ['9999-12-31', 'kan inte ligga efter 2099-12-31'],
  ])('rejects %p without a clock: %s', (value, reason) => {
    expect(dateInputIssue(value)?.reason).toBe(reason);
  });

  it('accepts a real date within the fixed bounds without a clock', () => {
    expect(dateInputIssue('2000-01-01')).toBeNull();
    expect(dateInputIssue('2099-12-31')).toBeNull();
    expect(dateInputIssue('2012-02-29')).toBeNull();
  });

  it('checks a deadline against today, with DEADLINE.IN_PAST for a past one', () => {
    expect(dateInputIssue('2013-01-14', 'deadline', '2013-01-15')).toEqual({
      reason: 'kan inte ligga före i dag (2013-01-15)',
      code: 'DEADLINE.IN_PAST',
    });
    expect(dateInputIssue('2013-01-15', 'deadline', '2013-01-15')).toBeNull();
    expect(dateInputIssue('2018-01-15', 'deadline', '2013-01-15')).toBeNull();
    expect(dateInputIssue('2018-01-16', 'deadline', '2013-01-15')).toEqual({
      reason: 'får ligga högst 5 år fram i tiden (senast 2018-01-15)',
      code: 'DATE.OUT_OF_RANGE',
    });
  });

  it('checks an event against the earliest day and one year ahead', () => {
    expect(dateInputIssue('2000-01-01', 'event', '2013-01-15')).toBeNull();
    expect(dateInputIssue('1999-12-31', 'event', '2013-01-15')?.reason).toBe('kan inte ligga före 2000-01-01');
    expect(dateInputIssue('2014-01-16', 'event', '2013-01-15')?.reason).toBe(
      'får ligga högst 1 år fram i tiden (senast 2014-01-15)',
    );
  });

  it('does no calendar work at all', () => {
    const before = calendarWorkSnapshot();
    for (const value of ['9999-12-31', '1900-01-01', '2013-05-02', '0000-00-00']) {
      dateInputIssue(value, 'deadline', '2013-01-15');
    }
    expect(calendarWorkSnapshot()).toEqual(before);
  });
});

describe('parseDateInput', () => {
  it('returns the date or throws a ValidationError naming the field', () => {
    expect(parseDateInput('deadline', '2013-05-02', 'deadline', '2013-01-15')).toBe('2013-05-02');
    let error: unknown;
    try {
      parseDateInput('meetingDate', '9999-12-31', 'event', '2013-01-15');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ field: 'meetingDate', reason: 'kan inte ligga efter 2099-12-31' }]);
    expect((error as ValidationError).code).toBe('DATE.OUT_OF_RANGE');
  });
});
