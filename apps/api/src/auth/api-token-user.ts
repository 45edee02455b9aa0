import { API_TOKEN_PREFIX, ApiTokenScope, hashToken } from '@remiss/application';
import { ForbiddenError, Role, UnauthenticatedError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { AuthenticatedUser, RequestToken } from './current-user';

/** Whether a bearer value is an API token (`rmt_…`) rather than a signed-in user's JWT. */
export function isApiToken(bearer: string): boolean {
  return bearer.startsWith(API_TOKEN_PREFIX) && /^rmt_[A-Za-z0-9_-]{43}$/.test(bearer);
}

export type ApiTokenUserResult = { user: AuthenticatedUser; scope: ApiTokenScope; tokenId: string } | { refused: 'unknown' | 'deactivated' };

export const API_TOKEN_REFUSALS: Record<'unknown' | 'deactivated', string> = {
  unknown: 'API-nyckeln är okänd eller återkallad.',
  deactivated: 'Systemkontot är avstängt. Kontakta din organisations administratör.',
};

/** Methods a read-scoped token may use. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
export const readScopeAllows = (method: string) => SAFE_METHODS.has(method.toUpperCase());

/**
 * The system account behind an API token, looked up by the token's SHA-256 in one query (revoked tokens and
 * deactivated accounts are refused at once, on every replica). `last_used_at` is written at most once a minute.
 */
export async function apiTokenUser(dataSource: DataSource, bearer: string): Promise<ApiTokenUserResult> {
  const rows: Array<AuthenticatedUser & { tokenId: string; scope: ApiTokenScope; deactivated: boolean; stale: boolean }> = await dataSource.query(
    `SELECT u.id, u.name, u.email, u.role, u.organisation_id AS "organisationId", o.slug AS "organisationSlug",
            t.id AS "tokenId", t.scope, u.deactivated_at IS NOT NULL AS deactivated,
            (t.last_used_at IS NULL OR t.last_used_at < app_now() - interval '1 minute') AS stale
       FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
    [hashToken(bearer)],
  );
  if (rows.length === 0) return { refused: 'unknown' };
  const { tokenId, scope, deactivated, stale, ...user } = rows[0];
  if (deactivated) return { refused: 'deactivated' };
  if (stale) await dataSource.query(`UPDATE api_tokens SET last_used_at = app_now() WHERE id = $1`, [tokenId]);
  return { user, scope, tokenId };
}

/**
 * The guard's branch for API tokens: sets the request's user (the system account) and token, or throws
 * 401 (unknown, revoked, deactivated), 403 (a read-scoped token on an unsafe method, or a role the route refuses).
 */
export async function acceptApiToken(
  dataSource: DataSource,
  request: { method: string; user?: AuthenticatedUser; token?: RequestToken },
  bearer: string,
  roles: Role[] | undefined,
): Promise<true> {
  const found = await apiTokenUser(dataSource, bearer);
  if ('refused' in found) throw new UnauthenticatedError(API_TOKEN_REFUSALS[found.refused]);
  if (found.scope === 'read' && !readScopeAllows(request.method)) throw new ForbiddenError('API-nyckeln får bara läsa. Skapa en nyckel som får ändra.', 'AUTH.READ_ONLY_TOKEN');
  request.user = found.user;
  request.token = { jti: found.tokenId, expiresAt: new Date(8.64e15), apiToken: true };
  if (roles && !roles.includes(found.user.role)) throw new ForbiddenError();
  return true;
}
