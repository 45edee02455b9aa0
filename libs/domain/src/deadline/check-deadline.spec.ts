import { calendarWorkSnapshot } from '../calendar/calendar-work';
import { checkDeadline } from './index';

describe('checkDeadline', () => {
  it('accepts a working-day deadline more than three months away', () => {
    expect(checkDeadline({ deadline: '2013-09-16', today: '2013-06-05' })).toEqual({
      deadline: '2013-09-16',
      isWorkingDay: true,
      nonWorkingReason: null,
      suggestedDeadline: '2013-09-16',
      workingDays: 71,
      calendarDays: 103,
      inPast: false,
      warnings: [],
    });
  });

  it('warns about a Saturday and suggests the Monday', () => {
    const result = checkDeadline({ deadline: '2014-11-15', today: '2014-06-02' });
    expect(result.isWorkingDay).toBe(false);
    expect(result.nonWorkingReason).toBe('lördag');
    expect(result.suggestedDeadline).toBe('2014-11-17');
    expect(result.warnings).toEqual([
      {
        code: 'DEADLINE.NON_WORKING_DAY',
        message: 'Den 15 november 2014 är en lördag. Närmaste vardag är måndag 17 november 2014.',
        suggestedDeadline: '2014-11-17',
      },
    ]);
  });

  it('names the holiday and skips the whole Christmas period', () => {
    const result = checkDeadline({ deadline: '2013-12-24', today: '2013-09-02' });
    expect(result.nonWorkingReason).toBe('julafton');
    expect(result.suggestedDeadline).toBe('2013-12-27');
    expect(result.warnings[0].message).toBe(
      'Den 24 december 2013 är julafton. Närmaste vardag är fredag 27 december 2013.',
    );
  });

  it('treats Midsummer Eve as non-working', () => {
    const result = checkDeadline({ deadline: '2013-06-21', today: '2013-03-01' });
    expect(result.suggestedDeadline).toBe('2013-06-24');
    expect(result.warnings.map((w) => w.code)).toEqual(['DEADLINE.NON_WORKING_DAY']);
  });

  it('gives the date a warning suggests as data beside the sentence (a past date has none)', () => {
    expect(checkDeadline({ deadline: '2013-12-24', today: '2013-09-02' }).warnings[0]).toMatchObject({ code: 'DEADLINE.NON_WORKING_DAY', suggestedDeadline: '2013-12-27' });
    // the minimum falls on Saturday 2013-11-30: the suggestion is the Monday after it
    expect(checkDeadline({ deadline: '2013-09-10', today: '2013-08-30' }).warnings[0]).toMatchObject({ code: 'DEADLINE.SHORTER_THAN_MINIMUM', suggestedDeadline: '2013-12-02' });
    expect(checkDeadline({ deadline: '2013-08-01', today: '2013-08-30' }).warnings[0]).toMatchObject({ code: 'DEADLINE.IN_PAST', suggestedDeadline: null });
  });

  it('warns when the remiss time is shorter than three months (Ekerö: 5 Jun -> 15 Nov is fine, 2 Sep is not)', () => {
    expect(checkDeadline({ deadline: '2013-11-15', today: '2013-06-05' }).warnings).toEqual([]);
    const result = checkDeadline({ deadline: '2013-11-15', today: '2013-09-02' });
    expect(result.workingDays).toBe(54);
    expect(result.calendarDays).toBe(74);
    expect(result.warnings).toEqual([
      {
        code: 'DEADLINE.SHORTER_THAN_MINIMUM',
        message:
          'Remisstiden är kortare än tre månader (74 dagar). Remissinstanserna bör normalt få minst tre månader ' +
          'på sig att svara, det vill säga svarsdatum 2 december 2013 eller senare.',
        suggestedDeadline: '2013-12-02',
      },
    ]);
  });

  it('accepts exactly the minimum and honours a custom minimum', () => {
    expect(checkDeadline({ deadline: '2013-12-02', today: '2013-09-02' }).warnings).toEqual([]);
    expect(checkDeadline({ deadline: '2013-11-15', today: '2013-09-02', minMonths: 2 }).warnings).toEqual([]);
    expect(checkDeadline({ deadline: '2013-09-03', today: '2013-09-02', minMonths: 0 }).warnings).toEqual([]);
    expect(checkDeadline({ deadline: '2013-09-03', today: '2013-09-02', minMonths: 1 }).warnings[0].message).toBe(
      'Remisstiden är kortare än en månad (1 dag). Remissinstanserna bör normalt få minst en månad ' +
        'på sig att svara, det vill säga svarsdatum 2 oktober 2013 eller senare.',
    );
  });

  it('flags a past deadline (without the minimum warning) and counts negatively', () => {
    const result = checkDeadline({ deadline: '2013-11-15', today: '2013-11-18' });
    expect(result.inPast).toBe(true);
    expect(result.workingDays).toBe(-1);
    expect(result.calendarDays).toBe(-3);
    expect(result.warnings).toEqual([
      { code: 'DEADLINE.IN_PAST', message: 'Svarsdatumet 15 november 2013 har redan passerat.', suggestedDeadline: null },
    ]);
  });

  it('does not treat today as past', () => {
    const result = checkDeadline({ deadline: '2013-11-15', today: '2013-11-15', minMonths: 0 });
    expect(result.inPast).toBe(false);
    expect(result.workingDays).toBe(0);
    expect(result.warnings).toEqual([]);
  });

  it('rejects invalid input', () => {
    expect(() => checkDeadline({ deadline: '2013-02-30', today: '2013-01-01' })).toThrow(RangeError);
    expect(() => checkDeadline({ deadline: '2013-12-02', today: '2013-09-02', minMonths: -1 })).toThrow(RangeError);
  });

  it('answers a five-year deadline with a few holiday-year lookups, and refuses 9999-12-31 before any', () => {
    const before = calendarWorkSnapshot();
    expect(checkDeadline({ deadline: '2030-06-03', today: '2025-06-03' }).workingDays).toBe(1255);
    const work = calendarWorkSnapshot();
    expect(work.holidayYearLookups - before.holidayYearLookups).toBeLessThanOrEqual(6);
    expect(work.daySteps - before.daySteps).toBe(0);
    expect(() => checkDeadline({ deadline: '9999-12-31', today: '2025-06-03' })).toThrow(RangeError);
    expect(() => checkDeadline({ deadline: '1850-01-01', today: '2025-06-03' })).toThrow(RangeError);
    expect(calendarWorkSnapshot().holidayYearLookups).toBe(work.holidayYearLookups);
  });
});
