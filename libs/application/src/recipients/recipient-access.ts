import { ForbiddenError, Role, isUuid, ValidationError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';
import { prepared } from '../process/prepared-query';
import type { MachineRow } from '../process/transition';

export interface RecipientRow {
  id: string;
  round_id: string;
  case_id: string;
  organisation_id: string;
  state: string;
  version: number;
  deadline: string;
  original_deadline: string;
  round_kind: 'remiss' | 'recommendation';
  round_closed_at: Date | null;
  case_organisation_id: string;
  case_title: string;
  case_registry_number: string;
  organisation_name: string;
}

/**
 * Loads a recipient for one side of the exchange: 'recipient' (the organisation
 * that received it) or 'sender' (the case's organisation). Others get a logged 404.
 */
export async function loadRecipient(manager: EntityManager, actor: Actor, recipientId: string, side: 'recipient' | 'sender' | 'either', roles?: Role[]): Promise<RecipientRow> {
  if (!isUuid(recipientId)) throw ValidationError.field('id', 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
  const rows: RecipientRow[] = await manager.query(`${RECIPIENT_SQL} WHERE r.id = $1`, [recipientId]);
  return allowedOrDenied(manager, actor, rows[0], recipientId, side, roles);
}

export const RECIPIENT_COLUMNS = `r.id, r.round_id, r.case_id, r.organisation_id, r.state, r.version, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
            to_char(r.original_deadline, 'YYYY-MM-DD') AS original_deadline, ro.kind AS round_kind, ro.closed_at AS round_closed_at,
            c.organisation_id AS case_organisation_id, c.title AS case_title, c.registry_number AS case_registry_number, o.name AS organisation_name`;
const RECIPIENT_SQL = `SELECT ${RECIPIENT_COLUMNS}
       FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.organisation_id`;

/** A recipient loaded for a command: locked (FOR UPDATE), with what transition() needs and the latest answer. */
export interface LockedRecipientRow extends RecipientRow, MachineRow {
  latest_answer_id: string | null;
  latest_answer_version: number | null;
}

/**
 * loadRecipient for a command, in one statement: the recipient row locked for the rest of the transaction,
 * with its machine snapshot (pass it to transition() as `loaded`) and its latest answer version.
 */
export async function loadRecipientForCommand(manager: EntityManager, actor: Actor, recipientId: string, side: 'recipient' | 'sender' | 'either', roles?: Role[]): Promise<LockedRecipientRow> {
  if (!isUuid(recipientId)) throw ValidationError.field('id', 'måste vara ett UUID', 'VALIDATION.INVALID_ID');
  const rows: LockedRecipientRow[] = await prepared(
    manager,
    'recipient-command-load',
    `SELECT ${RECIPIENT_COLUMNS}, r.snapshot, r.machine_version, la.id AS latest_answer_id, la.version AS latest_answer_version
       FROM recipients r JOIN rounds ro ON ro.id = r.round_id JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.organisation_id
       LEFT JOIN LATERAL (SELECT a.id, a.version FROM answers a WHERE a.recipient_id = r.id ORDER BY a.version DESC LIMIT 1) la ON true
      WHERE r.id = $1 FOR UPDATE OF r`,
    [recipientId],
  );
  return allowedOrDenied(manager, actor, rows[0], recipientId, side, roles);
}

/** The access rule of loadRecipient for a row loaded by another query (a 404 that is logged, or a 403 for the role). */
export async function allowedOrDenied<T extends RecipientRow>(manager: EntityManager, actor: Actor, row: T | undefined, recipientId: string, side: 'recipient' | 'sender' | 'either', roles?: Role[]): Promise<T> {
  const isRecipient = row && actor.organisationId === row.organisation_id;
  const isSender = row && actor.organisationId === row.case_organisation_id;
  const allowed = actor.role === 'system' || (side === 'recipient' ? isRecipient : side === 'sender' ? isSender : isRecipient || isSender);
  if (!row || !allowed) return denyAsNotFound(manager, actor, `recipient-${side}`, 'Mottagaren', recipientId);
  if (roles && actor.role !== 'system' && !roles.includes(actor.role)) throw new ForbiddenError(`Din roll får inte göra detta (kräver ${roles.join(' eller ')}).`);
  return row;
}

export function machineKindOf(row: RecipientRow): 'remissRecipient' | 'decisionRecipient' {
  return row.round_kind === 'remiss' ? 'remissRecipient' : 'decisionRecipient';
}
