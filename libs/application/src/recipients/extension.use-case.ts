import { Inject, Injectable, Optional } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkDeadline, Clock, ConflictError, isOverdue, parseDateInput, todayInStockholm, ValidationError, isUuid } from '@remiss/domain';
import { jobId } from '@remiss/queue';
import { DataSource, EntityManager } from 'typeorm';
import { denyAsNotFound } from '../access/access-policy';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { enqueueMailsInTransaction } from '../outbox/outbox.writer';
import { transition } from '../process/transition';
import { scheduleRecipientReminders } from '../reminders/reminder-scheduler';
import { loadRecipient, machineKindOf } from './recipient-access';

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
        kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version,
        event: { type: 'GRANT_EXTENSION', newDeadline, comment: input.comment ?? '' },
        logPayload: { extensionRequestId: request.id, previousDeadline: row.deadline, newDeadline, comment: input.comment ?? '' }, actor, at: now,
      });
      await m.query(`UPDATE recipients SET deadline = $2 WHERE id = $1`, [row.id, newDeadline]);
      await m.query(`UPDATE extension_requests SET status = 'granted', decided_by = $2, decided_at = $3, granted_date = $4, comment = $5 WHERE id = $1`, [request.id, actor.userId, now, newDeadline, input.comment ?? null]);
      await scheduleRecipientReminders(m, row.id, now, this.config?.reminderHorizonHours);
      await enqueueMailsInTransaction(m, [{ jobId: jobId('mail', 'extension-granted', request.id), data: { template: 'extension-granted', extensionRequestId: request.id, recipientId: row.id, caseId: row.case_id } }]);
      const check = checkDeadline({ deadline: newDeadline, today: todayInStockholm(now), minMonths: 0 });
      return { state: result.after, deadline: newDeadline, warnings: check.warnings };
    });
  }

  async deny(actor: Actor, requestId: string, input: { comment: string }) {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const { request, row } = await this.loadPending(m, actor, requestId);
      const result = await transition(m, {
        kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version,
        event: { type: 'DENY_EXTENSION', comment: input.comment, deadlinePassed: isOverdue(row.deadline, now) },
        logPayload: { extensionRequestId: request.id, comment: input.comment }, actor, at: now,
      });
      await m.query(`UPDATE extension_requests SET status = 'denied', decided_by = $2, decided_at = $3, comment = $4 WHERE id = $1`, [request.id, actor.userId, now, input.comment]);
      await enqueueMailsInTransaction(m, [{ jobId: jobId('mail', 'extension-denied', request.id), data: { template: 'extension-denied', extensionRequestId: request.id, recipientId: row.id, caseId: row.case_id } }]);
      return { state: result.after, deadline: row.deadline };
    });
  }

  private async loadPending(m: EntityManager, actor: Actor, requestId: string) {
    const requests: Array<{ id: string; recipient_id: string; status: string; requested_date: string }> = isUuid(requestId)
      ? await m.query(`SELECT id, recipient_id, status, to_char(requested_date, 'YYYY-MM-DD') AS requested_date FROM extension_requests WHERE id = $1`, [requestId])
      : [];
    if (requests.length === 0) return denyAsNotFound(m, actor, 'decide-extension', 'Anståndsbegäran', String(requestId));
    const request = requests[0];
    const row = await loadRecipient(m, actor, request.recipient_id, 'sender', ['secretariat', 'admin']);
    if (request.status !== 'pending') throw new ConflictError('EXTENSION.ALREADY_DECIDED', 'Anståndsbegäran är redan avgjord.', { status: request.status });
    return { request, row };
  }
}
