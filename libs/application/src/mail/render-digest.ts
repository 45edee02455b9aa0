import { DomainError } from '@remiss/domain';
import { dailyDigestMail } from '@remiss/mailer';
import { MailJobData } from '@remiss/queue';
import { digestItems } from '../reminders/digest-items';
import { secretariatAddresses } from './mail-addresses';
import type { RenderContext, RenderedMail } from './mail-renderer';

/** The secretariat's daily digest: overdue recipients and open extension requests of the organisation's cases. */
export async function renderDailyDigest(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  if (!job.organisationId || !job.date) {
    throw new DomainError('validation', 'MAIL.MISSING_ID', 'Brevmallen daily-digest saknar organisationId eller date.');
  }
  const items = await digestItems(ctx.manager, job.organisationId, job.date, ctx.publicUrl);
  const nothing = items.overdue.length === 0 && items.requests.length === 0;
  const to = nothing ? [] : await secretariatAddresses(ctx.manager, job.organisationId);
  return { message: { to, ...dailyDigestMail({ date: job.date, ...items }) }, caseId: null, recipientId: null };
}
