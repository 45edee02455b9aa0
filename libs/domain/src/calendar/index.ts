export type { LocalDate } from './local-date';
export {
  STOCKHOLM_TZ,
  parseLocalDate,
  addDays,
  addMonths,
  compareLocalDates,
  calendarDaysBetween,
  isoWeekday,
  todayInStockholm,
  stockholmInstant,
} from './local-date';
export { isWorkingDay, nonWorkingReason } from './swedish-holidays';
export { nextWorkingDay, previousWorkingDay, addWorkingDays, workingDaysBetween } from './working-days';
export { DATE_LIMITS, dateWindow, dateInputIssue, parseDateInput } from './date-window';
export { calendarWorkSnapshot } from './calendar-work';
export type { DateInputKind, DateInputIssue } from './date-window';
