/**
 * Work the calendar has done, for tests that count work instead of timing it:
 * holiday years fetched from date-holidays (cache misses), single days stepped
 * (nextWorkingDay/previousWorkingDay) and weekday jumps (addWorkingDays).
 */
export const calendarWork = { holidayYearLookups: 0, daySteps: 0, jumps: 0 };

/** A copy of the counters, to compare before and after a call. */
export function calendarWorkSnapshot(): Readonly<typeof calendarWork> {
  return { ...calendarWork };
}
