import { DataSource } from 'typeorm';
import { AuthenticatedUser } from './current-user';
import { VerifiedToken } from './token.service';

/** Why a verified token gives no user: the account is gone or deactivated, or the token was signed out (or issued before a password reset). */
export type SessionUserResult = { user: AuthenticatedUser } | { refused: 'no-account' | 'signed-out' | 'deactivated' };

/** What the refused caller is told. */
export const REFUSAL_MESSAGES: Record<Exclude<SessionUserResult, { user: AuthenticatedUser }>['refused'], string> = {
  'no-account': 'Kontot finns inte längre.',
  'signed-out': 'Du har loggat ut; logga in igen.',
  deactivated: 'Kontot är avstängt. Kontakta din organisations administratör.',
};

/**
 * The user of a verified token, in one query that also tells whether the token was signed out
 * (so a revoked token costs no extra round trip, and every replica sees the revocation at once).
 */
export async function sessionUser(dataSource: DataSource, token: VerifiedToken): Promise<SessionUserResult> {
  const rows: Array<AuthenticatedUser & { revoked: boolean; deactivated: boolean }> = await dataSource.query(
    `SELECT u.id, u.name, u.email, u.role, u.organisation_id AS "organisationId", o.slug AS "organisationSlug",
            EXISTS (SELECT 1 FROM revoked_tokens r WHERE r.jti = $2) OR coalesce(u.tokens_valid_after > $3, false) AS revoked,
            u.deactivated_at IS NOT NULL AS deactivated
       FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
    [token.userId, token.jti, token.issuedAt],
  );
  if (rows.length === 0) return { refused: 'no-account' };
  const { revoked, deactivated, ...user } = rows[0];
  if (deactivated) return { refused: 'deactivated' };
  return revoked ? { refused: 'signed-out' } : { user };
}

/** Signs a token out until it would have expired anyway; expired revocations are swept on the way. */
export async function revokeToken(dataSource: DataSource, userId: string, token: { jti: string; expiresAt: Date }): Promise<void> {
  // Real time, not the application clock: a token's exp is checked against the real clock (jsonwebtoken).
  await dataSource.query(`DELETE FROM revoked_tokens WHERE expires_at < now() - interval '1 minute'`);
  await dataSource.query(`INSERT INTO revoked_tokens (jti, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING`, [
    token.jti,
    userId,
    token.expiresAt,
  ]);
}
