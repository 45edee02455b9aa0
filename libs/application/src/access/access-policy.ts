import { ForbiddenError, NotFoundError, Role } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** Records a cross-organisation attempt, then answers as if the thing did not exist. */
/**
 * Records a refused access without throwing; outside the caller's transaction,
 * so the row is kept when the command rolls back.
 */
export async function logDenial(manager: EntityManager, actor: Actor, action: string, resource: string): Promise<void> {
  await manager.connection.query(`INSERT INTO access_denials (user_id, organisation_id, action, resource) VALUES ($1, $2, $3, $4)`, [
    actor.userId,
    actor.organisationId,
    action,
    resource,
  ]);
}

/** Records a cross-organisation attempt, then answers as if the thing did not exist. */
export async function denyAsNotFound(manager: EntityManager, actor: Actor, action: string, what: string, id: string): Promise<never> {
  await logDenial(manager, actor, action, `${what}:${id}`);
  throw new NotFoundError(what, id);
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (actor.role === 'system') return;
  if (!roles.includes(actor.role)) throw new ForbiddenError(`Din roll får inte göra detta (kräver ${roles.join(' eller ')}).`);
}

/** Case-level access: the owning organisation's secretariat and administrators act on a case. */
export function ownsCase(actor: Actor, caseOrganisationId: string): boolean {
  return actor.role === 'system' || actor.organisationId === caseOrganisationId;
}
