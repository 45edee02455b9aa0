import { DomainError, formatSwedishDateTime, type LocalDate } from '@remiss/domain';
import {
  answerReceivedMail,
  deadlineIcs,
  extensionDeniedMail,
  extensionGrantedMail,
  extensionRequestedMail,
  MailContent,
  reminderMail,
  ReminderKindView,
  remissSentMail,
} from '@remiss/mailer';
import { MailJobData } from '@remiss/queue';
import type { RenderContext, RenderedMail } from './mail-renderer';
import { recipientOrganisationAddresses, secretariatAddresses } from './mail-addresses';
import { caseUrl, deadlineEvent, loadRecipientMailData, RecipientMailData } from './recipient-mail-data';

function need(value: string | undefined, field: string, template: string): string {
  if (!value) throw new DomainError('validation', 'MAIL.MISSING_ID', `Brevmallen ${template} saknar ${field}.`);
  return value;
}

function mail(content: MailContent, to: string[], data: RecipientMailData, ics?: LocalDate, ctx?: RenderContext): RenderedMail {
  const attachments = ics && ctx ? [deadlineIcs(deadlineEvent(data, ics, ctx.now ?? new Date()))] : undefined;
  return { message: { to, ...content, attachments }, caseId: data.caseId, recipientId: data.recipientId };
}

async function toRecipient(job: MailJobData, ctx: RenderContext) {
  const data = await loadRecipientMailData(ctx.manager, need(job.recipientId, 'recipientId', job.template), ctx.publicUrl);
  return { data, to: await recipientOrganisationAddresses(ctx.manager, data.organisationId) };
}

/** 'remiss-sent' and 'recommendation-sent': the round's letter with the deadline as a calendar entry. */
export async function renderRoundSent(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const { data, to } = await toRecipient(job, ctx);
  const content = remissSentMail({ ...data, subject: data.roundSubject, message: data.roundMessage });
  return mail(content, to, data, data.deadline, ctx);
}

export async function renderAnswerReceived(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const { data, to } = await toRecipient(job, ctx);
  const receivedAt = formatSwedishDateTime(data.answeredAt ?? ctx.now ?? new Date());
  return mail(answerReceivedMail({ ...data, receivedAt }), to, data);
}

/** A reminder row: its deadline and kind decide the text ('overdue' says the deadline has passed). */
export async function renderReminder(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const id = need(job.reminderId, 'reminderId', job.template);
  const rows: Array<{ recipient_id: string; kind: string; deadline: LocalDate }> = await ctx.manager.query(
    `SELECT recipient_id, kind, deadline::text AS deadline FROM reminders WHERE id = $1`,
    [id],
  );
  if (rows.length === 0) throw new DomainError('not_found', 'MAIL.REMINDER_NOT_FOUND', `Påminnelsen ${id} finns inte.`);
  if (!['before', 'deadline', 'overdue'].includes(rows[0].kind)) {
    throw new DomainError('validation', 'MAIL.UNKNOWN_REMINDER_KIND', `Påminnelsen ${id} har en okänd sort: ${rows[0].kind}.`);
  }
  const { data, to } = await toRecipient({ ...job, recipientId: rows[0].recipient_id }, ctx);
  const content = reminderMail({ ...data, reminderKind: rows[0].kind as ReminderKindView, deadline: rows[0].deadline });
  return mail(content, to, data, rows[0].deadline, ctx);
}

interface ExtensionRow {
  recipient_id: string;
  requested_date: LocalDate;
  previous_deadline: LocalDate;
  granted_date: LocalDate | null;
  reason: string;
  comment: string | null;
}

/** 'extension-requested' (to the secretariat), 'extension-granted' (with the new .ics) and 'extension-denied'. */
export async function renderExtensionMail(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const id = need(job.extensionRequestId, 'extensionRequestId', job.template);
  const rows: ExtensionRow[] = await ctx.manager.query(
    `SELECT recipient_id, requested_date::text AS requested_date, previous_deadline::text AS previous_deadline,
            granted_date::text AS granted_date, reason, comment FROM extension_requests WHERE id = $1`,
    [id],
  );
  if (rows.length === 0) throw new DomainError('not_found', 'MAIL.EXTENSION_NOT_FOUND', `Begäran om anstånd ${id} finns inte.`);
  const x = rows[0];
  if (job.template === 'extension-requested') {
    const loaded = await loadRecipientMailData(ctx.manager, x.recipient_id, ctx.publicUrl);
    const data = { ...loaded, caseRef: { ...loaded.caseRef, url: caseUrl(ctx.publicUrl, loaded.caseId) } }; // to KSL: the case page
    const to = await secretariatAddresses(ctx.manager, data.caseOrganisationId);
    const content = extensionRequestedMail({ ...data, currentDeadline: x.previous_deadline, requestedDate: x.requested_date, reason: x.reason });
    return mail(content, to, data);
  }
  const { data, to } = await toRecipient({ ...job, recipientId: x.recipient_id }, ctx);
  if (job.template === 'extension-granted') {
    const newDeadline = x.granted_date ?? data.deadline;
    const content = extensionGrantedMail({ ...data, previousDeadline: x.previous_deadline, newDeadline, comment: x.comment });
    return mail(content, to, data, newDeadline, ctx);
  }
  const content = extensionDeniedMail({ ...data, requestedDate: x.requested_date, deadline: data.deadline, reason: x.comment ?? '' });
  return mail(content, to, data);
}
