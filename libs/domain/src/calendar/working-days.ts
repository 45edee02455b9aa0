import { addWeekdays, type EpochDay, firstEpochDayOfYear, fromEpochDay, toEpochDay, weekdaysIn, yearOfEpochDay } from './epoch-day';
import { type LocalDate } from './local-date';
import { calendarWork } from './calendar-work';
import { assertCalendarYear, holidayYear } from './swedish-holidays';

/*
 * Working days = Monday-Friday days minus the non-working holidays that fall on them.
 * Weekdays are counted arithmetically (whole weeks); holidays per year from the holiday
 * library (cached). So the work is bounded by the years a range spans, never by its days,
 * and the calendar's fixed range of years (DATE_LIMITS) bounds those.
 */

/** Index of the first element >= x in a sorted array. */
function lowerBound(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Non-working holidays on Monday-Friday in the half-open range [from, to). */
function weekdayHolidaysIn(from: EpochDay, to: EpochDay): number {
  if (to <= from) return 0;
  const [first, last] = [yearOfEpochDay(from), yearOfEpochDay(to - 1)];
  assertCalendarYear(first);
  assertCalendarYear(last);
  let count = 0;
  for (let year = first; year <= last; year++) {
    const days = holidayYear(year).weekdayHolidays;
    const lo = firstEpochDayOfYear(year) >= from ? 0 : lowerBound(days, from);
    const hi = firstEpochDayOfYear(year + 1) <= to ? days.length : lowerBound(days, to);
    count += hi - lo;
  }
  return count;
}

function workingDaysIn(from: EpochDay, to: EpochDay): number {
  return weekdaysIn(from, to) - weekdayHolidaysIn(from, to);
}

function isWorking(n: EpochDay): boolean {
  return workingDaysIn(n, n + 1) === 1;
}

/**
 * Moves to the closest working day in the direction (the day itself if it is one). Sweden has at
 * most five non-working days in a row (24 December on a Wednesday to the Sunday after), so this
 * is a few steps; the guard only makes the bound explicit.
 */
function closestWorkingDay(d: LocalDate, step: 1 | -1): LocalDate {
  let day = toEpochDay(d);
  for (let steps = 0; !isWorking(day); steps++) {
    if (steps > 14) throw new RangeError(`Ingen arbetsdag nära ${d}.`);
    calendarWork.daySteps += 1;
    day += step;
  }
  return fromEpochDay(day);
}

/** The date itself if it is a working day, else the next one (lag 1930:173). */
export function nextWorkingDay(d: LocalDate): LocalDate {
  return closestWorkingDay(d, 1);
}

/** The date itself if it is a working day, else the closest earlier one. */
export function previousWorkingDay(d: LocalDate): LocalDate {
  return closestWorkingDay(d, -1);
}

/**
 * Moves n working days forward (n < 0: backward). The start day itself is never
 * counted, so addWorkingDays(friday, 1) is the following Monday. n = 0 returns d.
 *
 * Jumps `left` weekdays at once, then as many more as there were holidays among them, until a
 * jump meets no holiday: the last day reached is then a working day and the n-th one.
 */
export function addWorkingDays(d: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Antalet arbetsdagar måste vara ett heltal: ${n}.`);
  let day = toEpochDay(d);
  const sign = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0; ) {
    calendarWork.jumps += 1;
    const next = addWeekdays(day, sign * left);
    left = sign > 0 ? weekdayHolidaysIn(day + 1, next + 1) : weekdayHolidaysIn(next, day);
    day = next;
  }
  return fromEpochDay(day);
}

/**
 * Working days after `from` up to and including `to`. If `to` is before `from` the
 * result is negative: minus the working days after `to` up to and including `from`.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const [a, b] = [toEpochDay(from), toEpochDay(to)];
  return a <= b ? workingDaysIn(a + 1, b + 1) : -workingDaysIn(b + 1, a + 1) || 0;
}
