import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, appendAudit, decodeCursor, Page, PageRequest, toPage } from '@remiss/application';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { NotFoundError, RoleMappingRule, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CreateIdentityProvider, UpdateIdentityProvider } from './identity-provider.schemas';
import { seal, unseal } from './secret-box';

export const OIDC_CALLBACK_PATH = '/auth/oidc/callback';

/** A provider as the administrators see it: never its secret. */
export interface IdentityProviderView {
  id: string;
  organisationId: string;
  organisationName: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  hasClientSecret: boolean;
  clientSecretReadable: boolean;
  allowedDomains: string[];
  roleClaim: string;
  roleMapping: RoleMappingRule[];
  enabled: boolean;
  redirectUrl: string;
  createdAt: string;
  updatedAt: string;
}

/** What a sign-in needs, with the secret unsealed. */
export interface IdentityProviderForSignIn {
  id: string;
  organisationId: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string | null;
  allowedDomains: string[];
  roleClaim: string;
  roleMapping: RoleMappingRule[];
  enabled: boolean;
  updatedAt: Date;
}

interface Row {
  id: string;
  organisationId: string;
  organisationName: string;
  displayName: string;
  issuerUrl: string;
  clientId: string;
  sealed: string | null;
  allowedDomains: string[];
  roleClaim: string;
  roleMapping: RoleMappingRule[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const SELECT = `SELECT p.id, p.organisation_id AS "organisationId", o.name AS "organisationName", p.display_name AS "displayName",
                       p.issuer_url AS "issuerUrl", p.client_id AS "clientId", p.client_secret_sealed AS sealed,
                       p.allowed_domains AS "allowedDomains", p.role_claim AS "roleClaim", p.role_mapping AS "roleMapping",
                       p.enabled, p.created_at AS "createdAt", p.updated_at AS "updatedAt"
                  FROM identity_providers p JOIN organisations o ON o.id = p.organisation_id`;

/** The identity providers (OpenID Connect) in PostgreSQL: managed by KSL's administrators, read by the sign-in. */
@Injectable()
export class IdentityProviderStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The enabled providers for the sign-in page. */
  async publicList(): Promise<Array<{ id: string; displayName: string; organisationName: string }>> {
    return this.dataSource.query(
      `SELECT p.id, p.display_name AS "displayName", o.name AS "organisationName"
         FROM identity_providers p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.enabled ORDER BY p.display_name, p.id LIMIT 200`,
    );
  }

  async list(page: PageRequest): Promise<Page<IdentityProviderView>> {
    const key = decodeCursor(page.cursor, ['timestamp', 'uuid']);
    const rows: Array<Row & { _key: unknown[] }> = await this.dataSource.query(
      `${SELECT.replace('FROM identity_providers', `, json_build_array(p.created_at, p.id) AS "_key" FROM identity_providers`)}
        WHERE ($1::timestamptz IS NULL OR (p.created_at, p.id) > ($1::timestamptz, $2::uuid))
        ORDER BY p.created_at, p.id LIMIT $3`,
      [key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, (r) => this.view(r as Row));
  }

  async get(id: string): Promise<IdentityProviderView> {
    return this.view(await this.row(id));
  }

  async forSignIn(id: string): Promise<IdentityProviderForSignIn | null> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE p.id = $1`, [id]);
    if (rows.length === 0) return null;
    const r = rows[0];
    return {
      id: r.id,
      organisationId: r.organisationId,
      displayName: r.displayName,
      issuerUrl: r.issuerUrl,
      clientId: r.clientId,
      clientSecret: r.sealed ? unseal(r.sealed, this.config.jwtSecret) : null,
      allowedDomains: r.allowedDomains,
      roleClaim: r.roleClaim,
      roleMapping: r.roleMapping,
      enabled: r.enabled,
      updatedAt: new Date(r.updatedAt),
    };
  }

  /** Every change is written to the organisation's audit log in the same transaction. */
  async create(input: CreateIdentityProvider, actor: Actor): Promise<IdentityProviderView> {
    await this.requireOrganisation(input.organisationId);
    const id = await this.dataSource.transaction(async (m) => {
      const rows: Array<{ id: string }> = await m.query(
        `INSERT INTO identity_providers (organisation_id, display_name, issuer_url, client_id, client_secret_sealed, allowed_domains, role_claim, role_mapping, enabled)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
        [
          input.organisationId,
          input.displayName,
          input.issuerUrl.replace(/\/$/, ''),
          input.clientId,
          input.clientSecret ? seal(input.clientSecret, this.config.jwtSecret) : null,
          [...new Set(input.allowedDomains)],
          input.roleClaim,
          JSON.stringify(input.roleMapping),
          input.enabled,
        ],
      );
      await appendAudit(m, {
        organisationId: input.organisationId,
        actor,
        action: 'identity_provider.created',
        details: { providerId: rows[0].id, displayName: input.displayName, issuerUrl: input.issuerUrl },
      });
      return rows[0].id;
    });
    return this.get(id);
  }

  async update(id: string, input: UpdateIdentityProvider, actor: Actor): Promise<IdentityProviderView> {
    const before = await this.row(id);
    if (input.organisationId) await this.requireOrganisation(input.organisationId);
    const secret =
      input.clientSecret === undefined
        ? undefined
        : input.clientSecret === null
          ? null
          : seal(input.clientSecret, this.config.jwtSecret);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE identity_providers SET
          organisation_id = coalesce($2, organisation_id),
          display_name = coalesce($3, display_name),
          issuer_url = coalesce($4, issuer_url),
          client_id = coalesce($5, client_id),
          client_secret_sealed = CASE WHEN $6::boolean THEN $7 ELSE client_secret_sealed END,
          allowed_domains = coalesce($8, allowed_domains),
          role_claim = coalesce($9, role_claim),
          role_mapping = coalesce($10::jsonb, role_mapping),
          enabled = coalesce($11, enabled),
          updated_at = app_now()
        WHERE id = $1`,
        [
          id,
          input.organisationId ?? null,
          input.displayName ?? null,
          input.issuerUrl?.replace(/\/$/, '') ?? null,
          input.clientId ?? null,
          secret !== undefined,
          secret ?? null,
          input.allowedDomains ? [...new Set(input.allowedDomains)] : null,
          input.roleClaim ?? null,
          input.roleMapping ? JSON.stringify(input.roleMapping) : null,
          input.enabled ?? null,
        ],
      );
      // The names of the fields changed, never their values (the secret stays out of the log).
      const fields = Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);
      for (const organisationId of new Set([before.organisationId, input.organisationId ?? before.organisationId])) {
        await appendAudit(m, {
          organisationId,
          actor,
          action: 'identity_provider.changed',
          details: { providerId: id, displayName: input.displayName ?? before.displayName, fields },
        });
      }
    });
    return this.get(id);
  }

  async remove(id: string, actor: Actor): Promise<void> {
    const before = await this.row(id);
    // The users it made stay (with their other ways to sign in); their links to it go with it.
    await this.dataSource.transaction(async (m) => {
      await m.query(`DELETE FROM identity_providers WHERE id = $1`, [id]);
      await appendAudit(m, {
        organisationId: before.organisationId,
        actor,
        action: 'identity_provider.removed',
        details: { providerId: id, displayName: before.displayName },
      });
    });
  }

  private async row(id: string): Promise<Row> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} WHERE p.id = $1`, [id]);
    if (rows.length === 0) throw new NotFoundError('Inloggningstjänsten', id);
    return rows[0];
  }

  private async requireOrganisation(id: string): Promise<void> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM organisations WHERE id = $1`, [id]);
    if (rows.length === 0) throw ValidationError.field('organisationId', 'organisationen finns inte');
  }

  private view(r: Row): IdentityProviderView {
    return {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      displayName: r.displayName,
      issuerUrl: r.issuerUrl,
      clientId: r.clientId,
      hasClientSecret: r.sealed !== null,
      clientSecretReadable: r.sealed === null || unseal(r.sealed, this.config.jwtSecret) !== null,
      allowedDomains: r.allowedDomains,
      roleClaim: r.roleClaim,
      roleMapping: r.roleMapping,
      enabled: r.enabled,
      redirectUrl: `${this.config.publicUrl}${OIDC_CALLBACK_PATH}`,
      createdAt: new Date(r.createdAt).toISOString(),
      updatedAt: new Date(r.updatedAt).toISOString(),
    };
  }
}
