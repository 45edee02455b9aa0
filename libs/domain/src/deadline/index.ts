export { deadlineInstant, isOverdue } from './deadline-instant';
export { checkDeadline } from './check-deadline';
export type { DeadlineCheck, DeadlineCheckInput, DeadlineWarning, DeadlineWarningCode } from './check-deadline';
