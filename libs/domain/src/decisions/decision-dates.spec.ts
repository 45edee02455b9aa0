import {
  APPEAL_PERIOD_DAYS,
  appealWindowCloses,
  minutesNoticePostedDate,
  TERMINATION_NOTICE_MONTHS,
  terminationTakesEffect,
} from './index';

describe('minutesNoticePostedDate', () => {
  it('defaults to the justering date', () => {
    expect(minutesNoticePostedDate('2013-09-25')).toBe('2013-09-25');
  });

  it('uses a recorded later posting date', () => {
    expect(minutesNoticePostedDate('2013-09-25', '2013-09-27')).toBe('2013-09-27');
  });

  it('rejects a posting date before the justering, and invalid dates', () => {
    expect(() => minutesNoticePostedDate('2013-09-25', '2013-09-24')).toThrow(
      'Protokollet kan inte ha anslagits före justeringen.',
    );
    expect(() => minutesNoticePostedDate('2013-02-30')).toThrow(RangeError);
  });
});

describe('appealWindowCloses', () => {
  it('is three weeks after posting when that is a working day', () => {
    expect(APPEAL_PERIOD_DAYS).toBe(21);
    // Socialnämnden Ekerö 2013-09-25 § 130, justered and posted the same day
    expect(appealWindowCloses('2013-09-25')).toBe('2013-10-16');
  });

  it('moves a last day on a weekend to Monday', () => {
    expect(appealWindowCloses('2013-10-26')).toBe('2013-11-18'); // Sat 16 Nov -> Mon 18 Nov
  });

  it('moves a last day on holidays and eves to the next working day', () => {
    expect(appealWindowCloses('2013-12-03')).toBe('2013-12-27'); // julafton
    expect(appealWindowCloses('2013-12-10')).toBe('2014-01-02'); // nyårsafton
    expect(appealWindowCloses('2013-05-31')).toBe('2013-06-24'); // midsommarafton
    expect(appealWindowCloses('2013-03-08')).toBe('2013-04-02'); // långfredagen
  });
});

describe('terminationTakesEffect', () => {
  it('is nine months after the notice reached the other parties', () => {
    expect(TERMINATION_NOTICE_MONTHS).toBe(9);
    expect(terminationTakesEffect('2013-11-15')).toBe('2014-08-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(terminationTakesEffect('2013-05-31')).toBe('2014-02-28');
    expect(terminationTakesEffect('2015-05-31')).toBe('2016-02-29');
  });

  it('is not moved to a working day', () => {
    expect(terminationTakesEffect('2013-03-24')).toBe('2013-12-24');
  });
});
