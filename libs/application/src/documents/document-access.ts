import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';

/**
 * SQL for "organisation $org may read document d": it owns it, or it can see the
 * case the document is attached to (directly, through a round or an answer):
 * the case's owner or a recipient in any round of that case.
 */
export function readableDocumentSql(d: string, org: string): string {
  return `(${d}.organisation_id = ${org} OR EXISTS (
    SELECT 1 FROM cases c
     WHERE c.id = COALESCE(${d}.case_id,
                           (SELECT r.case_id FROM rounds r WHERE r.id = ${d}.round_id),
                           (SELECT rc.case_id FROM answers a JOIN recipients rc ON rc.id = a.recipient_id WHERE a.id = ${d}.answer_id))
       AND (c.organisation_id = ${org}
            OR EXISTS (SELECT 1 FROM recipients x WHERE x.case_id = c.id AND x.organisation_id = ${org}))))`;
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
