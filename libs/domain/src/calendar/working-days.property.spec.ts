import fc from 'fast-check';
import { calendarWork, calendarWorkSnapshot } from './calendar-work';
import { addWorkingDays, isWorkingDay, nextWorkingDay, previousWorkingDay, workingDaysBetween } from './index';
import { addDays, type LocalDate } from './local-date';

// A fixed seed keeps CI reproducible; raise numRuns or change the seed locally to explore further.
fc.configureGlobal({ seed: 20130115, numRuns: 300 });

/** One calendar day on, with plain UTC dates (independent of the code under test). */
function step(d: LocalDate, by: 1 | -1): LocalDate {
  return new Date(Date.parse(`${d}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}

/* The day-by-day reference the arithmetic replaced: obviously right, and slow. */
function naiveBetween(from: LocalDate, to: LocalDate): number {
  // `|| 0`: no negative zero for an empty range (toBe tells 0 and -0 apart).
  if (from > to) return -naiveBetween(to, from) || 0;
  let count = 0;
  for (let day = step(from, 1); day <= to; day = step(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}

function naiveAdd(d: LocalDate, n: number): LocalDate {
  const by = n < 0 ? -1 : 1;
  let day = d;
  for (let left = Math.abs(n); left > 0; ) {
    day = step(day, by);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

function naiveNext(d: LocalDate, by: 1 | -1): LocalDate {
  let day = d;
  while (!isWorkingDay(day)) day = step(day, by);
  return day;
}

/** Dates 2003-2030, the years the integration tests and real use touch (annandag pingst ended 2005). */
const date = fc.integer({ min: 0, max: 28 * 366 }).map((n) => addDays('2003-01-01', n)).filter((d) => d < '2031-01-01');

describe('working-day arithmetic agrees with counting day by day', () => {
  it('workingDaysBetween, for ranges of up to three years in either direction', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -3 * 366, max: 3 * 366 }), (from, span) => {
        const to = addDays(from, span);
        expect(workingDaysBetween(from, to)).toBe(naiveBetween(from, to));
      }),
      { numRuns: 150 },
    );
  });

  it('addWorkingDays, up to three years of working days in either direction', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -750, max: 750 }), (d, n) => {
        const result = addWorkingDays(d, n);
        expect(result).toBe(naiveAdd(d, n));
        if (n >= 0) expect(workingDaysBetween(d, result)).toBe(n);
      }),
      { numRuns: 150 },
    );
  });

  it('nextWorkingDay and previousWorkingDay', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(nextWorkingDay(d)).toBe(naiveNext(d, 1));
        expect(previousWorkingDay(d)).toBe(naiveNext(d, -1));
      }),
      { numRuns: 300 },
    );
  });

  it('around the holiday clusters of every year (Easter, May, Midsummer, Christmas, New Year)', () => {
    for (let year = 2004; year <= 2030; year++) {
      for (const start of [`${year}-03-18`, `${year}-04-26`, `${year}-06-15`, `${year}-12-20`]) {
        for (let n = -6; n <= 12; n++) expect(addWorkingDays(start, n)).toBe(naiveAdd(start, n));
        expect(workingDaysBetween(start, addDays(start, 20))).toBe(naiveBetween(start, addDays(start, 20)));
      }
    }
  });
});

describe('the work is bounded by years, not days', () => {
  const delta = (before: Readonly<typeof calendarWork>) => {
    const now = calendarWorkSnapshot();
    return {
      holidayYearLookups: now.holidayYearLookups - before.holidayYearLookups,
      daySteps: now.daySteps - before.daySteps,
      jumps: now.jumps - before.jumps,
    };
  };

  it('asks the holiday library once per year and never again', () => {
    const before = calendarWorkSnapshot();
    expect(workingDaysBetween('2150-01-01', '2159-12-31')).toBe(naiveBetween('2150-01-01', '2159-12-31'));
    expect(delta(before).holidayYearLookups).toBe(10);
    const again = calendarWorkSnapshot();
    expect(workingDaysBetween('2159-12-31', '2150-03-03')).toBe(-naiveBetween('2150-03-03', '2159-12-31'));
    expect(delta(again).holidayYearLookups).toBe(0);
  });

  it('adds thousands of working days in a handful of jumps', () => {
    const before = calendarWorkSnapshot();
    const result = addWorkingDays('2160-01-01', 2500);
    expect(workingDaysBetween('2160-01-01', result)).toBe(2500);
    const work = delta(before);
    expect(work.jumps).toBeLessThanOrEqual(6);
    expect(work.daySteps).toBe(0);
    expect(work.holidayYearLookups).toBeLessThanOrEqual(11);
  });

  it('steps at most five days (24 December on a Wednesday) to the next or previous working day', () => {
    let most = 0;
    for (let d = '2004-01-01'; d < '2016-01-01'; d = addDays(d, 1)) {
      const before = calendarWork.daySteps;
      nextWorkingDay(d);
      most = Math.max(most, calendarWork.daySteps - before);
      const back = calendarWork.daySteps;
      previousWorkingDay(d);
      most = Math.max(most, calendarWork.daySteps - back);
    }
    expect(most).toBeLessThanOrEqual(5);
  });

  it('refuses a date outside the calendar before doing any work (9999-12-31 vs today)', () => {
    const before = calendarWorkSnapshot();
    expect(() => workingDaysBetween('2026-01-15', '9999-12-31')).toThrow('Kalendern omfattar åren 1900–2199, inte 9999.');
    expect(() => workingDaysBetween('0001-01-01', '2026-01-15')).toThrow(RangeError);
    expect(() => nextWorkingDay('9999-12-31')).toThrow(RangeError);
    expect(() => addWorkingDays('2199-12-20', 30)).toThrow(RangeError);
    expect(delta(before)).toEqual({ holidayYearLookups: expect.any(Number), daySteps: 0, jumps: 1 });
    expect(delta(before).holidayYearLookups).toBeLessThanOrEqual(1);
  });
});
