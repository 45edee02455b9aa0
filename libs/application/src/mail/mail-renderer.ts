import { MailJobData } from '@remiss/queue';
import { MailMessage } from '@remiss/mailer';
import { DomainError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { renderDailyDigest } from './render-digest';
import { renderAccountMail } from '../users/render-account-mails';
import { renderDecisionDispatched, renderDispatchReceipt, renderFollowUp } from '../decisions/render-decision-mails';
import { renderAnswerReceived, renderExtensionMail, renderReminder, renderRoundSent } from './render-recipient-mails';

export interface RenderedMail {
  message: MailMessage;
  caseId: string | null;
  recipientId: string | null;
}

export interface RenderContext {
  manager: EntityManager;
  publicUrl: string;
  /** The clock's now (the .ics DTSTAMP, a receipt's fallback time). */
  now?: Date;
  /** The server's secret, from which invitation and reset links are derived (JWT_SECRET). */
  secret?: string;
}

function renderTestMail(data: MailJobData, ctx: RenderContext): RenderedMail {
  const to = data.to ?? [];
  return {
    message: {
      to,
      subject: 'Testmeddelande från Remiss',
      text: `Det här är ett testmeddelande från Remiss.\n\nOm du läser det fungerar utskicket.\n\n${ctx.publicUrl}\n`,
      html: `<p>Det här är ett testmeddelande från Remiss.</p><p>Om du läser det fungerar utskicket.</p><p><a href="${ctx.publicUrl}">${ctx.publicUrl}</a></p>`,
    },
    caseId: null,
    recipientId: null,
  };
}

/** Renders a mail from the ids in its job, reading the data as it is now. */
export async function renderMail(data: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  switch (data.template) {
    case 'test-mail':
      return renderTestMail(data, ctx);
    case 'remiss-sent':
    case 'recommendation-sent':
      return renderRoundSent(data, ctx);
    case 'answer-received':
      return renderAnswerReceived(data, ctx);
    case 'reminder':
      return renderReminder(data, ctx);
    case 'extension-requested':
    case 'extension-granted':
    case 'extension-denied':
      return renderExtensionMail(data, ctx);
    case 'daily-digest':
      return renderDailyDigest(data, ctx);
    case 'decision-dispatched':
      return renderDecisionDispatched(data, ctx);
    case 'dispatch-receipt':
      return renderDispatchReceipt(data, ctx);
    case 'follow-up':
      return renderFollowUp(data, ctx);
    case 'invitation':
    case 'password-reset':
      return renderAccountMail(data, ctx);
  }
  throw new DomainError('validation', 'MAIL.UNKNOWN_TEMPLATE', `Okänd brevmall: ${String((data as MailJobData).template)}`);
}
