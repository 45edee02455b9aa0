import { formatSwedishDateTime } from '@remiss/domain';
import { invitationMail, passwordResetMail } from '@remiss/mailer';
import { MailJobData } from '@remiss/queue';
import type { RenderContext, RenderedMail } from '../mail/mail-renderer';
import { deriveCredentialToken, hashToken } from './credential-tokens';

/** The page that sets a password; the token travels in the fragment, so it never reaches a server log or a Referer. */
export const SET_PASSWORD_PATH = '/app/losenord';

const nothing = (): RenderedMail => ({ message: { to: [], subject: '', text: '', html: '' }, caseId: null, recipientId: null });

/**
 * An invitation or reset mail from its credential token's row, read now: a token that was used, voided by a
 * newer one, has expired or belongs to a deactivated account gives no mail (skipped, "ingen mottagare").
 */
export async function renderAccountMail(data: MailJobData, ctx: RenderContext): Promise<RenderedMail> {
  if (!data.credentialTokenId || !ctx.secret) return nothing();
  const rows: Array<{
    id: string;
    purpose: string;
    tokenHash: string;
    expiresAt: Date;
    usedAt: Date | null;
    name: string;
    email: string;
    deactivated: boolean;
    organisationName: string;
    passwordSignIn: boolean;
    invitedBy: string | null;
  }> = await ctx.manager.query(
    `SELECT t.id, t.purpose, t.token_hash AS "tokenHash", t.expires_at AS "expiresAt", t.used_at AS "usedAt", u.name, u.email,
            u.deactivated_at IS NOT NULL AS deactivated, o.name AS "organisationName", o.password_sign_in AS "passwordSignIn", c.name AS "invitedBy"
       FROM credential_tokens t JOIN users u ON u.id = t.user_id JOIN organisations o ON o.id = u.organisation_id
       LEFT JOIN users c ON c.id = t.created_by
      WHERE t.id = $1`,
    [data.credentialTokenId],
  );
  const row = rows[0];
  const now = ctx.now ?? new Date();
  if (!row || row.usedAt || row.deactivated || new Date(row.expiresAt).getTime() <= now.getTime()) return nothing();
  const token = deriveCredentialToken(ctx.secret, row.id);
  // A changed secret makes old links unusable: send none rather than one that cannot work.
  if (hashToken(token) !== row.tokenHash) return nothing();
  const url = `${ctx.publicUrl}${SET_PASSWORD_PATH}#${token}`;
  const validUntil = formatSwedishDateTime(new Date(row.expiresAt));
  const content =
    row.purpose === 'invitation'
      ? invitationMail({
          name: row.name,
          organisationName: row.organisationName,
          invitedBy: row.invitedBy ?? 'En administratör',
          url: row.passwordSignIn ? url : `${ctx.publicUrl}/app/`,
          validUntil,
          passwordSignIn: row.passwordSignIn,
        })
      : row.passwordSignIn
        ? passwordResetMail({ name: row.name, url, validUntil })
        : null;
  if (!content) return nothing();
  return { message: { to: [row.email], ...content }, caseId: null, recipientId: null };
}
