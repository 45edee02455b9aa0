import { addDays, addMonths, compareLocalDates, type LocalDate, nextWorkingDay, parseLocalDate } from '../calendar';

/** Three weeks, in days (kommunallagen: laglighetsprövning). */
export const APPEAL_PERIOD_DAYS = 21;

/** Months after the termination notice reached the other parties (§ 9 of the agreement). */
export const TERMINATION_NOTICE_MONTHS = 9;

/**
 * Date the notice that the minutes were approved was posted on the notice board
 * (anslagstavla). ASSUMPTION: the notice is posted on the day of justering (for
 * omedelbar justering: the meeting day), the common practice; the law only requires it
 * within a few days. Pass `actualPostedDate` when the registry records a later date.
 */
export function minutesNoticePostedDate(justeringDate: LocalDate, actualPostedDate?: LocalDate): LocalDate {
  parseLocalDate(justeringDate);
  if (actualPostedDate === undefined) return justeringDate;
  if (compareLocalDates(actualPostedDate, justeringDate) < 0) {
    throw new RangeError('Protokollet kan inte ha anslagits före justeringen.');
  }
  return actualPostedDate;
}

/**
 * Last day to appeal a municipal decision (laglighetsprövning): the appeal must be in
 * within three weeks from the day the notice was posted, i.e. posted + 21 days; a last
 * day on a weekend, holiday, Midsummer, Christmas or New Year's Eve moves to the next
 * working day (lag 1930:173, the limit is statutory).
 */
export function appealWindowCloses(noticePostedDate: LocalDate): LocalDate {
  return nextWorkingDay(addDays(noticePostedDate, APPEAL_PERIOD_DAYS));
}

/**
 * The day the agreement ceases to apply to a party that terminated it: nine months
 * after the notice reached the other parties (month end clamps: 31 May -> 28 February).
 * Not moved to a working day: this is an effective date, not a time limit for an act.
 */
export function terminationTakesEffect(noticeReachedDate: LocalDate): LocalDate {
  return addMonths(noticeReachedDate, TERMINATION_NOTICE_MONTHS);
}
