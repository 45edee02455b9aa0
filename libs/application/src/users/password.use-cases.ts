import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash } from '@node-rs/argon2';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, ForbiddenError, passwordProblem, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { appendAudit } from './audit-log';
import { issueCredentialToken, openCredentialToken } from './credential-tokens';

export const PASSWORD_SIGN_IN_OFF = 'Din organisation loggar in med sitt eget konto i Remiss, inte med lösenord. Välj "Logga in med organisationens konto".';

export interface CredentialLinkView {
  purpose: 'invitation' | 'reset';
  name: string;
  email: string;
  organisationName: string;
  expiresAt: string;
}

/** Choosing a password from an invitation or reset link, and asking for a reset link ("Glömt lösenordet?"). */
@Injectable()
export class PasswordUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Queues a reset mail when an active person's account with this address exists in an organisation that
   * signs in with passwords; otherwise does nothing. The caller answers the same either way (no account
   * enumeration) and throttles per account and address.
   */
  async requestReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id
          WHERE lower(u.email) = $1 AND u.kind = 'person' AND u.deactivated_at IS NULL AND o.password_sign_in FOR UPDATE OF u`,
        [email.toLowerCase()],
      );
      if (rows.length === 0) return;
      await issueCredentialToken(m, {
        secret: this.config.jwtSecret,
        userId: rows[0].id,
        purpose: 'reset',
        createdBy: null,
        now: this.clock.now(),
        ttlMs: this.config.accounts.resetTtlMinutes * 60_000,
      });
    });
  }

  /** Whose link it is (for the page that sets the password), or a 400 naming `token`. */
  async inspect(token: string): Promise<CredentialLinkView> {
    const open = await openCredentialToken(this.dataSource.manager, token, this.clock.now());
    this.requireUsable(open);
    return { purpose: open.purpose, name: open.name, email: open.email, organisationName: open.organisationName, expiresAt: new Date(open.expiresAt).toISOString() };
  }

  /**
   * Sets the password (argon2id) and uses up the link. Every bearer token issued before now is refused from
   * here on (`tokens_valid_after`, real time like the tokens' `iat`): a reset signs the account out everywhere.
   */
  async setPassword(token: string, password: string): Promise<{ email: string }> {
    // The rules need the account's address; a weak password leaves the link unused. Hashed outside the transaction.
    const open = await openCredentialToken(this.dataSource.manager, token, this.clock.now());
    this.requireUsable(open);
    const problem = passwordProblem(password, open.email);
    if (problem) throw ValidationError.field('password', problem, 'ACCOUNT.WEAK_PASSWORD');
    const passwordHash = await hash(password);
    return this.dataSource.transaction(async (m) => {
      const locked = await openCredentialToken(m, token, this.clock.now(), true);
      this.requireUsable(locked);
      const now = this.clock.now();
      await m.query(`UPDATE credential_tokens SET used_at = $2 WHERE id = $1`, [locked.id, now]);
      // Real time of this process, the clock that stamps the tokens' iat.
      await m.query(`UPDATE users SET password_hash = $2, password_set_at = $3, tokens_valid_after = $4 WHERE id = $1`, [locked.userId, passwordHash, now, new Date()]);
      await appendAudit(m, {
        organisationId: locked.organisationId,
        actor: null,
        action: locked.purpose === 'invitation' ? 'user.password_set' : 'user.password_reset',
        subject: { id: locked.userId, name: locked.name },
      });
      return { email: locked.email };
    });
  }

  private requireUsable(open: { deactivated: boolean; passwordSignIn: boolean }): void {
    if (open.deactivated) throw new ForbiddenError('Kontot är avstängt. Kontakta din organisations administratör.', 'ACCOUNT.DEACTIVATED');
    if (!open.passwordSignIn) throw new ForbiddenError(PASSWORD_SIGN_IN_OFF, 'ACCOUNT.PASSWORD_SIGN_IN_OFF');
  }
}
