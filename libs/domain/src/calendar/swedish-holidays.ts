import Holidays from 'date-holidays';
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

let holidays: Holidays | undefined;
const cache = new Map<number, ReadonlyMap<LocalDate, string>>();

function nonWorkingHolidays(year: number): ReadonlyMap<LocalDate, string> {
  let days = cache.get(year);
  if (!days) {
    holidays ??= new Holidays('SE', { languages: ['sv'] });
    const map = new Map<LocalDate, string>();
    for (const h of holidays.getHolidays(year, 'sv')) {
      const counts = h.type === 'public' || (h.type === 'bank' && LAG_1930_173_EVE_RULES.has(h.rule));
      const date = h.date.slice(0, 10);
      if (counts && !map.has(date)) map.set(date, h.name);
    }
    days = map;
    cache.set(year, days);
  }
  return days;
}

/**
 * Why the date is not a working day, in Swedish ('lördag', 'söndag', 'juldagen',
 * 'midsommarafton', ...), or null for a working day. A holiday's name wins over the
 * weekday (2013-11-02 is 'alla helgons dag', not 'lördag').
 */
export function nonWorkingReason(d: LocalDate): string | null {
  const date = parseLocalDate(d);
  const holiday = nonWorkingHolidays(Number(date.slice(0, 4))).get(date);
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
