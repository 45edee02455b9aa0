import { type LocalDate, parseLocalDate } from './local-date';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01), so that stepping, weekdays and
 * differences are integer arithmetic: no time zone is involved in a calendar date.
 */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;
/** 1969-12-29, a Monday: the origin for counting weekdays. */
const MONDAY: EpochDay = -3;

export function toEpochDay(d: LocalDate): EpochDay {
  const [year, month, day] = parseLocalDate(d).split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year); // Date.UTC reads years 0-99 as 1900-1999
  return date.getTime() / MS_PER_DAY;
}

export function fromEpochDay(n: EpochDay): LocalDate {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function yearOfEpochDay(n: EpochDay): number {
  return new Date(n * MS_PER_DAY).getUTCFullYear();
}

export function firstEpochDayOfYear(year: number): EpochDay {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(year);
  return date.getTime() / MS_PER_DAY;
}

/** 1 = Monday ... 7 = Sunday. */
export function epochWeekday(n: EpochDay): number {
  return mod(n - MONDAY, 7) + 1;
}

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Monday-Friday days in [MONDAY, n): a step function that grows by 5 a week. */
function weekdaysBefore(n: EpochDay): number {
  const d = n - MONDAY;
  return 5 * Math.floor(d / 7) + Math.min(mod(d, 7), 5);
}

/** Monday-Friday days in the half-open range [from, to) (0 if to <= from). */
export function weekdaysIn(from: EpochDay, to: EpochDay): number {
  return to <= from ? 0 : weekdaysBefore(to) - weekdaysBefore(from);
}

/** The c-th Monday-Friday day counted from MONDAY (c = 1 is MONDAY itself). */
function nthWeekday(c: number): EpochDay {
  return MONDAY + 7 * Math.floor((c - 1) / 5) + mod(c - 1, 5);
}

/** The k-th Monday-Friday day after `from` (k > 0) or the |k|-th before it (k < 0); `from` itself never counts. */
export function addWeekdays(from: EpochDay, k: number): EpochDay {
  if (k === 0) return from;
  return k > 0 ? nthWeekday(weekdaysBefore(from + 1) + k) : nthWeekday(weekdaysBefore(from) + k + 1);
}
