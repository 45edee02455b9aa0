import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, NotFoundError, ValidationError } from '@remiss/domain';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { denyAsNotFound, requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { appendAudit } from './audit-log';
import { hashToken } from './credential-tokens';
import { canManage, requireManageable } from './user-admin-access';

/** Every API token starts so: the guard tells it from a signed-in user's JWT, and secret scanners can find leaked ones. */
export const API_TOKEN_PREFIX = 'rmt_';

export type ApiTokenScope = 'read' | 'write';

export interface ApiTokenView {
  id: string;
  name: string;
  scope: ApiTokenScope;
  userId: string;
  userName: string;
  createdAt: string;
  createdByName: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

const COLUMNS = `t.id, t.name, t.scope, t.user_id AS "userId", u.name AS "userName", t.created_at AS "createdAt", c.name AS "createdByName",
  t.last_used_at AS "lastUsedAt", t.revoked_at AS "revokedAt"`;
const FROM = `api_tokens t JOIN users u ON u.id = t.user_id LEFT JOIN users c ON c.id = t.created_by`;

type Row = Omit<ApiTokenView, 'createdAt' | 'lastUsedAt' | 'revokedAt'> & { createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };
const view = (r: Row): ApiTokenView => ({ ...r, createdAt: iso(r.createdAt)!, lastUsedAt: iso(r.lastUsedAt), revokedAt: iso(r.revokedAt) });

/**
 * Named API tokens for an organisation's system accounts: scoped to read or write, shown once (only the
 * SHA-256 is stored: the token has 256 random bits, so no slow hash is needed), revocable.
 */
@Injectable()
export class ApiTokenUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, organisationId: string, input: { userId: string; name: string; scope: ApiTokenScope }): Promise<ApiTokenView & { token: string }> {
    return this.dataSource.transaction(async (m) => {
      await requireManageable(m, actor, organisationId, 'create-api-token');
      const users: Array<{ id: string; name: string; kind: string; deactivated: boolean }> = await m.query(
        `SELECT id, name, kind, deactivated_at IS NOT NULL AS deactivated FROM users WHERE id = $1 AND organisation_id = $2`,
        [input.userId, organisationId],
      );
      const user = users[0];
      if (!user) throw ValidationError.field('userId', 'det finns inget sådant systemkonto i organisationen', 'VALIDATION.UNKNOWN_REFERENCE');
      if (user.kind !== 'system') throw ValidationError.field('userId', 'API-nycklar ges bara till systemkonton, inte till personer', 'USERS.NOT_SYSTEM_ACCOUNT');
      if (user.deactivated) throw new ConflictError('USERS.DEACTIVATED', 'Systemkontot är avstängt. Aktivera det först.');
      const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
      const [{ id }] = await m.query(
        `INSERT INTO api_tokens (organisation_id, user_id, name, scope, token_hash, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [organisationId, user.id, input.name, input.scope, hashToken(token), this.clock.now(), actor.userId],
      );
      await appendAudit(m, { organisationId, actor, action: 'api_token.created', subject: user, details: { tokenId: id, name: input.name, scope: input.scope } });
      const rows: Row[] = await m.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = $1`, [id]);
      return { ...view(rows[0]), token };
    });
  }

  /** The organisation's tokens, newest first (revoked ones too, marked), never the token itself. */
  async list(actor: Actor, organisationId: string, page: PageRequest): Promise<Page<ApiTokenView>> {
    await requireManageable(this.dataSource.manager, actor, organisationId, 'list-api-tokens');
    const key = decodeCursor(page.cursor, ['timestamp', 'uuid']);
    const rows: Array<Row & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, json_build_array(t.created_at, t.id) AS "_key" FROM ${FROM}
        WHERE t.organisation_id = $1 AND ($2::timestamptz IS NULL OR (t.created_at, t.id) < ($2::timestamptz, $3::uuid))
        ORDER BY t.created_at DESC, t.id DESC LIMIT $4`,
      [organisationId, key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, view);
  }

  async revoke(actor: Actor, tokenId: string): Promise<ApiTokenView> {
    return this.dataSource.transaction(async (m) => {
      const found: Array<{ organisationId: string }> = await m.query(`SELECT organisation_id AS "organisationId" FROM api_tokens WHERE id = $1 FOR UPDATE`, [tokenId]);
      if (found.length === 0) throw new NotFoundError('API-nyckeln', tokenId);
      requireRole(actor, 'admin');
      if (!(await canManage(m, actor, found[0].organisationId))) await denyAsNotFound(m, actor, 'revoke-api-token', 'API-nyckeln', tokenId);
      const [before]: Row[] = await m.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = $1`, [tokenId]);
      if (!before.revokedAt) {
        await m.query(`UPDATE api_tokens SET revoked_at = $2, revoked_by = $3 WHERE id = $1`, [tokenId, this.clock.now(), actor.userId]);
        await appendAudit(m, {
          organisationId: found[0].organisationId,
          actor,
          action: 'api_token.revoked',
          subject: { id: before.userId, name: before.userName },
          details: { tokenId, name: before.name },
        });
      }
      const rows: Row[] = await m.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = $1`, [tokenId]);
      return view(rows[0]);
    });
  }
}
