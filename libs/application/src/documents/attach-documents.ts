import { UUID_PATTERN, ValidationError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';

export interface AttachTarget {
  caseId?: string | null;
  roundId?: string | null;
  answerId?: string | null;
}

interface Row {
  id: string;
  organisation_id: string;
  case_id: string | null;
  round_id: string | null;
  answer_id: string | null;
}

/**
 * Attaches uploaded documents to a case, a round and/or an answer, inside the
 * caller's transaction. Only documents of the actor's organisation that are not
 * attached elsewhere qualify (attaching again to the same target is a no-op); an
 * attached document is never re-pointed. Anything else is a 400 naming `documentIds`.
 * Returns the ids in the order given, without duplicates.
 */
export async function attachDocuments(
  manager: EntityManager,
  actor: Actor,
  documentIds: readonly string[],
  target: AttachTarget,
  /** The input field the ids came from, named in a 400 (`documentId` for single-document inputs). */
  field = 'documentIds',
): Promise<string[]> {
  const ids = [...new Set(documentIds)];
  if (ids.length === 0) return [];
  const wanted = { case_id: target.caseId ?? null, round_id: target.roundId ?? null, answer_id: target.answerId ?? null };
  if (!wanted.case_id && !wanted.round_id && !wanted.answer_id) throw new Error('attachDocuments: no target given');
  const malformed = ids.find((id) => !UUID_PATTERN.test(id));
  if (malformed !== undefined) throw ValidationError.field(field, `"${malformed.slice(0, 60)}" är inget dokument-id`, 'DOCUMENT.ATTACH_INVALID');

  const rows: Row[] = await manager.query(
    `SELECT id, organisation_id, case_id, round_id, answer_id FROM documents WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
    [ids],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const refused: string[] = [];
  const toAttach: string[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    const owned = row && (actor.role === 'system' || row.organisation_id === actor.organisationId);
    if (!row || !owned) {
      refused.push(id);
      continue;
    }
    const unattached = !row.case_id && !row.round_id && !row.answer_id;
    const same = row.case_id === wanted.case_id && row.round_id === wanted.round_id && row.answer_id === wanted.answer_id;
    if (unattached) toAttach.push(id);
    else if (!same) refused.push(id);
  }
  if (refused.length > 0) {
    throw ValidationError.field(
      field,
      `dokumentet ${refused.join(', ')} finns inte i din organisation eller är redan kopplat till något annat`,
      'DOCUMENT.ATTACH_REFUSED',
    );
  }
  if (toAttach.length > 0) {
    await manager.query(
      `UPDATE documents SET case_id = $2, round_id = $3, answer_id = $4
        WHERE id = ANY($1::uuid[]) AND case_id IS NULL AND round_id IS NULL AND answer_id IS NULL`,
      [toAttach, wanted.case_id, wanted.round_id, wanted.answer_id],
    );
  }
  return ids;
}
