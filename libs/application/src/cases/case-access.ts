import { ForbiddenError, isUuid, ValidationError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';

export interface CaseRow {
  id: string;
  organisation_id: string;
  registry_number: string;
  title: string;
  description: string;
  ordered_by: string;
  parent_recipient_id: string | null;
  state: string;
  snapshot: unknown;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** The event log's hash chain (log-chain.ts): the last hash and position. */
  log_head: string;
  log_seq: number;
}


/** Who may see a case: its organisation, and organisations it was sent to. */
export async function canSeeCase(manager: EntityManager, actor: Actor, row: Pick<CaseRow, 'id' | 'organisation_id'>): Promise<boolean> {
  if (actor.role === 'system' || actor.organisationId === row.organisation_id) return true;
  const rows: unknown[] = await manager.query(`SELECT 1 FROM recipients WHERE case_id = $1 AND organisation_id = $2 LIMIT 1`, [row.id, actor.organisationId]);
  return rows.length > 0;
}

/**
 * Loads a case the actor may see (read) or act on (write: the owning
 * organisation's secretariat, officers or administrators). Anything else is a
 * 404, logged.
 */
export async function loadCase(manager: EntityManager, actor: Actor, caseId: string, mode: 'read' | 'write'): Promise<CaseRow> {
  if (!isUuid(caseId)) throw ValidationError.field('id', 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
  const rows: CaseRow[] = await manager.query(`SELECT * FROM cases WHERE id = $1`, [caseId]);
  const row = rows[0];
  if (!row || !(await canSeeCase(manager, actor, row))) return denyAsNotFound(manager, actor, `${mode}-case`, 'Ärendet', caseId);
  if (mode === 'write') {
    if (actor.role !== 'system' && actor.organisationId !== row.organisation_id) throw new ForbiddenError('Bara ärendets egen organisation kan göra detta.');
    if (actor.role === 'secretary') throw new ForbiddenError('Nämndsekreterare kan inte styra remissärenden.');
  }
  return row;
}
