import { QueueName, jobId } from '@remiss/queue';
import { ValidationError } from '@remiss/domain';
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { enqueueInTransaction } from '../outbox/outbox.writer';

/**
 * Single-use links that let an account holder choose a password: an invitation (a new account) or a reset
 * ("Glömt lösenordet?"). Only the SHA-256 of the token is stored. The token itself is derived from the row's
 * id with an HMAC under the server's secret (JWT_SECRET), so the mail job carries the id only (like every
 * other job) and the worker derives the link when it renders the mail; nobody with the database alone can.
 * Issuing a token voids the account's other open tokens; using one marks it used.
 */
export type CredentialPurpose = 'invitation' | 'reset';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function deriveCredentialToken(secret: string, id: string): string {
  return createHmac('sha256', secret).update(`remiss-credential:${id}`).digest('base64url');
}

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

export async function issueCredentialToken(
  m: EntityManager,
  input: { secret: string; userId: string; purpose: CredentialPurpose; createdBy: string | null; now: Date; ttlMs: number },
): Promise<string> {
  const id = randomUUID();
  await m.query(`UPDATE credential_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [input.userId, input.now]);
  await m.query(
    `INSERT INTO credential_tokens (id, user_id, purpose, token_hash, created_at, expires_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [id, input.userId, input.purpose, hashToken(deriveCredentialToken(input.secret, id)), input.now, new Date(input.now.getTime() + input.ttlMs), input.createdBy],
  );
  await enqueueInTransaction(
    m,
    { queue: QueueName.Mail, name: 'send-mail', data: { template: input.purpose === 'invitation' ? 'invitation' : 'password-reset', credentialTokenId: id } },
    { jobId: jobId('credential', id) },
  );
  return id;
}

export interface OpenCredentialToken {
  id: string;
  purpose: CredentialPurpose;
  expiresAt: Date;
  userId: string;
  name: string;
  email: string;
  organisationId: string;
  organisationName: string;
  deactivated: boolean;
  passwordSignIn: boolean;
}

const INVALID = 'länken är ogiltig eller har redan använts; be om en ny';

/** The open token the raw value stands for (locked with FOR UPDATE when `lock`), or a 400 naming `token`. */
export async function openCredentialToken(m: EntityManager, raw: string, now: Date, lock = false): Promise<OpenCredentialToken> {
  if (!TOKEN.test(raw)) throw ValidationError.field('token', INVALID, 'ACCOUNT.INVALID_LINK');
  const rows: Array<OpenCredentialToken & { usedAt: Date | null }> = await m.query(
    `SELECT t.id, t.purpose, t.expires_at AS "expiresAt", t.used_at AS "usedAt", u.id AS "userId", u.name, u.email,
            u.organisation_id AS "organisationId", o.name AS "organisationName", u.deactivated_at IS NOT NULL AS deactivated,
            o.password_sign_in AS "passwordSignIn"
       FROM credential_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
      WHERE t.token_hash = $1 ${lock ? 'FOR UPDATE OF t, u' : ''}`,
    [hashToken(raw)],
  );
  const row = rows[0];
  if (!row || row.usedAt) throw ValidationError.field('token', INVALID, 'ACCOUNT.INVALID_LINK');
  if (new Date(row.expiresAt).getTime() <= now.getTime()) throw ValidationError.field('token', 'länken har gått ut; be om en ny', 'ACCOUNT.EXPIRED_LINK');
  const { usedAt: _used, ...open } = row;
  return open;
}
