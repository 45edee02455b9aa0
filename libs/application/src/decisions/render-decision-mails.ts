import { DomainError, formatSwedishDate, formatSwedishDateTime } from '@remiss/domain';
import { composeMail } from '@remiss/mailer';
import { MailJobData } from '@remiss/queue';
import type { RenderContext, RenderedMail } from '../mail/mail-renderer';
import { recipientOrganisationAddresses, secretariatAddresses } from '../mail/mail-addresses';
import { caseUrl, recipientUrl } from '../mail/recipient-mail-data';
import { DECISION_COLUMNS, DecisionRow, decisionLine, OUTCOME_LABELS, toDecisionView } from './decision.types';
import { dispatchSubject } from './dispatch.use-case';

interface DispatchMailRow {
  recipient_id: string;
  case_id: string;
  organisation_id: string;
  organisation_name: string;
  case_title: string;
  case_number: string;
  case_organisation_id: string;
  case_organisation_name: string;
  decision_id: string;
  to_addresses: string[];
  sender_registry_number: string;
  receipt_registry_number: string | null;
  received_at: Date | null;
  dispatched_by_email: string | null;
}

function missing(what: string, id: string | undefined): never {
  throw new DomainError('not_found', 'MAIL.DISPATCH_NOT_FOUND', `${what} ${id ?? '(saknas)'} finns inte.`);
}

async function loadDispatch(job: MailJobData, ctx: RenderContext): Promise<DispatchMailRow> {
  const rows: DispatchMailRow[] = await ctx.manager.query(
    `SELECT x.recipient_id, x.case_id, rc.organisation_id, o.name AS organisation_name, c.title AS case_title, c.registry_number AS case_number,
            c.organisation_id AS case_organisation_id, co.name AS case_organisation_name, x.decision_id, x.to_addresses,
            x.sender_registry_number, x.receipt_registry_number, x.received_at, u.email AS dispatched_by_email
       FROM decision_dispatches x JOIN recipients rc ON rc.id = x.recipient_id JOIN organisations o ON o.id = rc.organisation_id
       JOIN cases c ON c.id = x.case_id JOIN organisations co ON co.id = c.organisation_id LEFT JOIN users u ON u.id = x.dispatched_by
      WHERE x.recipient_id = $1`,
    [job.recipientId ?? null],
  );
  return rows[0] ?? missing('Expedieringen för mottagaren', job.recipientId);
}

/** 'decision-dispatched': the final decision to the case organisation's registry, the protokollsutdrag attached. */
export async function renderDecisionDispatched(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const x = await loadDispatch(job, ctx);
  // The decision as dispatched (the job names it), even if it has been read after a later correction.
  const decisions: DecisionRow[] = await ctx.manager.query(`SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.id = $1`, [job.decisionId ?? x.decision_id]);
  if (decisions.length === 0) missing('Beslutet', job.decisionId);
  const d = toDecisionView(decisions[0]);
  const docs: Array<{ filename: string; mime_type: string; content: Buffer }> = d.documentId
    ? await ctx.manager.query(`SELECT filename, mime_type, content FROM documents WHERE id = $1`, [d.documentId])
    : [];
  const subject = dispatchSubject({ organisationName: x.organisation_name, caseTitle: x.case_title, theirNumber: x.sender_registry_number, caseOrganisationName: x.case_organisation_name, caseNumber: x.case_number });
  const content = composeMail(subject, 'Till registrator', [
    `${x.organisation_name} expedierar härmed sitt beslut i ärendet ${x.case_title} (er dnr ${x.case_number}, vår dnr ${x.sender_registry_number}).`,
    { list: [
      `Beslut: ${decisionLine(d)}`,
      `Beslutet: ${OUTCOME_LABELS[d.outcome]}. ${d.text}`,
      d.immediateJustering ? 'Paragrafen justerades omedelbart.' : `Protokollet justerades ${formatSwedishDate(d.justeringDate)}.`,
      `Anslaget om justeringen sattes upp ${formatSwedishDate(d.noticePostedDate)}; tiden för laglighetsprövning går ut ${formatSwedishDate(d.appealWindowCloses)}.`,
    ] },
    docs.length > 0 ? 'Protokollsutdraget bifogas.' : 'Protokollsutdraget saknas i utskicket.',
  ], { title: x.case_title, registryNumber: x.case_number, url: caseUrl(ctx.publicUrl, x.case_id) });
  const attachments = docs.map((doc) => ({ filename: doc.filename, content: doc.content, contentType: doc.mime_type }));
  return { message: { to: x.to_addresses, ...content, attachments }, caseId: x.case_id, recipientId: x.recipient_id };
}

/** 'dispatch-receipt': to the municipality, that the case organisation has registered its decision. */
export async function renderDispatchReceipt(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const x = await loadDispatch(job, ctx);
  const to = [...new Set([...(await recipientOrganisationAddresses(ctx.manager, x.organisation_id)), ...(x.dispatched_by_email ? [x.dispatched_by_email.toLowerCase()] : [])])].sort();
  const received = x.received_at ? formatSwedishDateTime(new Date(x.received_at)) : formatSwedishDateTime(ctx.now ?? new Date());
  const content = composeMail(`Mottagningsbevis: beslut från ${x.organisation_name} – ${x.case_title} (${x.case_number})`, 'Hej!', [
    `${x.case_organisation_name} har tagit emot och diariefört ${x.organisation_name}s beslut ${received}.`,
    { list: [`${x.case_organisation_name}s diarienummer: ${x.receipt_registry_number ?? x.case_number}`, `Ert diarienummer: ${x.sender_registry_number}`] },
    'Därmed är rekommendationen avslutad för er del.',
  ], { title: x.case_title, registryNumber: x.case_number, url: recipientUrl(ctx.publicUrl, x.recipient_id) });
  return { message: { to, ...content }, caseId: x.case_id, recipientId: x.recipient_id };
}

/** 'follow-up': the yearly follow-up of the agreement (§ 8), to the case organisation's secretariat. */
export async function renderFollowUp(job: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  const rows: Array<{ case_id: string; title: string; registry_number: string; organisation_id: string; deadline: string; parties: number }> = await ctx.manager.query(
    `SELECT c.id AS case_id, c.title, c.registry_number, c.organisation_id, m.deadline::text AS deadline,
            (SELECT count(DISTINCT d.organisation_id)::int FROM decisions d WHERE d.case_id = c.id AND d.final AND d.outcome = 'adopt'
               AND NOT EXISTS (SELECT 1 FROM decisions n WHERE n.supersedes_id = d.id)) AS parties
       FROM reminders m JOIN cases c ON c.id = m.case_id WHERE m.id = $1`,
    [job.reminderId ?? null],
  );
  if (rows.length === 0) missing('Uppföljningen', job.reminderId);
  const r = rows[0];
  const to = await secretariatAddresses(ctx.manager, r.organisation_id);
  const content = composeMail(`Årlig uppföljning: ${r.title} (${r.registry_number})`, 'Hej!', [
    `Det är dags för den årliga uppföljningen av överenskommelsen (§ 8), ${formatSwedishDate(r.deadline)}.`,
    `Överenskommelsen har ${r.parties} parter enligt partsregistret. Styrgruppen ansvarar för att uppföljningen genomförs och beslutar om årets handlingsplan (§ 6).`,
  ], { title: r.title, registryNumber: r.registry_number, url: caseUrl(ctx.publicUrl, r.case_id) });
  return { message: { to, ...content }, caseId: r.case_id, recipientId: null };
}
