/** Queue names. The values are stored in Redis with every job: never change them. */
export enum QueueName {
  Mail = 'remiss-mail',
  Reminders = 'remiss-reminders',
  Deadlines = 'remiss-deadlines',
  Maintenance = 'remiss-maintenance',
  Webhooks = 'remiss-webhooks',
}

export const ALL_QUEUES: QueueName[] = [QueueName.Mail, QueueName.Reminders, QueueName.Deadlines, QueueName.Maintenance, QueueName.Webhooks];
