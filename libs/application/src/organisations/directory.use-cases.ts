import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  caseNumberFormatError,
  defaultCaseNumberFormat,
  DEFAULT_DOCUMENT_NUMBER_FORMAT,
  documentNumberFormatError,
  ForbiddenError,
  isInMailDomainOf,
  isUuid,
  NotFoundError,
  OrganisationKind,
  Role,
  ValidationError,
} from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { isWithin } from './organisation-tree';
import { Actor } from '../access/actor';
import { ContactView, GroupView, OrganisationQueries, OrganisationView } from './organisation.queries';
import { appendAudit } from '../users/audit-log';
import { requireManageable } from '../users/user-admin-access';
import { UserAdminUseCases } from '../users/user-admin.use-cases';

export interface CreateOrganisationInput {
  name: string;
  slug: string;
  kind: OrganisationKind;
  registryPrefix: string;
  registryEmail: string;
  parentId?: string | null;
  /** Case numbers, e.g. `KS{yy}/{n}`; `<registryPrefix>/{yy}/{nnnn}` by default. */
  caseNumberFormat?: string;
  /** Document numbers within a case; `{case}-{n}` by default. */
  documentNumberFormat?: string;
}

export interface RegistryFormatInput {
  caseNumberFormat: string;
  documentNumberFormat: string;
}

/** Both formats checked by the domain's rules; every unusable one named at once. */
export function checkRegistryFormats(input: Partial<RegistryFormatInput>): void {
  const issues = [
    input.caseNumberFormat !== undefined ? { field: 'caseNumberFormat', reason: caseNumberFormatError(input.caseNumberFormat) } : null,
    input.documentNumberFormat !== undefined ? { field: 'documentNumberFormat', reason: documentNumberFormatError(input.documentNumberFormat) } : null,
  ].filter((i): i is { field: string; reason: string } => i !== null && i.reason !== null);
  if (issues.length > 0) throw new ValidationError(issues);
}

export interface CreateGroupInput {
  name: string;
  slug: string;
  memberIds: string[];
}

export interface CreateUserInput {
  name: string;
  email: string;
  role: Role;
  /** Defaults to the actor's organisation; only an administrator may name another. */
  organisationId?: string | null;
  /** 'system': an account for an integration (API tokens only, never a password or an invitation); administrators only. */
  kind?: 'person' | 'system';
}

/** Adds organisations (e.g. a committee under a municipality), recipient groups and contacts. */
@Injectable()
export class DirectoryUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queries: OrganisationQueries,
    private readonly userAdmin: UserAdminUseCases,
  ) {}

  /** Administrators add any organisation; a secretariat adds committees under its own organisation. */
  async createOrganisation(actor: Actor, input: CreateOrganisationInput): Promise<OrganisationView> {
    requireRole(actor, 'admin', 'secretariat');
    if (actor.role === 'secretariat' && (input.kind !== 'committee' || input.parentId !== actor.organisationId)) {
      throw new ForbiddenError('Kansliet får bara lägga till nämnder under sin egen organisation (kind committee, parentId = er organisation).');
    }
    checkRegistryFormats(input);
    return this.dataSource.transaction(async (m) => {
      if (input.parentId) await requireExists(m, 'organisations', [input.parentId], 'parentId', 'det finns ingen sådan organisation');
      if (actor.role === 'secretariat') await requireOwnMailDomain(m, actor, input.registryEmail, 'registryEmail');
      await requireFree(m, `SELECT 1 FROM organisations WHERE slug = $1`, [input.slug], 'slug');
      const [{ id }] = await m.query(
        `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email, parent_id, case_number_format, document_number_format)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          input.slug, input.name, input.kind, input.registryPrefix, input.registryEmail, input.parentId ?? null,
          input.caseNumberFormat ?? defaultCaseNumberFormat(input.registryPrefix), input.documentNumberFormat ?? DEFAULT_DOCUMENT_NUMBER_FORMAT,
        ],
      );
      return id as string;
    }).then((id) => this.queries.get(id));
  }

  /**
   * Sets how an organisation numbers its new cases and their documents (administrators any organisation, a
   * secretariat its own). Numbers already given stay as they are.
   */
  async setRegistryFormat(actor: Actor, organisationId: string, input: RegistryFormatInput): Promise<OrganisationView> {
    requireRole(actor, 'admin', 'secretariat');
    checkRegistryFormats(input);
    await this.dataSource.transaction(async (m) => {
      const found: unknown[] = isUuid(organisationId) ? await m.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]) : [];
      if (found.length === 0) throw new NotFoundError('Organisationen', organisationId);
      if (actor.role === 'secretariat' && organisationId !== actor.organisationId) throw new ForbiddenError('Kansliet får bara ändra sin egen organisations diarienummer.');
      await m.query(`UPDATE organisations SET case_number_format = $2, document_number_format = $3 WHERE id = $1`, [organisationId, input.caseNumberFormat, input.documentNumberFormat]);
    });
    return this.queries.get(organisationId);
  }

  async createGroup(actor: Actor, input: CreateGroupInput): Promise<GroupView> {
    requireRole(actor, 'admin', 'secretariat');
    const members = [...new Set(input.memberIds)];
    const id = await this.dataSource.transaction(async (m) => {
      await requireExists(m, 'organisations', members, 'memberIds', 'en eller flera organisationer finns inte');
      await requireFree(m, `SELECT 1 FROM recipient_groups WHERE organisation_id = $1 AND slug = $2`, [actor.organisationId, input.slug], 'slug');
      const [group] = await m.query(`INSERT INTO recipient_groups (organisation_id, slug, name) VALUES ($1, $2, $3) RETURNING id`, [
        actor.organisationId,
        input.slug,
        input.name,
      ]);
      await m.query(
        `INSERT INTO recipient_group_members (group_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
        [group.id, members],
      );
      return group.id as string;
    });
    return this.queries.group(id);
  }

  /**
   * Administrators add users to the organisations they administer (KSL's to any); a secretariat adds
   * non-administrators to its own organisation and those beneath it. A person gets an invitation mail with a
   * link to choose a password; a system account (administrators only) gets none: it uses API tokens.
   */
  async createUser(actor: Actor, input: CreateUserInput): Promise<ContactView & { organisationId: string; kind: 'person' | 'system'; invitationSent: boolean }> {
    requireRole(actor, 'admin', 'secretariat');
    const organisationId = input.organisationId ?? actor.organisationId;
    const email = input.email.toLowerCase();
    const kind = input.kind ?? 'person';
    return this.dataSource.transaction(async (m) => {
      await requireExists(m, 'organisations', [organisationId!], 'organisationId', 'det finns ingen sådan organisation');
      if (actor.role === 'secretariat' && (input.role === 'admin' || kind === 'system' || !(await isWithin(m, organisationId!, actor.organisationId!)))) {
        throw new ForbiddenError('Kansliet får bara lägga till kontakter (inte administratörer eller systemkonton) i sin egen organisation och dess nämnder.');
      }
      if (actor.role === 'admin') await requireManageable(m, actor, organisationId!, 'create-user');
      if (kind === 'system' && input.role === 'admin') throw ValidationError.field('role', 'ett systemkonto kan inte vara administratör', 'USERS.SYSTEM_ADMIN');
      if (actor.role === 'secretariat') await requireOwnMailDomain(m, actor, email, 'email');
      await requireFree(m, `SELECT 1 FROM users WHERE lower(email) = $1`, [email], 'email');
      const [user] = await m.query(
        `INSERT INTO users (organisation_id, name, email, role, kind, created_at) VALUES ($1, $2, $3, $4, $5, app_now())
         RETURNING id, name, email, role, kind, organisation_id AS "organisationId"`,
        [organisationId, input.name, email, input.role, kind],
      );
      if (kind === 'person') await this.userAdmin.invite(m, actor, user.id);
      await appendAudit(m, {
        organisationId: organisationId!,
        actor,
        action: kind === 'person' ? 'user.invited' : 'user.created',
        subject: user,
        details: { email, role: input.role },
      });
      return { ...user, invitationSent: kind === 'person' };
    });
  }
}

/**
 * A secretariat may only name addresses in its own organisation's mail domain (or
 * beneath it): mail about its cases must not be routed to another organisation.
 * Administrators may set any address.
 */
async function requireOwnMailDomain(m: EntityManager, actor: Actor, email: string, field: string): Promise<void> {
  const [own]: Array<{ registry_email: string }> = await m.query(`SELECT registry_email FROM organisations WHERE id = $1`, [actor.organisationId]);
  if (own && isInMailDomainOf(email, own.registry_email)) return;
  const domain = own ? own.registry_email.slice(own.registry_email.lastIndexOf('@') + 1) : 'er organisation';
  throw ValidationError.field(field, `måste vara en adress i er egen organisations domän (${domain}); be en administratör om en annan`, 'VALIDATION.FOREIGN_MAIL_DOMAIN');
}

async function requireExists(m: EntityManager, table: 'organisations', ids: string[], field: string, reason: string): Promise<void> {
  if (ids.length === 0) return;
  const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  if (n !== ids.length) throw ValidationError.field(field, reason, 'VALIDATION.UNKNOWN_REFERENCE');
}

/** Checked first for a clear 400; the unique index still guards a race (then the filter answers 409). */
async function requireFree(m: EntityManager, sql: string, params: unknown[], field: string): Promise<void> {
  const taken: unknown[] = await m.query(sql, params);
  if (taken.length > 0) throw ValidationError.field(field, 'används redan', 'VALIDATION.TAKEN');
}
