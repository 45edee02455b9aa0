import { ForbiddenError, NotFoundError, Role } from '@remiss/domain';
import { EntityManager } from 'typeorm';
import { Actor } from './actor';

/** Distinct resources logged per user and hour; further ones are folded into one `*` row. */
export const DENIAL_RESOURCES_PER_HOUR = 20;

/**
 * Records a refused access without throwing; outside the caller's transaction,
 * so the row is kept when the command rolls back. Bounded: repeats of the same
 * user, action and resource within an hour only raise a count, and after
 * DENIAL_RESOURCES_PER_HOUR distinct resources an hour the rest are counted
 * in one row (action and resource `*`), so probing cannot flood the table.
 */
export async function logDenial(manager: EntityManager, actor: Actor, action: string, resource: string): Promise<void> {
  await manager.connection.query(
    `INSERT INTO access_denials AS a (user_id, organisation_id, action, resource, hour, at, last_at)
     SELECT $1, $2,
            CASE WHEN seen.known OR used.n < $5 THEN $3 ELSE '*' END,
            CASE WHEN seen.known OR used.n < $5 THEN $4 ELSE '*' END,
            w.hour, app_now(), app_now()
       FROM (SELECT date_trunc('hour', app_now()) AS hour) w
       CROSS JOIN LATERAL (SELECT count(*) AS n FROM access_denials x
                            WHERE x.user_id IS NOT DISTINCT FROM $1 AND x.hour = w.hour) used
       CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM access_denials x
                            WHERE x.user_id IS NOT DISTINCT FROM $1 AND x.hour = w.hour
                              AND x.action = $3 AND x.resource = $4) AS known) seen
     ON CONFLICT (user_id, hour, action, resource)
     DO UPDATE SET count = a.count + 1, last_at = EXCLUDED.last_at`,
    [actor.userId, actor.organisationId, action, resource.slice(0, 300), DENIAL_RESOURCES_PER_HOUR],
  );
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
