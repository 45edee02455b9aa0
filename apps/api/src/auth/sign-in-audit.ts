import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, Page, PageRequest, toPage } from '@remiss/application';
import { DataSource } from 'typeorm';
import { AuthenticatedUser } from './current-user';
import { isServiceAdministrator } from './service-administrator';

/** Why a sign-in was refused (stable codes, shown in Swedish by the UI). */
export type SignInFailure =
  | 'unknown-account'
  | 'wrong-password'
  | 'no-password'
  | 'throttled'
  | 'provider-unavailable'
  | 'callback-invalid'
  | 'provider-refused'
  | 'no-email'
  | 'domain-not-allowed'
  | 'no-role'
  | 'other-organisation'
  | 'password-sign-in-off'
  | 'deactivated';

export interface SignInRecord {
  method: 'password' | 'oidc';
  success: boolean;
  reason?: SignInFailure | null;
  userId?: string | null;
  email?: string | null;
  organisationId?: string | null;
  providerId?: string | null;
  clientAddress?: string | null;
}

export interface SignInEntry {
  id: string;
  at: string;
  method: 'password' | 'oidc';
  success: boolean;
  reason: SignInFailure | null;
  email: string | null;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  providerId: string | null;
  providerName: string | null;
  clientAddress: string | null;
}

/**
 * The sign-in audit: every password and OpenID Connect sign-in, successful or refused. Written outside
 * any transaction and never failing the sign-in itself (a lost audit row is logged).
 */
@Injectable()
export class SignInAudit {
  private readonly logger = new Logger('Inloggning');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async record(entry: SignInRecord): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO sign_ins (user_id, email, organisation_id, method, provider_id, success, reason, client_address)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [entry.userId ?? null, entry.email?.slice(0, 320) ?? null, entry.organisationId ?? null, entry.method, entry.providerId ?? null, entry.success, entry.reason ?? null, entry.clientAddress ?? null],
      );
    } catch (error) {
      this.logger.error(`Inloggningen kunde inte loggas: ${(error as Error).message}`);
    }
  }

  /** Newest first; KSL's administrators see every organisation's (and attempts on unknown accounts), other administrators their own. */
  async list(user: AuthenticatedUser, page: PageRequest): Promise<Page<SignInEntry>> {
    const key = decodeCursor(page.cursor, ['timestamp', 'bigint']);
    const onlyOrganisationId = isServiceAdministrator(user) ? null : user.organisationId;
    const rows: Array<Omit<SignInEntry, 'at'> & { at: Date; _key: unknown[] }> = await this.dataSource.query(
      `SELECT s.id::text AS id, s.at, s.method, s.success, s.reason, s.email, s.user_id AS "userId", u.name AS "userName",
              s.organisation_id AS "organisationId", o.name AS "organisationName", s.provider_id AS "providerId",
              p.display_name AS "providerName", s.client_address AS "clientAddress", json_build_array(s.at, s.id) AS "_key"
         FROM sign_ins s
         LEFT JOIN users u ON u.id = s.user_id
         LEFT JOIN organisations o ON o.id = s.organisation_id
         LEFT JOIN identity_providers p ON p.id = s.provider_id
        WHERE ($1::uuid IS NULL OR s.organisation_id = $1)
          AND ($2::timestamptz IS NULL OR (s.at, s.id) < ($2::timestamptz, $3::bigint))
        ORDER BY s.at DESC, s.id DESC LIMIT $4`,
      [onlyOrganisationId, key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, (r) => ({ ...r, at: new Date(r.at).toISOString() }));
  }
}
