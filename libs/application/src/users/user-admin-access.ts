import { ConflictError, KSL, NotFoundError } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { denyAsNotFound, requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { isWithin } from '../organisations/organisation-tree';

/**
 * Who administers an organisation's users, tokens and settings: its own administrators (also for the
 * committees beneath it) and KSL's administrators (the operator's) for every organisation. Anyone else
 * gets a 403 (not an administrator) or a 404 that is logged (another organisation's).
 */
export async function requireManageable(m: EntityManager, actor: Actor, organisationId: string, action: string): Promise<void> {
  requireRole(actor, 'admin');
  const exists: unknown[] = await m.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
  if (exists.length === 0) throw new NotFoundError('Organisationen', organisationId);
  if (!(await canManage(m, actor, organisationId))) await denyAsNotFound(m, actor, action, 'Organisationen', organisationId);
}

/** Whether the actor administers the (existing) organisation. */
export async function canManage(m: EntityManager, actor: Actor, organisationId: string): Promise<boolean> {
  if (actor.role === 'system') return true;
  if (actor.role !== 'admin') return false;
  if (actor.organisationId === organisationId || (await isOperatorAdmin(m, actor))) return true;
  return isWithin(m, organisationId, actor.organisationId!);
}

/** Whether the actor is one of KSL's administrators (who may name any organisation). */
export async function isOperatorAdmin(m: EntityManager, actor: Actor): Promise<boolean> {
  if (actor.role !== 'admin') return false;
  const rows: Array<{ slug: string }> = await m.query(`SELECT slug FROM organisations WHERE id = $1`, [actor.organisationId]);
  return rows[0]?.slug === KSL.slug;
}

export interface ManagedUser {
  id: string;
  organisationId: string;
  name: string;
  email: string;
  role: string;
  kind: 'person' | 'system';
  deactivatedAt: Date | null;
  passwordSet: boolean;
}

/**
 * A user the actor may administer, locked for the change together with its organisation's row (so that two
 * administrators cannot both remove the last active administrator at once). Another organisation's user is a
 * logged 404.
 */
export async function loadManagedUser(m: EntityManager, actor: Actor, userId: string, action: string): Promise<ManagedUser> {
  requireRole(actor, 'admin');
  const found: Array<{ organisationId: string }> = await m.query(`SELECT organisation_id AS "organisationId" FROM users WHERE id = $1`, [userId]);
  if (found.length === 0) throw new NotFoundError('Användaren', userId);
  // another organisation's user: answered (and logged) for the user, the organisation's id would tell more
  if (!(await canManage(m, actor, found[0].organisationId))) await denyAsNotFound(m, actor, action, 'Användaren', userId);
  await m.query(`SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE`, [found[0].organisationId]);
  const rows: ManagedUser[] = await m.query(
    `SELECT id, organisation_id AS "organisationId", name, email, role, kind, deactivated_at AS "deactivatedAt", password_hash IS NOT NULL AS "passwordSet"
       FROM users WHERE id = $1 FOR UPDATE`,
    [userId],
  );
  return rows[0];
}

/** Active administrators of the organisation other than `exceptUserId` (rows locked by loadManagedUser's organisation lock). */
export async function otherActiveAdmins(m: EntityManager, organisationId: string, exceptUserId: string): Promise<number> {
  const [{ n }] = await m.query(
    `SELECT count(*)::int AS n FROM users WHERE organisation_id = $1 AND role = 'admin' AND deactivated_at IS NULL AND id <> $2`,
    [organisationId, exceptUserId],
  );
  return n;
}

export function lastAdminError(): ConflictError {
  return new ConflictError('USERS.LAST_ADMIN', 'Organisationen måste ha minst en aktiv administratör. Utse en annan administratör först.');
}
