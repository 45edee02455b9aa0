export {
  APPEAL_PERIOD_DAYS,
  TERMINATION_NOTICE_MONTHS,
  appealWindowCloses,
  minutesNoticePostedDate,
  terminationTakesEffect,
} from './decision-dates';
