import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, ConflictError, ValidationError } from '@remiss/domain';
import { jobId, QueueName } from '@remiss/queue';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { prepared } from '../process/prepared-query';
import { concurrentModification, decideTransition } from '../process/transition';
import { register, registryYear } from '../registry/registry.service';
import { DEADLINE_PASSED_KIND, reminderJob } from '../reminders/reminder-jobs';
import { loadRecipientForCommand, LockedRecipientRow, RecipientRow } from './recipient-access';

/**
 * Registry entries in two different organisations' series: both counters drawn and both entries written in
 * one statement. The number is formatRegistryNumber's (prefix/year/sequence, the sequence at least 4 digits).
 */
const REGISTER_TWO_SQL = `
  WITH c AS (
    INSERT INTO registry_counters (organisation_id, year, last_seq) SELECT unnest($1::uuid[]), $2, 1
    ON CONFLICT (organisation_id, year) DO UPDATE SET last_seq = registry_counters.last_seq + 1
    RETURNING organisation_id, last_seq
  ), n AS (
    SELECT c.organisation_id, c.last_seq, o.registry_prefix || '/' || $2::int || '/' || lpad(c.last_seq::text, greatest(4, length(c.last_seq::text)), '0') AS number
      FROM c JOIN organisations o ON o.id = c.organisation_id
  )
  INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject, case_id)
  SELECT t.o, n.number, $2, n.last_seq, $3, t.d, t.cp, $4, $5
    FROM unnest($1::uuid[], $6::text[], $7::text[]) WITH ORDINALITY AS t(o, d, cp, k) JOIN n ON n.organisation_id = t.o
   ORDER BY t.k`;

/**
 * The whole write of an answer in one statement; every part runs only if the optimistic update of the
 * recipient matched (no row, nothing written, and the caller rolls back). Cancelled reminders that had a job
 * get a '__remove__' outbox row (the kind-to-queue rule is reminderJob's, passed in as $22/$23).
 */
const ANSWER_WRITE_SQL = `
  WITH u AS (
    UPDATE recipients SET snapshot = $3, state = $4, version = version + 1, answered_at = coalesce($12, answered_at)
     WHERE id = $1 AND version = $2 RETURNING id
  ), e AS (
    INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after)
    SELECT $5, $1, $6, $7, $8, $9, $10, $11, $4 FROM u
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
        JSON.stringify(logPayload),
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
      ]);
      if (written[0]?.n !== 1) throw await concurrentModification(m, 'remissRecipient', row.id);
      // Last, so that the organisations' registry counters stay locked only until the commit.
      await this.register(m, row, subject, now, input.theirRegistryNumber);
      await attachDocuments(m, actor, input.documentIds ?? [], { caseId: row.case_id, roundId: row.round_id, answerId });
      return { answerId, version, state: decided.after };
    });
  }

  /**
   * The two registry entries of an answer: out in the answering organisation (under its own number when given),
   * in at the case's organisation; ordinarily both numbers drawn and both entries written in one statement.
   */
  private async register(m: EntityManager, row: LockedRecipientRow, subject: string, now: Date, theirNumber?: string): Promise<void> {
    const out = { organisationId: row.organisation_id, direction: 'out' as const, counterpart: 'Remissavsändaren', subject, caseId: row.case_id, registeredAt: now };
    const into = { organisationId: row.case_organisation_id, direction: 'in' as const, counterpart: row.organisation_name, subject, caseId: row.case_id, registeredAt: now };
    if (theirNumber || row.organisation_id === row.case_organisation_id) {
      // rare paths: an existing number (checked against the registry) or both entries in one series
      await register(m, { ...out, number: theirNumber });
      await register(m, { ...into, externalNumber: theirNumber ?? null });
      return;
    }
    const lines = [out, into];
    await prepared(m, 'answer-registry', REGISTER_TWO_SQL, [
      lines.map((l) => l.organisationId),
      registryYear(now),
      now,
      subject,
      row.case_id,
      lines.map((l) => l.direction),
      lines.map((l) => l.counterpart),
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
