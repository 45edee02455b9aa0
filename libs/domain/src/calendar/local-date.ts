import { TZDate } from '@date-fns/tz';
import { addDays as fnsAddDays, addMonths as fnsAddMonths, differenceInCalendarDays, format } from 'date-fns';

/** The only time zone the domain knows: deadlines are Swedish calendar dates. */
export const STOCKHOLM_TZ = 'Europe/Stockholm';

/** A calendar date 'YYYY-MM-DD' (no time, no zone). Always validate with `parseLocalDate`. */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Validates a calendar date string; throws RangeError for malformed or impossible dates ('2013-02-30'). */
export function parseLocalDate(s: string): LocalDate {
  const match = typeof s === 'string' ? LOCAL_DATE_PATTERN.exec(s) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= lastDay) return s;
  }
  throw new RangeError(`Ogiltigt datum: "${String(s)}". Ange datumet som ÅÅÅÅ-MM-DD.`);
}

/** Midnight of the date in Stockholm (always exists: Swedish DST switches at 02:00/03:00). */
export function toStockholmMidnight(d: LocalDate): TZDate {
  const [year, month, day] = parseLocalDate(d).split('-').map(Number);
  return new TZDate(year, month - 1, day, STOCKHOLM_TZ);
}

function fromZoned(date: TZDate): LocalDate {
  return format(date, 'yyyy-MM-dd');
}

/** Adds (or with a negative n subtracts) calendar days. */
export function addDays(d: LocalDate, n: number): LocalDate {
  return fromZoned(fnsAddDays(toStockholmMidnight(d), n));
}

/** Adds calendar months; a day missing in the target month clamps to its last day (like date-fns). */
export function addMonths(d: LocalDate, n: number): LocalDate {
  return fromZoned(fnsAddMonths(toStockholmMidnight(d), n));
}

/** Negative if a is before b, 0 if equal, positive if after. */
export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  const [x, y] = [parseLocalDate(a), parseLocalDate(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Calendar days from `from` to `to` (negative if `to` is earlier). */
export function calendarDaysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(toStockholmMidnight(to), toStockholmMidnight(from));
}

/** ISO weekday of the date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: LocalDate): number {
  const [year, month, day] = parseLocalDate(d).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** The calendar date in Stockholm at the given instant. */
export function todayInStockholm(now: Date): LocalDate {
  if (Number.isNaN(now.getTime())) throw new RangeError('Ogiltig tidpunkt.');
  return fromZoned(new TZDate(now.getTime(), STOCKHOLM_TZ));
}

/** The instant at hour:minute Stockholm time on the given date, as a plain (UTC) Date. */
export function stockholmInstant(d: LocalDate, hour = 0, minute = 0): Date {
  const [year, month, day] = parseLocalDate(d).split('-').map(Number);
  return new Date(new TZDate(year, month - 1, day, hour, minute, STOCKHOLM_TZ).getTime());
}
