import { addMonths, stockholmInstant, todayInStockholm, type LocalDate } from '@remiss/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { enqueueInTransaction } from '../outbox/outbox.writer';
import { reminderJob } from '../reminders/reminder-jobs';

/** The reminders row kind of the yearly follow-up of an agreement (§ 8). */
export const FOLLOW_UP_KIND = 'follow-up';
/** The follow-up reminder goes out at this hour, Stockholm time. */
export const FOLLOW_UP_HOUR = 8;

/**
 * Plans the yearly follow-up of a case (§ 8: the steering group follows up yearly) one year
 * after `from`, inside the caller's transaction: a reminders row of kind 'follow-up' (no
 * recipient) and its job through the outbox. Idempotent: a case has at most one pending
 * follow-up, so the triggers (recommendation round closed, first party) may all call it.
 */
export async function scheduleFollowUp(manager: EntityManager, caseId: string, from: Date | LocalDate): Promise<{ reminderId: string; dueDate: LocalDate } | null> {
  // Serialise concurrent triggers on the same case.
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('follow-up:' || $1))`, [caseId]);
  const pending: unknown[] = await manager.query(`SELECT 1 FROM reminders WHERE case_id = $1 AND kind = $2 AND status = 'pending'`, [caseId, FOLLOW_UP_KIND]);
  if (pending.length > 0) return null;
  const start = typeof from === 'string' ? from : todayInStockholm(from);
  const dueDate = addMonths(start, 12);
  const dueAt = stockholmInstant(dueDate, FOLLOW_UP_HOUR);
  const id = randomUUID();
  const spec = reminderJob(FOLLOW_UP_KIND);
  const jobIdValue = spec.jobId(id);
  await manager.query(
    `INSERT INTO reminders (id, recipient_id, round_id, case_id, key, kind, deadline, due_at, status, job_id)
     VALUES ($1, NULL, NULL, $2, $3, $4, $5, $6, 'pending', $7)`,
    [id, caseId, `${FOLLOW_UP_KIND}:${dueDate}`, FOLLOW_UP_KIND, dueDate, dueAt, jobIdValue],
  );
  await enqueueInTransaction(manager, spec.job({ id, recipientId: '', deadline: dueDate }), { jobId: jobIdValue, deliverAt: dueAt });
  return { reminderId: id, dueDate };
}
