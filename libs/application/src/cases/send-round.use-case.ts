import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import {
  checkDeadline,
  Clock,
  DEFAULT_REMINDER_POLICY,
  DeadlineWarning,
  parseDateInput,
  ReminderPolicy,
  todayInStockholm,
  validateReminderPolicy,
  ValidationError,
} from '@remiss/domain';
import { jobId } from '@remiss/queue';
import {
  DECISION_RECIPIENT_MACHINE_VERSION,
  decisionRecipientMachine,
  initialSnapshot,
  REMISS_RECIPIENT_MACHINE_VERSION,
  remissRecipientMachine,
} from '@remiss/workflows';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { attachDocuments } from '../documents/attach-documents';
import { appendEvent } from '../process/event-log';
import { transition } from '../process/transition';
import { enqueueMailsInTransaction } from '../outbox/outbox.writer';
import { registerDocument, registerDocuments } from '../registry/registry.service';
import { scheduleRoundReminders } from '../reminders/reminder-scheduler';
import { loadCase } from './case-access';

export interface SendRoundInput {
  kind: 'remiss' | 'recommendation';
  deadline: string;
  subject?: string;
  message?: string;
  organisationIds?: string[];
  groupIds?: string[];
  documentId?: string;
  reminderPolicy?: ReminderPolicy;
}

export interface SendRoundResult {
  roundId: string;
  seq: number;
  registryNumber: string;
  recipients: number;
  deadline: string;
  workingDays: number;
  warnings: DeadlineWarning[];
  state: string;
}

/**
 * Sends a remiss (or a recommendation) round: one recipient machine per
 * organisation, registered out in the sender's registry and in in each
 * recipient's, a mail to each through the outbox, and their reminders planned.
 */
@Injectable()
export class SendRoundUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, caseId: string, input: SendRoundInput): Promise<SendRoundResult> {
    const now = this.clock.now();
    const today = todayInStockholm(now);
    // From today up to DATE_LIMITS.deadlineYearsAhead, checked before any date arithmetic (DEADLINE.IN_PAST if past).
    const deadline = parseDateInput('deadline', input.deadline, 'deadline', today);
    const check = checkDeadline({ deadline, today, minMonths: input.kind === 'remiss' ? this.config.remissMinMonths : 0 });
    const policy = input.reminderPolicy ?? DEFAULT_REMINDER_POLICY;
    const policyErrors = Object.entries(validateReminderPolicy(policy));
    if (policyErrors.length > 0) throw new ValidationError(policyErrors.map(([field, reason]) => ({ field: `reminderPolicy.${field}`, reason: String(reason) })));

    return this.dataSource.transaction(async (m) => {
      const row = await loadCase(m, actor, caseId, 'write');
      const organisationIds = await this.resolveRecipients(m, row.organisation_id, input);
      const subject = input.subject?.trim() || (input.kind === 'remiss' ? `Remiss: ${row.title}` : `Rekommendation: ${row.title}`);
      const roundId = randomUUID();
      // The case transition comes first: it takes the case row's lock and checks its version, so
      // concurrent sends are serialised (the loser gets 409) before a round number is chosen.
      const result = await transition(m, {
        kind: 'consultation',
        id: row.id,
        caseId: row.id,
        expectedVersion: row.version,
        event: { type: input.kind === 'remiss' ? 'SEND_REMISS' : 'SEND_RECOMMENDATION', roundId },
        logPayload: { roundId, deadline, recipients: organisationIds.length, subject },
        actor,
        at: now,
      });
      const [{ seq }] = await m.query(`SELECT coalesce(max(seq), 0) + 1 AS seq FROM rounds WHERE case_id = $1`, [row.id]);
      if (input.documentId) await attachDocuments(m, actor, [input.documentId], { caseId: row.id }, 'documentId');
      const [round]: Array<{ id: string }> = await m.query(
        `INSERT INTO rounds (id, case_id, kind, seq, subject, message, deadline, sent_at, reminder_policy, document_id, created_by)
         VALUES ($11, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [row.id, input.kind, seq, subject, input.message ?? '', deadline, now, JSON.stringify(policy), input.documentId ?? null, actor.userId, roundId],
      );
      // Out in the case's own registry, in at each recipient (in the case the recipient keeps for this matter).
      const { number: registryNumber } = await registerDocument(m, {
        organisationId: row.organisation_id, caseId: row.id, key: `round:${round.id}`, direction: 'out', counterpart: `${organisationIds.length} mottagare`,
        subject, documentId: input.documentId ?? null, registeredAt: now,
      });
      const [{ name: senderName }]: Array<{ name: string }> = await m.query(`SELECT name FROM organisations WHERE id = $1`, [row.organisation_id]);
      await registerDocuments(
        m,
        organisationIds.map((organisationId) => ({
          organisationId, caseId: row.id, key: `round:${round.id}`, direction: 'in' as const, counterpart: senderName, subject, externalNumber: registryNumber, registeredAt: now,
        })),
      );
      const recipientIds = await this.insertRecipients(m, row.id, round.id, input.kind, deadline, organisationIds, registryNumber);
      await appendEvent(m, { caseId: row.id, actor, at: now, event: 'ROUND_SENT', payload: { roundId: round.id, kind: input.kind, recipientIds }, stateBefore: result.after, stateAfter: result.after });
      await enqueueMailsInTransaction(
        m,
        recipientIds.map((recipientId) => ({
          jobId: jobId('mail', input.kind === 'remiss' ? 'remiss-sent' : 'recommendation-sent', recipientId),
          data: { template: input.kind === 'remiss' ? 'remiss-sent' : 'recommendation-sent', recipientId, caseId: row.id, roundId: round.id },
        })),
      );
      await scheduleRoundReminders(m, round.id, now, this.config.reminderHorizonHours);
      return { roundId: round.id, seq, registryNumber, recipients: recipientIds.length, deadline, workingDays: check.workingDays, warnings: check.warnings, state: result.after };
    });
  }

  private async resolveRecipients(m: EntityManager, ownerId: string, input: SendRoundInput): Promise<string[]> {
    const ids = new Set<string>(input.organisationIds ?? []);
    for (const groupId of input.groupIds ?? []) {
      const members: Array<{ organisation_id: string }> = await m.query(
        `SELECT gm.organisation_id FROM recipient_group_members gm JOIN recipient_groups g ON g.id = gm.group_id WHERE g.id = $1 AND g.organisation_id = $2`,
        [groupId, ownerId],
      );
      if (members.length === 0) throw ValidationError.field('groupIds', `gruppen ${groupId} finns inte eller är tom`);
      members.forEach((row) => ids.add(row.organisation_id));
    }
    ids.delete(ownerId);
    if (ids.size === 0) throw ValidationError.field('organisationIds', 'välj minst en mottagare (organisationer eller grupper)');
    const found: Array<{ id: string }> = await m.query(`SELECT id FROM organisations WHERE id = ANY($1::uuid[])`, [[...ids]]);
    if (found.length !== ids.size) throw ValidationError.field('organisationIds', 'innehåller en organisation som inte finns');
    return [...ids].sort();
  }

  private async insertRecipients(m: EntityManager, caseId: string, roundId: string, kind: 'remiss' | 'recommendation', deadline: string, organisationIds: string[], registryNumber: string): Promise<string[]> {
    const machine = kind === 'remiss' ? remissRecipientMachine : decisionRecipientMachine;
    const version = kind === 'remiss' ? REMISS_RECIPIENT_MACHINE_VERSION : DECISION_RECIPIENT_MACHINE_VERSION;
    const snapshot = JSON.stringify(initialSnapshot(machine, { deadline }));
    const rows: Array<{ id: string }> = await m.query(
      `INSERT INTO recipients (round_id, case_id, organisation_id, state, snapshot, machine_version, version, deadline, original_deadline, registry_number)
       SELECT $1, $2, o, 'sent', $3::jsonb, $4, 1, $5, $5, $6 FROM unnest($7::uuid[]) AS o RETURNING id`,
      [roundId, caseId, snapshot, version, deadline, registryNumber, organisationIds],
    );
    return rows.map((r) => r.id);
  }
}
