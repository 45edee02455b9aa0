import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { requireRole } from '../access/access-policy';
import { Actor } from '../access/actor';

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

/** The mail log, newest first: administrators see every mail, the secretariat those of its organisation's cases. */
@Injectable()
export class MailLogQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, page: { limit: number; offset: number }): Promise<{ total: number; limit: number; offset: number; mails: MailLogEntry[] }> {
    requireRole(actor, 'admin', 'secretariat');
    const onlyOrganisationId = actor.role === 'secretariat' ? actor.organisationId : null;
    const where = `WHERE ($1::uuid IS NULL OR c.organisation_id = $1)`;
    const [{ total }]: Array<{ total: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM mail_log l LEFT JOIN cases c ON c.id = l.case_id ${where}`,
      [onlyOrganisationId],
    );
    const rows: Array<Omit<MailLogEntry, 'createdAt' | 'sentAt'> & { createdAt: Date; sentAt: Date | null }> = await this.dataSource.query(
      `SELECT l.id::text AS id, l.status, l.to_addresses AS "to", l.subject, l.template, l.case_id AS "caseId", c.title AS "caseTitle",
              c.registry_number AS "caseRegistryNumber", l.created_at AS "createdAt", l.sent_at AS "sentAt"
         FROM mail_log l LEFT JOIN cases c ON c.id = l.case_id ${where}
        ORDER BY l.created_at DESC, l.id DESC LIMIT $2 OFFSET $3`,
      [onlyOrganisationId, page.limit, page.offset],
    );
    const mails = rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), sentAt: r.sentAt ? new Date(r.sentAt).toISOString() : null }));
    return { total, limit: page.limit, offset: page.offset, mails };
  }
}
