import { JobItem, jobId, QueueName } from '@remiss/queue';

/** The reminders row kind that stands for a recipient's deadline-passed job. */
export const DEADLINE_PASSED_KIND = 'deadline-passed';

export interface ReminderJobSpec {
  queue: QueueName;
  jobId(reminderId: string): string;
  job(row: { id: string; recipientId: string; deadline: string }): JobItem;
}

const SEND_REMINDER: ReminderJobSpec = {
  queue: QueueName.Reminders,
  jobId: (id) => jobId('reminder', id),
  job: (row) => ({ queue: QueueName.Reminders, name: 'send-reminder', data: { reminderId: row.id } }),
};

const DEADLINE_PASSED: ReminderJobSpec = {
  queue: QueueName.Deadlines,
  jobId: (id) => jobId('deadline', id),
  job: (row) => ({ queue: QueueName.Deadlines, name: 'deadline-passed', data: { recipientId: row.recipientId, deadline: row.deadline } }),
};

/**
 * How a reminders row is delivered: 'deadline-passed' rows by the Deadlines queue, every
 * other kind ('before', 'deadline', 'overdue') by the Reminders queue. The job id is derived
 * from the row id, so a moved deadline (new rows) always gets new jobs.
 */
export function reminderJob(kind: string): ReminderJobSpec {
  return kind === DEADLINE_PASSED_KIND ? DEADLINE_PASSED : SEND_REMINDER;
}
