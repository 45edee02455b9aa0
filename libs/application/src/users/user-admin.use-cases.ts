import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { Clock, ConflictError, Role, ValidationError } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { appendAudit } from './audit-log';
import { issueCredentialToken } from './credential-tokens';
import { lastAdminError, loadManagedUser, ManagedUser, otherActiveAdmins, requireManageable } from './user-admin-access';

export type UserStatus = 'active' | 'invited' | 'deactivated';

export interface AdminUserView {
  id: string;
  name: string;
  email: string;
  role: Role;
  kind: 'person' | 'system';
  /** active: can sign in; invited: has not chosen a password yet; deactivated: refused everywhere. */
  status: UserStatus;
  createdAt: string;
  lastSignInAt: string | null;
  deactivatedAt: string | null;
}

type Row = Omit<AdminUserView, 'createdAt' | 'lastSignInAt' | 'deactivatedAt'> & { createdAt: Date; lastSignInAt: Date | null; deactivatedAt: Date | null };

const USER_COLUMNS = `u.id, u.name, u.email, u.role, u.kind,
  CASE WHEN u.deactivated_at IS NOT NULL THEN 'deactivated' WHEN u.kind = 'person' AND u.password_hash IS NULL AND u.last_sign_in_at IS NULL THEN 'invited' ELSE 'active' END AS status,
  u.created_at AS "createdAt", u.last_sign_in_at AS "lastSignInAt", u.deactivated_at AS "deactivatedAt"`;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const view = (r: Row): AdminUserView => ({ ...r, createdAt: iso(r.createdAt)!, lastSignInAt: iso(r.lastSignInAt), deactivatedAt: iso(r.deactivatedAt) });

/** Day-to-day administration of an organisation's accounts: list, roles, deactivation, invitations, the password switch. */
@Injectable()
export class UserAdminUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The organisation's users by e-mail address (keyset). */
  async list(actor: Actor, organisationId: string, page: PageRequest): Promise<Page<AdminUserView>> {
    await requireManageable(this.dataSource.manager, actor, organisationId, 'list-users');
    const key = decodeCursor(page.cursor, ['text']);
    const rows: Array<Row & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT ${USER_COLUMNS}, json_build_array(u.email) AS "_key"
         FROM users u WHERE u.organisation_id = $1 AND ($2::text IS NULL OR u.email > $2) ORDER BY u.email LIMIT $3`,
      [organisationId, key?.[0] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, view);
  }

  async get(m: EntityManager, userId: string): Promise<AdminUserView> {
    const rows: Row[] = await m.query(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
    return view(rows[0]);
  }

  async changeRole(actor: Actor, userId: string, role: Role): Promise<AdminUserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await loadManagedUser(m, actor, userId, 'change-role');
      if (user.role === role) return this.get(m, userId);
      if (user.kind === 'system' && role === 'admin') throw ValidationError.field('role', 'ett systemkonto kan inte vara administratör', 'USERS.SYSTEM_ADMIN');
      if (user.role === 'admin' && !user.deactivatedAt && (await otherActiveAdmins(m, user.organisationId, user.id)) === 0) throw lastAdminError();
      await m.query(`UPDATE users SET role = $2 WHERE id = $1`, [userId, role]);
      await appendAudit(m, { organisationId: user.organisationId, actor, action: 'user.role_changed', subject: user, details: { from: user.role, to: role } });
      return this.get(m, userId);
    });
  }

  /** The account is refused at once: sign-in, every bearer token and API token it has. */
  async deactivate(actor: Actor, userId: string): Promise<AdminUserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await loadManagedUser(m, actor, userId, 'deactivate-user');
      if (user.id === actor.userId) throw new ConflictError('USERS.SELF_DEACTIVATION', 'Du kan inte stänga av ditt eget konto. Be en annan administratör.');
      if (user.deactivatedAt) return this.get(m, userId);
      if (user.role === 'admin' && (await otherActiveAdmins(m, user.organisationId, user.id)) === 0) throw lastAdminError();
      await m.query(`UPDATE users SET deactivated_at = $2, deactivated_by = $3 WHERE id = $1`, [userId, this.clock.now(), actor.userId]);
      await m.query(`UPDATE credential_tokens SET used_at = $2 WHERE user_id = $1 AND used_at IS NULL`, [userId, this.clock.now()]);
      await appendAudit(m, { organisationId: user.organisationId, actor, action: 'user.deactivated', subject: user });
      return this.get(m, userId);
    });
  }

  async reactivate(actor: Actor, userId: string): Promise<AdminUserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await loadManagedUser(m, actor, userId, 'reactivate-user');
      if (!user.deactivatedAt) return this.get(m, userId);
      await m.query(`UPDATE users SET deactivated_at = NULL, deactivated_by = NULL WHERE id = $1`, [userId]);
      await appendAudit(m, { organisationId: user.organisationId, actor, action: 'user.reactivated', subject: user });
      return this.get(m, userId);
    });
  }

  /** A new invitation mail (the earlier link stops working). */
  async resendInvitation(actor: Actor, userId: string): Promise<AdminUserView> {
    return this.dataSource.transaction(async (m) => {
      const user = await loadManagedUser(m, actor, userId, 'resend-invitation');
      this.requireInvitable(user);
      await this.invite(m, actor, user.id);
      await appendAudit(m, { organisationId: user.organisationId, actor, action: 'user.invitation_resent', subject: user });
      return this.get(m, userId);
    });
  }

  private requireInvitable(user: ManagedUser): void {
    if (user.kind === 'system') throw new ConflictError('USERS.SYSTEM_ACCOUNT', 'Ett systemkonto loggar in med API-nycklar och får ingen inbjudan.');
    if (user.deactivatedAt) throw new ConflictError('USERS.DEACTIVATED', 'Kontot är avstängt. Aktivera det först.');
    if (user.passwordSet) throw new ConflictError('USERS.PASSWORD_ALREADY_SET', 'Användaren har redan valt ett lösenord. Glömt lösenord finns på inloggningssidan.');
  }

  /** Issues the invitation token and queues its mail, in the caller's transaction. */
  async invite(m: EntityManager, actor: Actor, userId: string): Promise<void> {
    await issueCredentialToken(m, {
      secret: this.config.jwtSecret,
      userId,
      purpose: 'invitation',
      createdBy: actor.userId,
      now: this.clock.now(),
      ttlMs: this.config.accounts.invitationTtlHours * 3600_000,
    });
  }

  /** Turns password sign-in on or off for the organisation (off: only its own identity provider). */
  async setPasswordSignIn(actor: Actor, organisationId: string, enabled: boolean): Promise<{ organisationId: string; passwordSignIn: boolean }> {
    return this.dataSource.transaction(async (m) => {
      await requireManageable(m, actor, organisationId, 'password-sign-in');
      const [before]: Array<{ enabled: boolean }> = await m.query(`SELECT password_sign_in AS enabled FROM organisations WHERE id = $1 FOR UPDATE`, [organisationId]);
      if (before.enabled !== enabled) {
        await m.query(`UPDATE organisations SET password_sign_in = $2 WHERE id = $1`, [organisationId, enabled]);
        await appendAudit(m, { organisationId, actor, action: 'organisation.password_sign_in_changed', details: { enabled } });
      }
      return { organisationId, passwordSignIn: enabled };
    });
  }
}
