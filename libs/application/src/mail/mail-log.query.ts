import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';

export interface MailLogEntry {
  id: string;
  status: 'sending' | 'sent' | 'failed' | 'uncertain';
  to: string;
  subject: string;
  template: string;
  caseId: string | null;
  caseTitle: string | null;
  caseRegistryNumber: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** The mail log, newest first: KSL's administrators see every mail, other administrators and the secretariat those of their organisation's cases. */
@Injectable()
export class MailLogQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, page: PageRequest, options: { everyOrganisation?: boolean } = {}): Promise<Page<MailLogEntry>> {
    requireRole(actor, 'admin', 'secretariat');
    const key = decodeCursor(page.cursor, ['timestamp', 'bigint']);
    const every = actor.role === 'system' || (actor.role === 'admin' && options.everyOrganisation !== false);
    const onlyOrganisationId = every ? null : actor.organisationId;
    const rows: Array<Omit<MailLogEntry, 'createdAt' | 'sentAt'> & { createdAt: Date; sentAt: Date | null; _key: unknown[] }> = await this.dataSource.query(
      `SELECT l.id::text AS id, l.status, l.to_addresses AS "to", l.subject, l.template, l.case_id AS "caseId", c.title AS "caseTitle",
              c.registry_number AS "caseRegistryNumber", l.created_at AS "createdAt", l.sent_at AS "sentAt", json_build_array(l.created_at, l.id) AS "_key"
         FROM mail_log l LEFT JOIN cases c ON c.id = l.case_id
        WHERE ($1::uuid IS NULL OR c.organisation_id = $1) AND ($2::timestamptz IS NULL OR (l.created_at, l.id) < ($2::timestamptz, $3::bigint))
        ORDER BY l.created_at DESC, l.id DESC LIMIT $4`,
      [onlyOrganisationId, key?.[0] ?? null, key?.[1] ?? null, page.limit + 1],
    );
    return toPage(rows, page.limit, (r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null }));
  }
}
