import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { acceptedEventsOf } from '../process/transition';
import { loadRecipient } from '../recipients/recipient-access';
import { PersistedSnapshot } from '@remiss/workflows';
import { DECISION_COLUMNS, DecisionRow, DecisionView, toDecisionView } from './decision.types';

export interface DecisionChainView {
  recipientId: string;
  caseId: string;
  organisationId: string;
  organisationName: string;
  state: string;
  deadline: string;
  acceptedEvents: string[];
  preparations: Array<{ id: string; kind: string; date: string; author: string; title: string; documentId: string | null; createdAt: string }>;
  /** Every version, oldest first; `superseded` marks the replaced ones. */
  decisions: DecisionView[];
  finalDecision: DecisionView | null;
  dispatch: {
    id: string;
    decisionId: string;
    to: string[];
    senderRegistryNumber: string;
    receiverRegistryNumber: string;
    dispatchedAt: string;
    receiptRegistryNumber: string | null;
    receivedAt: string | null;
  } | null;
}

/** The decision chain of one recommendation recipient, for the recipient and for the case organisation. */
@Injectable()
export class DecisionQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async chain(actor: Actor, recipientId: string): Promise<DecisionChainView> {
    const m = this.dataSource.manager;
    const row = await loadRecipient(m, actor, recipientId, 'either');
    const [{ snapshot }]: Array<{ snapshot: PersistedSnapshot }> = await m.query(`SELECT snapshot FROM recipients WHERE id = $1`, [row.id]);
    const preparations = await m.query(
      `SELECT id, kind, prepared_date::text AS date, author, title, document_id AS "documentId", created_at AS "createdAt"
         FROM decision_preparations WHERE recipient_id = $1 ORDER BY prepared_date, created_at`,
      [row.id],
    );
    const decisions: DecisionRow[] = await m.query(`SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.recipient_id = $1 ORDER BY d.created_at, d.version`, [row.id]);
    const views = decisions.map(toDecisionView);
    const dispatches = await m.query(
      `SELECT id, decision_id AS "decisionId", to_addresses AS "to", sender_registry_number AS "senderRegistryNumber",
              receiver_registry_number AS "receiverRegistryNumber", dispatched_at AS "dispatchedAt",
              receipt_registry_number AS "receiptRegistryNumber", received_at AS "receivedAt"
         FROM decision_dispatches WHERE recipient_id = $1`,
      [row.id],
    );
    const mine = actor.role === 'system' || actor.organisationId === row.organisation_id;
    return {
      recipientId: row.id,
      caseId: row.case_id,
      organisationId: row.organisation_id,
      organisationName: row.organisation_name,
      state: row.state,
      deadline: row.deadline,
      acceptedEvents: mine || actor.organisationId === row.case_organisation_id ? acceptedEventsOf(row.round_kind === 'remiss' ? 'remissRecipient' : 'decisionRecipient', snapshot) : [],
      preparations: preparations.map((p: { createdAt: Date }) => ({ ...p, createdAt: new Date(p.createdAt).toISOString() })),
      decisions: views,
      finalDecision: [...views].reverse().find((d) => d.final && !d.superseded) ?? null,
      dispatch: dispatches[0] ?? null,
    };
  }
}
