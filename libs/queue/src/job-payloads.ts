import { QueueName } from './queue-names';

/** Mail templates; each renders from the ids it is given, reading the current data. */
export type MailTemplateName =
  | 'test-mail'
  | 'remiss-sent'
  | 'recommendation-sent'
  | 'answer-received'
  | 'extension-requested'
  | 'extension-granted'
  | 'extension-denied'
  | 'reminder'
  | 'daily-digest'
  | 'decision-dispatched'
  | 'dispatch-receipt'
  | 'follow-up'
  | 'invitation'
  | 'password-reset';

export interface MailJobData {
  template: MailTemplateName;
  caseId?: string;
  roundId?: string;
  recipientId?: string;
  extensionRequestId?: string;
  reminderId?: string;
  decisionId?: string;
  /** The daily digest: the organisation whose secretariat gets it, and its Stockholm date. */
  organisationId?: string;
  date?: string;
  /** Invitation and password-reset mails: the credential token's row (the link is derived from it, never carried). */
  credentialTokenId?: string;
  /** Explicit addressees, when not derived from the ids (e.g. the test mail). */
  to?: string[];
}

/** Every job the system enqueues. Payloads carry ids, never whole objects. */
export type JobItem =
  | { queue: QueueName.Mail; name: 'send-mail'; data: MailJobData }
  | { queue: QueueName.Reminders; name: 'send-reminder'; data: { reminderId: string } }
  | { queue: QueueName.Deadlines; name: 'deadline-passed'; data: { recipientId: string; deadline: string } }
  | { queue: QueueName.Maintenance; name: 'daily-digest'; data: { organisationId: string; date: string } }
  | { queue: QueueName.Maintenance; name: 'daily-digests'; data: Record<string, never> }
  | { queue: QueueName.Maintenance; name: 'reconcile'; data: Record<string, never> }
  | { queue: QueueName.Webhooks; name: 'deliver-webhook'; data: WebhookJobData };

/** One webhook delivery; `round` is the delivery's round (a replay starts a new one, and a job of an older round does nothing). */
export interface WebhookJobData {
  deliveryId: string;
  round: number;
}

export type JobName = JobItem['name'];

/** A request to the outbox relay to remove a job that is no longer wanted (a moved reminder). */
export interface RemoveJobInstruction {
  queue: QueueName;
  name: '__remove__';
  jobId: string;
}

/** BullMQ refuses ':' in custom ids; ids here use only [A-Za-z0-9_.-]. */
export function jobId(...parts: string[]): string {
  return parts.map((p) => p.replace(/[^A-Za-z0-9_.-]/g, '-')).join('.');
}
