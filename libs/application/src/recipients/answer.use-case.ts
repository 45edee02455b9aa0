import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationError } from '@remiss/domain';
import { jobId } from '@remiss/queue';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { enqueueMailsInTransaction } from '../outbox/outbox.writer';
import { transition } from '../process/transition';
import { register } from '../registry/registry.service';
import { cancelRecipientReminders } from '../reminders/reminder-scheduler';
import { loadRecipient, RecipientRow } from './recipient-access';

export const ANSWER_POSITIONS = ['tillstyrker', 'avstyrker', 'inga_synpunkter', 'synpunkter'] as const;
export type AnswerPosition = (typeof ANSWER_POSITIONS)[number];

export interface AnswerInput {
  position: AnswerPosition;
  text: string;
  theirRegistryNumber?: string;
  receivedAt?: string;
  documentIds?: string[];
  innerAnswerIds?: string[];
}

/** Answers a remiss, or corrects an answer as a new version (nothing is overwritten). */
@Injectable()
export class AnswerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  answer(actor: Actor, recipientId: string, input: AnswerInput): Promise<{ answerId: string; version: number; state: string }> {
    return this.write(actor, recipientId, input, 'ANSWER');
  }

  correct(actor: Actor, recipientId: string, input: AnswerInput): Promise<{ answerId: string; version: number; state: string }> {
    return this.write(actor, recipientId, input, 'CORRECT_ANSWER');
  }

  private async write(actor: Actor, recipientId: string, input: AnswerInput, type: 'ANSWER' | 'CORRECT_ANSWER') {
    const now = this.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (Number.isNaN(receivedAt.getTime())) throw ValidationError.field('receivedAt', 'måste vara en tidpunkt');
    if (receivedAt.getTime() > now.getTime() + 60_000) throw ValidationError.field('receivedAt', 'kan inte ligga i framtiden');
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', ['officer', 'secretariat', 'admin']);
      if (row.round_kind !== 'remiss') throw new ConflictError('ANSWER.NOT_A_REMISS', 'En rekommendation besvaras med beslut, inte med remissvar.');
      const innerAnswerIds = await this.checkInnerAnswers(m, row, input.innerAnswerIds ?? []);
      const result = await transition(m, {
        kind: 'remissRecipient',
        id: row.id,
        caseId: row.case_id,
        recipientId: row.id,
        expectedVersion: row.version,
        event: { type, receivedAt: receivedAt.toISOString() },
        logPayload: { position: input.position, theirRegistryNumber: input.theirRegistryNumber ?? null, receivedAt: receivedAt.toISOString() },
        actor,
        at: now,
      });
      const previous: Array<{ id: string; version: number }> = await m.query(`SELECT id, version FROM answers WHERE recipient_id = $1 ORDER BY version DESC LIMIT 1`, [row.id]);
      const version = (previous[0]?.version ?? 0) + 1;
      const [answer]: Array<{ id: string }> = await m.query(
        `INSERT INTO answers (recipient_id, version, position, text, their_registry_number, received_at, created_by, created_at, supersedes_id, inner_answer_ids)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [row.id, version, input.position, input.text, input.theirRegistryNumber ?? null, receivedAt, actor.userId, now, previous[0]?.id ?? null, innerAnswerIds],
      );
      await attachDocuments(m, actor, input.documentIds ?? [], { caseId: row.case_id, roundId: row.round_id, answerId: answer.id });
      if (type === 'ANSWER') {
        await m.query(`UPDATE recipients SET answered_at = $2 WHERE id = $1`, [row.id, receivedAt]);
        await cancelRecipientReminders(m, row.id);
      }
      const subject = `${version > 1 ? 'Rättat remissvar' : 'Remissvar'} från ${row.organisation_name}: ${row.case_title}`;
      await register(m, { organisationId: row.organisation_id, direction: 'out', counterpart: 'Remissavsändaren', subject, caseId: row.case_id, registeredAt: now, number: input.theirRegistryNumber });
      await register(m, { organisationId: row.case_organisation_id, direction: 'in', counterpart: row.organisation_name, subject, caseId: row.case_id, registeredAt: now, externalNumber: input.theirRegistryNumber ?? null });
      await enqueueMailsInTransaction(m, [{ jobId: jobId('mail', 'answer-received', answer.id), data: { template: 'answer-received', recipientId: row.id, caseId: row.case_id } }]);
      return { answerId: answer.id, version, state: result.after };
    });
  }

  /** Internal answers attached to an outer answer must come from this recipient's own nested case. */
  private async checkInnerAnswers(m: EntityManager, row: RecipientRow, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const found: Array<{ id: string }> = await m.query(
      `SELECT a.id FROM answers a JOIN recipients r ON r.id = a.recipient_id JOIN cases c ON c.id = r.case_id
        WHERE a.id = ANY($1::uuid[]) AND c.parent_recipient_id = $2`,
      [ids, row.id],
    );
    if (found.length !== new Set(ids).size) throw ValidationError.field('innerAnswerIds', 'måste vara svar i ett internt remissärende som hör till denna remiss');
    return [...new Set(ids)];
  }
}
