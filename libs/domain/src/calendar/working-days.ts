import { addDays, compareLocalDates, type LocalDate, parseLocalDate } from './local-date';
import { isWorkingDay } from './swedish-holidays';

/** The date itself if it is a working day, else the next one (lag 1930:173). */
export function nextWorkingDay(d: LocalDate): LocalDate {
  let day = parseLocalDate(d);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The date itself if it is a working day, else the closest earlier one. */
export function previousWorkingDay(d: LocalDate): LocalDate {
  let day = parseLocalDate(d);
  while (!isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/**
 * Moves n working days forward (n < 0: backward). The start day itself is never
 * counted, so addWorkingDays(friday, 1) is the following Monday. n = 0 returns d.
 */
export function addWorkingDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Antalet arbetsdagar måste vara ett heltal: ${n}.`);
  const step = n < 0 ? -1 : 1;
  let day = parseLocalDate(d);
  for (let left = Math.abs(n); left > 0; ) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`. If `to` is before `from` the
 * result is negative: minus the working days after `to` up to and including `from`.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const order = compareLocalDates(from, to);
  if (order > 0) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addDays(from, 1); compareLocalDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
