import { ForbiddenError, NotFoundError, Role } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** Records a cross-organisation attempt, then answers as if the thing did not exist. */
export async function denyAsNotFound(manager: EntityManager, actor: Actor, action: string, what: string, id: string): Promise<never> {
  // Outside the caller's transaction: the denial is kept even though the command rolls back.
  await manager.connection.query(`INSERT INTO access_denials (user_id, organisation_id, action, resource) VALUES ($1, $2, $3, $4)`, [
    actor.userId,
    actor.organisationId,
    action,
    `${what}:${id}`,
  ]);
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
