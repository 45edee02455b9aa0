import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, NotFoundError, Role, todayInStockholm, isUuid } from '@remiss/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { appendEvent } from '../process/event-log';
import { transition } from '../process/transition';
import { loadRecipient, RecipientRow } from '../recipients/recipient-access';
import { cancelRecipientReminders } from '../reminders/reminder-scheduler';
import { DecisionFields, decisionFields, DecisionInput } from './decision-fields';
import { DECISION_COLUMNS, DecisionRow, DecisionView, toDecisionView } from './decision.types';
import { scheduleFollowUp } from './follow-up';

/** Committee secretaries register their body's decisions; the secretariat and administrators may too. */
export const DECISION_ROLES: Role[] = ['secretary', 'secretariat', 'admin'];

export interface CorrectionInput extends Partial<Omit<DecisionInput, 'bodyKind' | 'final'>> {
  /** Why the decision is corrected (kept with the new version). */
  reason: string;
}

export type DecisionResult = DecisionView & { state: string };

/**
 * Registers a decision of a municipal body on a recommendation, or corrects one as a new
 * version (the previous row is kept). A final decision moves the recipient to 'decided';
 * an adopting one makes the organisation a party, which plans the case's yearly follow-up.
 */
@Injectable()
export class RegisterDecisionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async register(actor: Actor, recipientId: string, input: DecisionInput): Promise<DecisionResult> {
    const now = this.clock.now();
    const fields = decisionFields(input, todayInStockholm(now));
    return this.dataSource.transaction(async (m) => {
      const row = await this.loadDecisionRecipient(m, actor, recipientId);
      const id = randomUUID();
      const result = await transition(m, {
        kind: 'decisionRecipient',
        id: row.id,
        caseId: row.case_id,
        recipientId: row.id,
        expectedVersion: row.version,
        event: { type: 'REGISTER_DECISION', body: fields.bodyKind, final: fields.final, outcome: fields.outcome },
        logPayload: logPayload(id, fields),
        actor,
        at: now,
      });
      await this.attach(m, actor, row, fields.documentId);
      await insertDecision(m, { id, chainId: id, version: 1, supersedesId: null, row, fields, actor, now, reason: null });
      if (fields.final) await cancelRecipientReminders(m, row.id);
      if (fields.final && fields.outcome === 'adopt') await scheduleFollowUp(m, row.case_id, now);
      return { ...(await loadDecision(m, id)), state: result.after };
    });
  }

  async correct(actor: Actor, decisionId: string, input: CorrectionInput): Promise<DecisionResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const previous = isUuid(decisionId) ? (await m.query(`SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.id = $1`, [decisionId]))[0] as DecisionRow | undefined : undefined;
      if (!previous) return denyAsNotFound(m, actor, 'correct-decision', 'Beslutet', String(decisionId));
      const row = await this.loadDecisionRecipient(m, actor, previous.recipient_id);
      if (previous.superseded) throw new ConflictError('DECISION.SUPERSEDED', 'Beslutet har redan rättats; rätta den senaste versionen.');
      const fields = decisionFields(
        {
          bodyKind: previous.body_kind,
          final: previous.final,
          bodyName: input.bodyName ?? previous.body_name,
          meetingDate: input.meetingDate ?? previous.meeting_date,
          paragraph: input.paragraph ?? previous.paragraph,
          outcome: input.outcome ?? previous.outcome,
          text: input.text ?? previous.decision_text,
          ...justering(input, previous),
          documentId: input.documentId ?? previous.document_id ?? undefined,
        },
        todayInStockholm(now),
      );
      const id = randomUUID();
      const payload = { ...logPayload(id, fields), correctsId: previous.id, reason: input.reason };
      let state = row.state;
      if (previous.final) {
        const result = await transition(m, {
          kind: 'decisionRecipient',
          id: row.id,
          caseId: row.case_id,
          recipientId: row.id,
          expectedVersion: row.version,
          event: { type: 'CORRECT_DECISION', outcome: fields.outcome, body: fields.bodyKind },
          logPayload: payload,
          actor,
          at: now,
        });
        state = result.after;
      } else {
        // An interim decision does not drive the machine; its correction is recorded while the chain is open.
        if (!['sent', 'overdue', 'extensionRequested', 'inProgress', 'decided'].includes(row.state)) {
          throw new ConflictError('DECISION.CHAIN_CLOSED', `Beslutet kan inte rättas när mottagaren har status "${row.state}".`, { state: row.state });
        }
        await appendEvent(m, { caseId: row.case_id, recipientId: row.id, actor, at: now, event: 'CORRECT_INTERIM_DECISION', payload, stateBefore: row.state, stateAfter: row.state });
      }
      await this.attach(m, actor, row, fields.documentId === previous.document_id ? null : fields.documentId);
      await insertDecision(m, { id, chainId: previous.chain_id, version: previous.version + 1, supersedesId: previous.id, row, fields, actor, now, reason: input.reason.trim() });
      if (fields.final && fields.outcome === 'adopt') await scheduleFollowUp(m, row.case_id, now);
      return { ...(await loadDecision(m, id)), state };
    });
  }

  private async loadDecisionRecipient(m: EntityManager, actor: Actor, recipientId: string): Promise<RecipientRow> {
    const row = await loadRecipient(m, actor, recipientId, 'recipient', DECISION_ROLES);
    if (row.round_kind !== 'recommendation') throw new ConflictError('DECISION.NOT_A_RECOMMENDATION', 'Beslut registreras på en rekommendation, inte på en remiss.');
    return row;
  }

  private async attach(m: EntityManager, actor: Actor, row: RecipientRow, documentId: string | null): Promise<void> {
    if (documentId) await attachDocuments(m, actor, [documentId], { caseId: row.case_id, roundId: row.round_id }, 'documentId');
  }
}

function justering(input: CorrectionInput, previous: DecisionRow): Pick<DecisionInput, 'justeringDate' | 'immediate' | 'noticePostedDate'> {
  if (input.justeringDate !== undefined || input.immediate !== undefined) {
    return { justeringDate: input.justeringDate, immediate: input.immediate, noticePostedDate: input.noticePostedDate };
  }
  const posted = input.noticePostedDate ?? (previous.notice_posted_date !== previous.justering_date ? previous.notice_posted_date : undefined);
  if (previous.immediate_justering) return { immediate: true, noticePostedDate: posted };
  return { justeringDate: previous.justering_date, noticePostedDate: posted };
}

/** attachDocuments names `documentIds`; this endpoint takes one `documentId`. */
function logPayload(decisionId: string, f: DecisionFields): object {
  return {
    decisionId,
    body: f.bodyKind,
    bodyName: f.bodyName,
    meetingDate: f.meetingDate,
    paragraph: f.paragraph,
    outcome: f.outcome,
    final: f.final,
    justeringDate: f.justeringDate,
    immediate: f.immediate,
    documentId: f.documentId,
  };
}

interface NewDecision {
  id: string;
  chainId: string;
  version: number;
  supersedesId: string | null;
  row: RecipientRow;
  fields: DecisionFields;
  actor: Actor;
  now: Date;
  reason: string | null;
}

async function insertDecision(m: EntityManager, d: NewDecision): Promise<void> {
  const f = d.fields;
  await m.query(
    `INSERT INTO decisions (id, recipient_id, case_id, organisation_id, chain_id, version, supersedes_id, body_kind, body_name, meeting_date,
       paragraph, outcome, decision_text, justering_date, immediate_justering, notice_posted_date, appeal_window_closes, final, document_id,
       correction_reason, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22)`,
    [d.id, d.row.id, d.row.case_id, d.row.organisation_id, d.chainId, d.version, d.supersedesId, f.bodyKind, f.bodyName, f.meetingDate,
      f.paragraph, f.outcome, f.text, f.justeringDate, f.immediate, f.noticePostedDate, f.appealWindowCloses, f.final, f.documentId,
      d.reason, d.actor.userId, d.now],
  );
}

export async function loadDecision(m: EntityManager, id: string): Promise<DecisionView> {
  const rows: DecisionRow[] = await m.query(`SELECT ${DECISION_COLUMNS} FROM decisions d WHERE d.id = $1`, [id]);
  if (rows.length === 0) throw new NotFoundError('Beslutet', id);
  return toDecisionView(rows[0]);
}
