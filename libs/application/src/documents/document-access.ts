import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';

/**
 * SQL for "organisation $org may read document d":
 * - it is the organisation's own document, or the document belongs to a case the
 *   organisation owns (every draft, answer and decision of its own case);
 * - it was sent to the organisation: the document of a round it is a recipient of, or
 *   one the sender attached to that round;
 * - it is a received answer's attachment in a case the organisation was also sent
 *   (answers are public records once received), unless the case is an internal
 *   remiss (whose answers are working material until used in an outgoing answer);
 * - it belongs to an internal answer that was attached to an answer in a case the
 *   organisation owns.
 * Nothing else: a case's working drafts, another recipient's preparations and
 * decisions stay with their owners (TF 2:12: not public records until sent out).
 */
export function readableDocumentSql(d: string, org: string): string {
  return `(${d}.organisation_id = ${org}
    OR EXISTS (SELECT 1 FROM cases c
                WHERE c.organisation_id = ${org}
                  AND c.id = COALESCE(${d}.case_id, (SELECT r.case_id FROM rounds r WHERE r.id = ${d}.round_id)))
    OR EXISTS (SELECT 1 FROM rounds r
                 JOIN cases c ON c.id = r.case_id
                 JOIN recipients x ON x.round_id = r.id AND x.organisation_id = ${org}
                WHERE r.document_id = ${d}.id
                   OR (r.id = ${d}.round_id AND ${d}.answer_id IS NULL AND ${d}.organisation_id = c.organisation_id))
    OR (${d}.answer_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM answers a
            JOIN recipients ra ON ra.id = a.recipient_id
            JOIN cases c ON c.id = ra.case_id AND c.parent_recipient_id IS NULL
           WHERE a.id = ${d}.answer_id
             AND EXISTS (SELECT 1 FROM recipients x WHERE x.case_id = c.id AND x.organisation_id = ${org})))
    OR (${d}.answer_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM answers oa
            JOIN recipients ro ON ro.id = oa.recipient_id
            JOIN cases co ON co.id = ro.case_id AND co.organisation_id = ${org}
           WHERE ${d}.answer_id = ANY(oa.inner_answer_ids))))`;
}

/** Whether the actor may read the document (the system may read all). */
export async function canReadDocument(manager: EntityManager, actor: Actor, documentId: string): Promise<boolean> {
  if (actor.role === 'system') return true;
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM documents d WHERE d.id = $1 AND ${readableDocumentSql('d', '$2')}`,
    [documentId, actor.organisationId],
  );
  return rows.length > 0;
}
