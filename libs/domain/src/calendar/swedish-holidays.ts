import Holidays from 'date-holidays';
import { calendarWork } from './calendar-work';
import { DATE_LIMITS } from './date-window';
import { type EpochDay, epochWeekday, toEpochDay } from './epoch-day';
import { isoWeekday, type LocalDate, parseLocalDate } from './local-date';

/**
 * date-holidays types for Sweden (3.37): the red days are 'public'; Midsummer Eve,
 * Christmas Eve and New Year's Eve are 'bank'; everything else ('observance', e.g.
 * påskafton, annandag pingst; 'optional', e.g. valborgsmässoafton, trettondagsafton)
 * is a working day. Lag (1930:173) 2 § names exactly the three eves, so a 'bank'
 * day counts only if it is one of those rules (a future 'bank' addition would not
 * silently become non-working).
 */
const LAG_1930_173_EVE_RULES: ReadonlySet<string> = new Set(['friday after 06-19', '12-24', '12-31']);

interface HolidayYear {
  /** Non-working holidays by date, with their Swedish name. */
  names: ReadonlyMap<LocalDate, string>;
  /** The non-working holidays that fall on Monday-Friday, as sorted day numbers. */
  weekdayHolidays: readonly EpochDay[];
}

let holidays: Holidays | undefined;
const cache = new Map<number, HolidayYear>();

/** Throws RangeError unless the calendar covers the year (DATE_LIMITS): checked before any work. */
export function assertCalendarYear(year: number): void {
  const { calendarFirstYear: first, calendarLastYear: last } = DATE_LIMITS;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new RangeError(`Kalendern omfattar åren ${first}–${last}, inte ${year}.`);
  }
}

/** The year's non-working holidays, from date-holidays once per year (a few ms), then cached. */
export function holidayYear(year: number): HolidayYear {
  assertCalendarYear(year);
  let entry = cache.get(year);
  if (!entry) {
    holidays ??= new Holidays('SE', { languages: ['sv'] });
    calendarWork.holidayYearLookups += 1;
    const names = new Map<LocalDate, string>();
    for (const h of holidays.getHolidays(year, 'sv')) {
      const counts = h.type === 'public' || (h.type === 'bank' && LAG_1930_173_EVE_RULES.has(h.rule));
      const date = h.date.slice(0, 10);
      if (counts && !names.has(date)) names.set(date, h.name);
    }
    const weekdayHolidays = [...names.keys()]
      .map(toEpochDay)
      .filter((n) => epochWeekday(n) <= 5)
      .sort((a, b) => a - b);
    entry = { names, weekdayHolidays };
    cache.set(year, entry);
  }
  return entry;
}

/**
 * Why the date is not a working day, in Swedish ('lördag', 'söndag', 'juldagen',
 * 'midsommarafton', ...), or null for a working day. A holiday's name wins over the
 * weekday (2013-11-02 is 'alla helgons dag', not 'lördag').
 */
export function nonWorkingReason(d: LocalDate): string | null {
  const date = parseLocalDate(d);
  const holiday = holidayYear(Number(date.slice(0, 4))).names.get(date);
  if (holiday) return holiday;
  const weekday = isoWeekday(date);
  if (weekday === 6) return 'lördag';
  if (weekday === 7) return 'söndag';
  return null;
}

/** Monday-Friday and not a public holiday, Midsummer Eve, Christmas Eve or New Year's Eve. */
export function isWorkingDay(d: LocalDate): boolean {
  return nonWorkingReason(d) === null;
}
