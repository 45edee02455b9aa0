import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkDeadline, Clock, ConflictError, isOverdue, parseDateInput, todayInStockholm, ValidationError, isUuid } from '@remiss/domain';
import { jobId, QueueName } from '@remiss/queue';
import { DataSource, EntityManager } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { notifyInTransaction } from '../notifications/notify';
import { enqueueMailsInTransaction } from '../outbox/outbox.writer';
import { transition } from '../process/transition';
import { scheduleRecipientReminders } from '../reminders/reminder-scheduler';
import { prepared } from '../process/prepared-query';
import { allowedOrDenied, loadRecipient, LockedRecipientRow, machineKindOf, RECIPIENT_COLUMNS } from './recipient-access';

/** A new deadline: from today up to DATE_LIMITS.deadlineYearsAhead, checked before any date arithmetic. */
function date(field: string, value: string, now: Date): string {
  return parseDateInput(field, value, 'deadline', todayInStockholm(now));
}

/** Anstånd: the recipient asks, the case's secretariat grants (possibly another date) or denies. */
@Injectable()
export class ExtensionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() @Inject(APP_CONFIG) private readonly config?: Pick<AppConfig, 'reminderHorizonHours'>,
  ) {}

  async request(actor: Actor, recipientId: string, input: { requestedDate: string; reason: string }) {
    const now = this.clock.now();
    const requestedDate = date('requestedDate', input.requestedDate, now);
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', ['officer', 'secretariat', 'secretary', 'admin']);
      if (requestedDate <= row.deadline) throw ValidationError.field('requestedDate', `måste vara senare än nuvarande sista dag (${row.deadline})`);
      const result = await transition(m, {
        kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version,
        event: { type: 'REQUEST_EXTENSION', requestedDate, reason: input.reason }, actor, at: now,
      });
      const [request]: Array<{ id: string }> = await m.query(
        `INSERT INTO extension_requests (recipient_id, requested_date, previous_deadline, reason, requested_by, requested_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, 'pending') RETURNING id`,
        [row.id, requestedDate, row.deadline, input.reason, actor.userId, now],
      );
      await enqueueMailsInTransaction(m, [{ jobId: jobId('mail', 'extension-requested', request.id), data: { template: 'extension-requested', extensionRequestId: request.id, recipientId: row.id, caseId: row.case_id } }]);
      const check = checkDeadline({ deadline: requestedDate, today: todayInStockholm(now), minMonths: 0 });
      return { extensionRequestId: request.id, state: result.after, warnings: check.warnings };
    });
  }

  async grant(actor: Actor, requestId: string, input: { newDeadline?: string; comment?: string }) {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const { request, row } = await this.loadPending(m, actor, requestId);
      const newDeadline = input.newDeadline ? date('newDeadline', input.newDeadline, now) : request.requested_date;
      if (newDeadline <= row.deadline) throw ValidationError.field('newDeadline', `måste vara senare än nuvarande sista dag (${row.deadline})`);
      const result = await transition(m, {
        kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version, loaded: row,
        event: { type: 'GRANT_EXTENSION', newDeadline, comment: input.comment ?? '' },
        logPayload: { extensionRequestId: request.id, previousDeadline: row.deadline, newDeadline, comment: input.comment ?? '' }, actor, at: now,
      });
      // the new deadline, the decision and the confirmation mail in one statement
      await prepared(
        m,
        'extension-grant-write',
        `WITH d AS (UPDATE recipients SET deadline = $2 WHERE id = $1),
              r AS (UPDATE extension_requests SET status = 'granted', decided_by = $4, decided_at = $5, granted_date = $2, comment = $6 WHERE id = $3)
         INSERT INTO outbox (queue, name, job_id, payload) VALUES ($7, 'send-mail', $8, $9::jsonb)`,
        [
          row.id, newDeadline, request.id, actor.userId, now, input.comment ?? null, QueueName.Mail, jobId('mail', 'extension-granted', request.id),
          JSON.stringify({ template: 'extension-granted', extensionRequestId: request.id, recipientId: row.id, caseId: row.case_id }),
        ],
      );
      // after the deadline moved: the notification names the new day
      await notifyInTransaction(m, [{ kind: 'extension-granted', recipientId: row.id, dedupeKey: jobId('mail', 'extension-granted', request.id) }]);
      await scheduleRecipientReminders(m, row.id, now, this.config?.reminderHorizonHours);
      const check = checkDeadline({ deadline: newDeadline, today: todayInStockholm(now), minMonths: 0 });
      return { state: result.after, deadline: newDeadline, warnings: check.warnings };
    });
  }

  async deny(actor: Actor, requestId: string, input: { comment: string }) {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const { request, row } = await this.loadPending(m, actor, requestId);
      const result = await transition(m, {
        kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version, loaded: row,
        event: { type: 'DENY_EXTENSION', comment: input.comment, deadlinePassed: isOverdue(row.deadline, now) },
        logPayload: { extensionRequestId: request.id, comment: input.comment }, actor, at: now,
      });
      await m.query(`UPDATE extension_requests SET status = 'denied', decided_by = $2, decided_at = $3, comment = $4 WHERE id = $1`, [request.id, actor.userId, now, input.comment]);
      await enqueueMailsInTransaction(m, [{ jobId: jobId('mail', 'extension-denied', request.id), data: { template: 'extension-denied', extensionRequestId: request.id, recipientId: row.id, caseId: row.case_id } }]);
      return { state: result.after, deadline: row.deadline };
    });
  }

  /** The request and its recipient (locked, with its snapshot for transition()) in one statement; the sender's secretariat only. */
  private async loadPending(m: EntityManager, actor: Actor, requestId: string) {
    type Loaded = LockedRecipientRow & { request_id: string; request_status: string; requested_date: string };
    const rows: Loaded[] = isUuid(requestId)
      ? await prepared(
          m,
          'extension-load-pending',
          `SELECT ${RECIPIENT_COLUMNS}, r.snapshot, r.machine_version, NULL AS latest_answer_id, NULL AS latest_answer_version,
                  er.id AS request_id, er.status AS request_status, to_char(er.requested_date, 'YYYY-MM-DD') AS requested_date
             FROM extension_requests er JOIN recipients r ON r.id = er.recipient_id JOIN rounds ro ON ro.id = r.round_id
             JOIN cases c ON c.id = r.case_id JOIN organisations o ON o.id = r.organisation_id
            WHERE er.id = $1 FOR UPDATE OF r`,
          [requestId],
        )
      : [];
    if (rows.length === 0) return denyAsNotFound(m, actor, 'decide-extension', 'Anståndsbegäran', String(requestId));
    const row = await allowedOrDenied(m, actor, rows[0], rows[0].id, 'sender', ['secretariat', 'admin']);
    if (row.request_status !== 'pending') throw new ConflictError('EXTENSION.ALREADY_DECIDED', 'Anståndsbegäran är redan avgjord.', { status: row.request_status });
    return { request: { id: row.request_id, recipient_id: row.id, status: row.request_status, requested_date: row.requested_date }, row };
  }
}
