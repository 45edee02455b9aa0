import { EntityManager } from 'typeorm';
import { reminderJob } from './reminder-jobs';

/**
 * The reminder horizon: only reminders due within the next REMINDER_HORIZON_HOURS are BullMQ jobs (a few
 * hundred bytes of Redis each); the rest stay rows in PostgreSQL (the source of truth either way) until the
 * worker's horizon scheduler enqueues them as they come within it. `reminders.enqueued_at` marks a row whose
 * job was handed to the outbox; it is set in the same statement that chooses the row, so a row is enqueued
 * once however many schedulers run.
 */
export const DEFAULT_REMINDER_HORIZON_HOURS = 48;

/** The last due instant that gets a job now. */
export function horizonEnd(now: Date, hours: number = DEFAULT_REMINDER_HORIZON_HOURS): Date {
  return new Date(now.getTime() + hours * 3_600_000);
}

/** A reminders row as the outbox needs it. */
export interface ReminderJobRow {
  id: string;
  kind: string;
  recipient_id: string;
  deadline: string;
  due_at: Date | string;
  job_id: string;
}

/** Outbox rows (deliver_at = due_at) for the jobs of these reminders rows, in one statement. */
export async function insertReminderOutbox(manager: EntityManager, rows: ReminderJobRow[]): Promise<void> {
  if (rows.length === 0) return;
  const jobs = rows.map((r) => reminderJob(r.kind).job({ id: r.id, recipientId: r.recipient_id, deadline: r.deadline }));
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, payload, deliver_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::timestamptz[])`,
    [
      jobs.map((j) => j.queue),
      jobs.map((j) => j.name),
      rows.map((r) => r.job_id),
      jobs.map((j) => JSON.stringify(j.data)),
      rows.map((r) => new Date(r.due_at).toISOString()),
    ],
  );
}

/**
 * Enqueues (through the outbox) up to `limit` pending reminders due by `until` that have no job yet, the
 * earliest first, inside the caller's transaction; returns how many. Safe on N workers at once: the rows are
 * chosen FOR UPDATE SKIP LOCKED and re-checked (`enqueued_at IS NULL`) after locking, so each gets one outbox row.
 */
export async function enqueueWithinHorizon(manager: EntityManager, until: Date, limit: number): Promise<number> {
  const [rows]: [ReminderJobRow[], number] = await manager.query(
    `WITH due AS (
       SELECT id FROM reminders WHERE status = 'pending' AND enqueued_at IS NULL AND due_at <= $1
        ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     UPDATE reminders m SET enqueued_at = app_now() FROM due WHERE m.id = due.id
     RETURNING m.id, m.kind, m.recipient_id, m.deadline::text AS deadline, m.due_at, m.job_id`,
    [until, limit],
  );
  await insertReminderOutbox(manager, rows);
  return rows.length;
}
