import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationError } from '@remiss/domain';
import { jobId, QueueName } from '@remiss/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { CHAIN_COLUMNS, CHAIN_RETURNING, chainParams, chainSet } from '../process/log-chain';
import { notifyInTransaction } from '../notifications/notify';
import { prepared } from '../process/prepared-query';
import { concurrentModification, decideTransition } from '../process/transition';
import { registerDocuments } from '../registry/registry.service';
import { DEADLINE_PASSED_KIND, reminderJob } from '../reminders/reminder-jobs';
import { loadRecipientForCommand, LockedRecipientRow, RecipientRow } from './recipient-access';

/**
 * The whole write of an answer in one statement; every part runs only if the optimistic update of the
 * recipient matched (no row, nothing written, and the caller rolls back). Cancelled reminders that had a job
 * get a '__remove__' outbox row (the kind-to-queue rule is reminderJob's, passed in as $22/$23). The log row joins
 * the case's hash chain (log-chain.ts; the canonical halves are $27/$28).
 */
const ANSWER_WRITE_SQL = `
  WITH u AS (
    UPDATE recipients SET snapshot = $3, state = $4, version = version + 1, answered_at = coalesce($12, answered_at)
     WHERE id = $1 AND version = $2 RETURNING id
  ), h AS (
    UPDATE cases SET ${chainSet('$27', '$28')} WHERE id = $5 AND EXISTS (SELECT 1 FROM u) RETURNING ${CHAIN_RETURNING}
  ), e AS (
    INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after, ${CHAIN_COLUMNS})
    SELECT $5, $1, $6, $7, $8, $9, $10, $11, $4, ${CHAIN_RETURNING} FROM h
  ), a AS (
    INSERT INTO answers (id, recipient_id, version, position, text, their_registry_number, received_at, created_by, created_at, supersedes_id, inner_answer_ids)
    SELECT $13, $1, $14, $15, $16, $17, $18, $6, $8, $19, $20 FROM u
  ), c AS (
    UPDATE reminders SET status = 'cancelled', done_at = app_now()
     WHERE $21 AND recipient_id = $1 AND status = 'pending' AND EXISTS (SELECT 1 FROM u) RETURNING job_id, kind, enqueued_at
  ), x AS (
    INSERT INTO outbox (queue, name, job_id, payload)
    SELECT CASE WHEN kind = '${DEADLINE_PASSED_KIND}' THEN $23 ELSE $22 END, '__remove__', job_id, '{}'::jsonb FROM c WHERE enqueued_at IS NOT NULL
  ), m AS (
    INSERT INTO outbox (queue, name, job_id, payload) SELECT $24, 'send-mail', $25, $26::jsonb FROM u
  )
  SELECT count(*)::int AS n FROM u`;

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

  /**
   * One unit of work in few round trips: the recipient is loaded and locked once (with its snapshot and latest
   * answer), the event decided in memory, then one statement
   * writes the transition, its log entry, the answer, the cancelled reminders (and the removal of their jobs),
   * both registry entries and the mail to the sender. Documents and internal answers add their own statements
   * only when given.
   */
  private async write(actor: Actor, recipientId: string, input: AnswerInput, type: 'ANSWER' | 'CORRECT_ANSWER') {
    const now = this.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    if (Number.isNaN(receivedAt.getTime())) throw ValidationError.field('receivedAt', 'måste vara en tidpunkt');
    if (receivedAt.getTime() > now.getTime() + 60_000) throw ValidationError.field('receivedAt', 'kan inte ligga i framtiden');
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipientForCommand(m, actor, recipientId, 'recipient', ['officer', 'secretariat', 'admin']);
      if (row.round_kind !== 'remiss') throw new ConflictError('ANSWER.NOT_A_REMISS', 'En rekommendation besvaras med beslut, inte med remissvar.');
      const innerAnswerIds = await this.checkInnerAnswers(m, row, input.innerAnswerIds ?? []);
      const logPayload = { position: input.position, theirRegistryNumber: input.theirRegistryNumber ?? null, receivedAt: receivedAt.toISOString() };
      const event = { type, receivedAt: receivedAt.toISOString() };
      const decided = decideTransition(
        { kind: 'remissRecipient', id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version, event, logPayload, actor, at: now },
        row,
      );
      const logPayloadJson = JSON.stringify(logPayload);
      const version = (row.latest_answer_version ?? 0) + 1;
      const answerId = randomUUID();
      const subject = `${version > 1 ? 'Rättat remissvar' : 'Remissvar'} från ${row.organisation_name}: ${row.case_title}`;
      const written: Array<{ n: number }> = await prepared(m, 'answer-write', ANSWER_WRITE_SQL, [
        row.id,
        decided.fromVersion,
        JSON.stringify(decided.snapshot),
        decided.after,
        row.case_id,
        actor.userId,
        actor.organisationId,
        now,
        type,
        logPayloadJson,
        decided.before,
        type === 'ANSWER' ? receivedAt : null,
        answerId,
        version,
        input.position,
        input.text,
        input.theirRegistryNumber ?? null,
        receivedAt,
        row.latest_answer_id,
        innerAnswerIds,
        type === 'ANSWER',
        reminderJob('before').queue,
        reminderJob(DEADLINE_PASSED_KIND).queue,
        QueueName.Mail,
        jobId('mail', 'answer-received', answerId),
        JSON.stringify({ template: 'answer-received', recipientId: row.id, caseId: row.case_id }),
        ...chainParams({
          caseId: row.case_id,
          recipientId: row.id,
          actorUserId: actor.userId,
          actorOrganisationId: actor.organisationId,
          at: now,
          event: type,
          payloadJson: logPayloadJson,
          stateBefore: decided.before,
          stateAfter: decided.after,
        }),
      ]);
      if (written[0]?.n !== 1) throw await concurrentModification(m, 'remissRecipient', row.id);
      await notifyInTransaction(m, [{ kind: 'answer-received', recipientId: row.id, dedupeKey: jobId('mail', 'answer-received', answerId) }]);
      // Last, so that the organisations' registry counters stay locked only until the commit.
      await this.register(m, row, answerId, subject, now, input.theirRegistryNumber);
      await attachDocuments(m, actor, input.documentIds ?? [], { caseId: row.case_id, roundId: row.round_id, answerId });
      return { answerId, version, state: decided.after };
    });
  }

  /**
   * The two registry entries of an answer, each under the case's number in its organisation's registry: out in
   * the answering organisation (under its own number when given), in at the case's organisation.
   */
  private async register(m: EntityManager, row: LockedRecipientRow, answerId: string, subject: string, now: Date, theirNumber?: string): Promise<void> {
    const [out] = await registerDocuments(m, [
      { organisationId: row.organisation_id, caseId: row.case_id, key: `answer:${answerId}`, direction: 'out', counterpart: 'Remissavsändaren', subject, externalNumber: row.case_registry_number, registeredAt: now, number: theirNumber },
    ]);
    await registerDocuments(m, [
      { organisationId: row.case_organisation_id, caseId: row.case_id, key: `answer:${answerId}`, direction: 'in', counterpart: row.organisation_name, subject, externalNumber: out.number, registeredAt: now },
    ]);
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
