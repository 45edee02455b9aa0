import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NotFoundError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';

export interface OrganisationView {
  id: string;
  slug: string;
  name: string;
  kind: string;
  registryPrefix: string;
  registryEmail: string;
  /** How the organisation numbers its cases, e.g. `KS{yy}/{n}` (libs/domain/src/registry). */
  caseNumberFormat: string;
  /** How it numbers the documents of a case, e.g. `{case}-{n}`. */
  documentNumberFormat: string;
  parentId: string | null;
  parentName: string | null;
  /** false: the organisation's users sign in with its own identity provider only. */
  passwordSignIn: boolean;
}

export interface ContactView {
  id: string;
  name: string;
  email: string;
  role: string;
}

export interface GroupView {
  id: string;
  slug: string;
  name: string;
  members: Array<{ id: string; slug: string; name: string }>;
}

export const ORGANISATION_COLUMNS = `o.id, o.slug, o.name, o.kind, o.registry_prefix AS "registryPrefix",
  o.registry_email AS "registryEmail", o.case_number_format AS "caseNumberFormat", o.document_number_format AS "documentNumberFormat", o.parent_id AS "parentId", p.name AS "parentName", o.password_sign_in AS "passwordSignIn"`;

/** The directory: organisations (with parent), their contacts, and an organisation's recipient groups. */
@Injectable()
export class OrganisationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Regions first, then organisations without a parent, then the committees; by name (a keyset page). */
  async list(page: PageRequest): Promise<Page<OrganisationView>> {
    const key = decodeCursor(page.cursor, ['bool', 'bool', 'text', 'uuid']);
    const after = key ? `WHERE (o.kind <> 'region', o.parent_id IS NOT NULL, o.name, o.id) > ($2::bool, $3::bool, $4::text, $5::uuid)` : '';
    const rows: Array<OrganisationView & { _key: unknown[] }> = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS}, json_build_array(o.kind <> 'region', o.parent_id IS NOT NULL, o.name, o.id) AS "_key"
         FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id
         ${after}
        ORDER BY o.kind <> 'region', o.parent_id IS NOT NULL, o.name, o.id
        LIMIT $1`,
      [page.limit + 1, ...(key ?? [])],
    );
    return toPage(rows, page.limit);
  }

  async get(id: string): Promise<OrganisationView & { contacts: ContactView[]; children: Array<{ id: string; name: string }> }> {
    const [organisation] = await this.dataSource.query(
      `SELECT ${ORGANISATION_COLUMNS} FROM organisations o LEFT JOIN organisations p ON p.id = o.parent_id WHERE o.id = $1`,
      [id],
    );
    if (!organisation) throw new NotFoundError('Organisationen', id);
    const contacts = await this.dataSource.query(`SELECT id, name, email, role FROM users WHERE organisation_id = $1 AND deactivated_at IS NULL AND kind = 'person' ORDER BY name`, [id]);
    const children = await this.dataSource.query(`SELECT id, name FROM organisations WHERE parent_id = $1 ORDER BY name`, [id]);
    return { ...organisation, contacts, children };
  }

  /** The organisation's recipient groups by name (a keyset page). */
  async groups(actor: Actor, page: PageRequest): Promise<Page<GroupView>> {
    const key = decodeCursor(page.cursor, ['text', 'uuid']);
    const rows = (await this.groupsWhere(
      `g.organisation_id = $1${key ? ` AND (g.name, g.id) > ($3::text, $4::uuid)` : ''}`,
      [actor.organisationId, page.limit + 1, ...(key ?? [])],
      'LIMIT $2',
    )) as Array<GroupView & { _key: unknown[] }>;
    return toPage(rows, page.limit);
  }

  async group(id: string): Promise<GroupView> {
    const [{ _key, ...group }] = (await this.groupsWhere(`g.id = $1`, [id])) as Array<GroupView & { _key?: unknown }>;
    return group;
  }

  private groupsWhere(where: string, params: unknown[], limit = ''): Promise<GroupView[]> {
    return this.dataSource.query(
      `SELECT g.id, g.slug, g.name, json_build_array(g.name, g.id) AS "_key",
              COALESCE(json_agg(json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) ORDER BY o.name)
                       FILTER (WHERE o.id IS NOT NULL), '[]') AS members
         FROM recipient_groups g
         LEFT JOIN recipient_group_members gm ON gm.group_id = g.id
         LEFT JOIN organisations o ON o.id = gm.organisation_id
        WHERE ${where}
        GROUP BY g.id ORDER BY g.name, g.id ${limit}`,
      params,
    );
  }
}
