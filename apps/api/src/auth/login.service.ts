import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hash, verify } from '@node-rs/argon2';
import { UnauthenticatedError } from '@remiss/domain';
import { PASSWORD_SIGN_IN_OFF } from '@remiss/application';
import { DataSource } from 'typeorm';
import { SignInAudit, SignInFailure } from './sign-in-audit';
import { REFUSAL_MESSAGES } from './session-user';
import { TokenService } from './token.service';

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
}

const USER_SQL = `SELECT u.id, u.name, u.email, u.role, u.password_hash AS "passwordHash", u.organisation_id AS "organisationId",
                         o.slug AS "organisationSlug", o.name AS "organisationName",
                         u.deactivated_at IS NOT NULL AS deactivated, o.password_sign_in AS "passwordSignIn"
                    FROM users u JOIN organisations o ON o.id = u.organisation_id`;

type UserRow = SignedInUser & { passwordHash: string | null; deactivated: boolean; passwordSignIn: boolean };

function publicUser(row: UserRow): SignedInUser {
  const { passwordHash: _hash, deactivated: _deactivated, passwordSignIn: _passwordSignIn, ...user } = row;
  return user;
}

/** Password sign-in (argon2id) that hands out the same bearer tokens as before. */
@Injectable()
export class LoginService {
  /** Verified against when the account is unknown, so a miss takes as long as a wrong password. */
  private readonly dummyHash = hash('remiss-no-such-user');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: SignInAudit,
  ) {}

  /**
   * Checks the password and signs a token: a bearer token, or with `audience` the web UI's session
   * token. Every attempt is written to the sign-in audit.
   */
  async login(email: string, password: string, clientAddress: string, options: { audience?: string } = {}): Promise<{ token: string; user: SignedInUser }> {
    const rows: UserRow[] = await this.dataSource.query(`${USER_SQL} WHERE lower(u.email) = $1`, [email]);
    const row = rows[0];
    const ok = await verify(row?.passwordHash ?? (await this.dummyHash), password).catch(() => false);
    const refuse = async (reason: SignInFailure, error: UnauthenticatedError): Promise<never> => {
      await this.audit.record({ method: 'password', success: false, reason, email, userId: row?.id, organisationId: row?.organisationId, clientAddress });
      throw error;
    };
    // An organisation that signs in with its own provider: its users are told so (their address names the organisation anyway).
    if (row && !row.passwordSignIn) await refuse('password-sign-in-off', new UnauthenticatedError(PASSWORD_SIGN_IN_OFF, 'AUTH.PASSWORD_SIGN_IN_OFF'));
    if (!row || !row.passwordHash || !ok) {
      await refuse(!row ? 'unknown-account' : !row.passwordHash ? 'no-password' : 'wrong-password', new UnauthenticatedError('Fel e-postadress eller lösenord.'));
    }
    if (row!.deactivated) await refuse('deactivated', new UnauthenticatedError(REFUSAL_MESSAGES.deactivated, 'AUTH.DEACTIVATED'));
    const user = publicUser(row!);
    await this.dataSource.query(`UPDATE users SET last_sign_in_at = app_now() WHERE id = $1`, [user.id]);
    await this.audit.record({ method: 'password', success: true, email: user.email, userId: user.id, organisationId: user.organisationId, clientAddress });
    return { token: this.tokens.sign(user.id, options), user };
  }

  async me(userId: string): Promise<SignedInUser> {
    const rows: UserRow[] = await this.dataSource.query(`${USER_SQL} WHERE u.id = $1`, [userId]);
    if (rows.length === 0) throw new UnauthenticatedError('Kontot finns inte längre.');
    return publicUser(rows[0]);
  }
}
