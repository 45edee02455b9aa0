export { DEFAULT_REMINDER_POLICY, REMINDER_POLICY_LIMITS, validateReminderPolicy } from './reminder-policy';
export type { ReminderPolicy, ReminderPolicyErrors } from './reminder-policy';
export { planReminders } from './plan-reminders';
export type { PlannedReminder, ReminderKind } from './plan-reminders';
export { applicableReminder, lapseReason, reminderVerdict } from './applicable-reminder';
export type { DueReminderCandidate, ReminderVerdict } from './applicable-reminder';
