import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
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

  async list(actor: Actor, recipientId: string): Promise<InnerAnswer[]> {
    const m = this.dataSource.manager;
    const row = await loadRecipient(m, actor, recipientId, 'recipient');
    const rows: Array<Omit<InnerAnswer, 'receivedAt'> & { receivedAt: Date }> = await m.query(
      `SELECT a.id AS "answerId", o.name AS "organisationName", a.position, a.received_at AS "receivedAt", c.title AS "caseTitle"
         FROM cases c JOIN recipients r ON r.case_id = c.id JOIN organisations o ON o.id = r.organisation_id
         JOIN LATERAL (SELECT * FROM answers x WHERE x.recipient_id = r.id ORDER BY x.version DESC LIMIT 1) a ON true
        WHERE c.parent_recipient_id = $1 AND c.organisation_id = $2
        ORDER BY o.name, a.received_at`,
      [row.id, row.organisation_id],
    );
    return rows.map((r) => ({ ...r, receivedAt: new Date(r.receivedAt).toISOString() }));
  }
}
