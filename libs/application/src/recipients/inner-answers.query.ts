import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { decodeCursor, Page, PageRequest, toPage } from '../paging/keyset';
import { loadRecipient } from './recipient-access';

export interface InnerAnswer {
  answerId: string;
  organisationName: string;
  position: string;
  receivedAt: string;
  caseTitle: string;
}

/** The latest answers in the recipient organisation's own internal remisses (cases with this recipient as parent). */
@Injectable()
export class InnerAnswersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** By the committee's name and the answer's arrival (a keyset page). */
  async list(actor: Actor, recipientId: string, page: PageRequest): Promise<Page<InnerAnswer>> {
    const m = this.dataSource.manager;
    const row = await loadRecipient(m, actor, recipientId, 'recipient');
    const key = decodeCursor(page.cursor, ['text', 'timestamp', 'uuid']);
    const rows: Array<Omit<InnerAnswer, 'receivedAt'> & { receivedAt: Date; _key: unknown[] }> = await m.query(
      `SELECT a.id AS "answerId", o.name AS "organisationName", a.position, a.received_at AS "receivedAt", c.title AS "caseTitle",
              json_build_array(o.name, a.received_at, a.id) AS "_key"
         FROM cases c JOIN recipients r ON r.case_id = c.id JOIN organisations o ON o.id = r.organisation_id
         JOIN LATERAL (SELECT * FROM answers x WHERE x.recipient_id = r.id ORDER BY x.version DESC LIMIT 1) a ON true
        WHERE c.parent_recipient_id = $1 AND c.organisation_id = $2
          ${key ? 'AND (o.name, a.received_at, a.id) > ($4::text, $5::timestamptz, $6::uuid)' : ''}
        ORDER BY o.name, a.received_at, a.id
        LIMIT $3`,
      [row.id, row.organisation_id, page.limit + 1, ...(key ?? [])],
    );
    return toPage(rows, page.limit, (r) => ({ ...r, receivedAt: new Date(r.receivedAt).toISOString() }));
  }
}
