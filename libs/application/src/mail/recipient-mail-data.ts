import { calendarDaysBetween, DomainError, type LocalDate } from '@remiss/domain';
import { CaseRef, RoundKind } from '@remiss/mailer';
import { EntityManager } from 'typeorm';

/** What every mail about one recipient of one round needs, read as it is now. */
export interface RecipientMailData {
  recipientId: string;
  caseId: string;
  caseRef: CaseRef;
  caseOrganisationId: string;
  organisationId: string;
  organisationName: string;
  kind: RoundKind;
  roundSubject: string;
  roundMessage: string;
  deadline: LocalDate;
  originalDeadline: LocalDate;
  answeredAt: Date | null;
}

const base = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/app`;

/** The case page of the web UI: links for the case's own organisation (KSL). */
export function caseUrl(publicUrl: string, caseId: string): string {
  return `${base(publicUrl)}/arenden/${caseId}`;
}

/** The recipient's page of the web UI (Mina remisser): links for the organisation a round was sent to. */
export function recipientUrl(publicUrl: string, recipientId: string): string {
  return `${base(publicUrl)}/mina-remisser/${recipientId}`;
}

/** A document's page in the web UI (signs in, then offers the download). */
export function documentUrl(publicUrl: string, documentId: string): string {
  return `${base(publicUrl)}/dokument/${documentId}`;
}

export async function loadRecipientMailData(manager: EntityManager, recipientId: string, publicUrl: string): Promise<RecipientMailData> {
  const rows = await manager.query(
    `SELECT rc.id, rc.case_id, rc.organisation_id, o.name AS organisation_name, rc.deadline::text AS deadline,
            rc.original_deadline::text AS original_deadline, rc.answered_at, r.kind, r.subject, r.message,
            c.title, c.registry_number, c.organisation_id AS case_organisation_id
       FROM recipients rc JOIN rounds r ON r.id = rc.round_id JOIN cases c ON c.id = rc.case_id
       JOIN organisations o ON o.id = rc.organisation_id
      WHERE rc.id = $1`,
    [recipientId],
  );
  if (rows.length === 0) throw new DomainError('not_found', 'MAIL.RECIPIENT_NOT_FOUND', `Mottagaren ${recipientId} finns inte.`);
  const r = rows[0];
  return {
    recipientId: r.id,
    caseId: r.case_id,
    caseRef: { title: r.title, registryNumber: r.registry_number, url: recipientUrl(publicUrl, r.id) },
    caseOrganisationId: r.case_organisation_id,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    kind: r.kind,
    roundSubject: r.subject,
    roundMessage: r.message,
    deadline: r.deadline,
    originalDeadline: r.original_deadline,
    answeredAt: r.answered_at,
  };
}

/**
 * The calendar entry of a recipient's deadline: one UID per recipient, and a SEQUENCE that grows
 * with every extension (deadlines only move later, so the days since the original deadline do).
 */
export function deadlineEvent(data: RecipientMailData, deadline: LocalDate, stamp: Date) {
  const what = data.kind === 'remiss' ? 'Remissvar' : 'Beslut';
  return {
    uid: `recipient-${data.recipientId}@remiss`,
    sequence: Math.max(0, calendarDaysBetween(data.originalDeadline, deadline)),
    deadline,
    summary: `${what} till KSL: ${data.caseRef.title} (${data.caseRef.registryNumber})`,
    description: `Sista dag för ${data.organisationName}s ${what.toLowerCase()}. ${data.caseRef.url}`,
    url: data.caseRef.url,
    stamp,
  };
}
