import { deadlineInstant, type LocalDate, planReminders, type ReminderPolicy } from '@remiss/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DEFAULT_REMINDER_HORIZON_HOURS, horizonEnd, insertReminderOutbox } from './reminder-horizon';
import { DEADLINE_PASSED_KIND, reminderJob } from './reminder-jobs';

interface RecipientRow {
  id: string;
  round_id: string;
  case_id: string;
  deadline: LocalDate;
  reminder_policy: ReminderPolicy;
}

interface NewReminder {
  id: string;
  recipientId: string;
  roundId: string;
  caseId: string;
  key: string;
  kind: string;
  deadline: LocalDate;
  dueAt: Date;
  jobId: string;
}

const RECIPIENTS_SQL = `
  SELECT rc.id, rc.round_id, rc.case_id, rc.deadline::text AS deadline, r.reminder_policy
    FROM recipients rc JOIN rounds r ON r.id = rc.round_id
   WHERE r.closed_at IS NULL AND`;

/**
 * Plans (or re-plans after a deadline change) the reminders and the deadline-passed job of one recipient,
 * inside the caller's transaction. Cancels pending reminders for any other deadline (status 'cancelled' +
 * outbox '__remove__' for the jobs they had) and inserts the new ones (status 'pending', deterministic job ids).
 * Only those due within the reminder horizon (`horizonHours`) get their job now (an outbox row with deliver_at =
 * due_at, enqueued_at set); the worker's horizon scheduler enqueues the others as they come within it.
 * Reminders already due (due_at <= now) for 'before' kind are not created.
 */
export async function scheduleRecipientReminders(manager: EntityManager, recipientId: string, now: Date, horizonHours = DEFAULT_REMINDER_HORIZON_HOURS): Promise<void> {
  const recipients: RecipientRow[] = await manager.query(`${RECIPIENTS_SQL} rc.id = $1`, [recipientId]);
  await cancelWhere(manager, `recipient_id = $1 AND deadline IS DISTINCT FROM (SELECT deadline FROM recipients WHERE id = $1)`, [recipientId]);
  await planFor(manager, recipients, now, horizonHours);
}

/** Cancels every pending reminder and deadline job of the recipient (answered, declined, round closed, case withdrawn). */
export async function cancelRecipientReminders(manager: EntityManager, recipientId: string): Promise<void> {
  await cancelWhere(manager, `recipient_id = $1`, [recipientId]);
}

/**
 * Batch form for fan-out: plans reminders for many recipients of one round with few statements
 * (multi-row inserts via unnest); used by send-remiss with up to 290 recipients.
 */
export async function scheduleRoundReminders(manager: EntityManager, roundId: string, now: Date, horizonHours = DEFAULT_REMINDER_HORIZON_HOURS): Promise<void> {
  const recipients: RecipientRow[] = await manager.query(`${RECIPIENTS_SQL} rc.round_id = $1`, [roundId]);
  await cancelWhere(
    manager,
    `round_id = $1 AND deadline IS DISTINCT FROM (SELECT deadline FROM recipients WHERE id = reminders.recipient_id)`,
    [roundId],
  );
  await planFor(manager, recipients, now, horizonHours);
}

/** Cancels the pending reminders matching `where` and asks the relay to remove the jobs they had (rows beyond the horizon had none). */
async function cancelWhere(manager: EntityManager, where: string, params: unknown[]): Promise<void> {
  const [cancelled]: [Array<{ job_id: string; kind: string; enqueued: boolean }>, number] = await manager.query(
    `UPDATE reminders SET status = 'cancelled', done_at = app_now() WHERE status = 'pending' AND ${where} RETURNING job_id, kind, enqueued_at IS NOT NULL AS enqueued`,
    params,
  );
  const rows = cancelled.filter((r) => r.enqueued);
  if (rows.length === 0) return;
  await manager.query(
    `INSERT INTO outbox (queue, name, job_id, payload)
     SELECT q, '__remove__', j, '{}'::jsonb FROM unnest($1::text[], $2::text[]) AS t(q, j)`,
    [rows.map((r) => reminderJob(r.kind).queue), rows.map((r) => r.job_id)],
  );
}

/** Inserts the reminders each recipient's current deadline needs and does not have yet, with their outbox rows. */
async function planFor(manager: EntityManager, recipients: RecipientRow[], now: Date, horizonHours: number): Promise<void> {
  if (recipients.length === 0) return;
  const existing: Array<{ recipient_id: string; key: string }> = await manager.query(
    `SELECT m.recipient_id, m.key FROM reminders m JOIN recipients rc ON rc.id = m.recipient_id
      WHERE m.recipient_id = ANY($1::uuid[]) AND m.status <> 'cancelled' AND m.deadline = rc.deadline`,
    [recipients.map((r) => r.id)],
  );
  const have = new Set(existing.map((e) => `${e.recipient_id}/${e.key}`));
  const plans = new Map<string, Array<{ key: string; kind: string; dueAt: Date }>>();
  const fresh: NewReminder[] = [];
  for (const rc of recipients) {
    const planKey = `${rc.deadline}/${JSON.stringify(rc.reminder_policy)}`;
    let plan = plans.get(planKey);
    if (!plan) {
      plan = planReminders(rc.deadline, rc.reminder_policy, now)
        .filter((p) => p.kind !== 'before' || p.dueAt.getTime() > now.getTime())
        .map((p) => ({ key: p.key, kind: p.kind as string, dueAt: p.dueAt }));
      plan.push({ key: DEADLINE_PASSED_KIND, kind: DEADLINE_PASSED_KIND, dueAt: new Date(deadlineInstant(rc.deadline).getTime() + 1000) });
      plans.set(planKey, plan);
    }
    for (const p of plan) {
      if (have.has(`${rc.id}/${p.key}`)) continue;
      const id = randomUUID();
      fresh.push({ id, recipientId: rc.id, roundId: rc.round_id, caseId: rc.case_id, ...p, deadline: rc.deadline, jobId: reminderJob(p.kind).jobId(id) });
    }
  }
  if (fresh.length > 0) await insertReminders(manager, fresh, horizonEnd(now, horizonHours));
}

/** Inserts the rows; those due by `until` get their outbox row (and enqueued_at) in the same transaction. */
async function insertReminders(manager: EntityManager, list: NewReminder[], until: Date): Promise<void> {
  const enqueued = list.map((r) => r.dueAt.getTime() <= until.getTime());
  await manager.query(
    `INSERT INTO reminders (id, recipient_id, round_id, case_id, key, kind, deadline, due_at, status, job_id, enqueued_at)
     SELECT id, rc, rd, cs, k, kd, dl, due, 'pending', j, CASE WHEN e THEN app_now() END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::date[], $8::timestamptz[], $9::text[], $10::bool[])
         AS t(id, rc, rd, cs, k, kd, dl, due, j, e)`,
    [
      list.map((r) => r.id),
      list.map((r) => r.recipientId),
      list.map((r) => r.roundId),
      list.map((r) => r.caseId),
      list.map((r) => r.key),
      list.map((r) => r.kind),
      list.map((r) => r.deadline),
      list.map((r) => r.dueAt.toISOString()),
      list.map((r) => r.jobId),
      enqueued,
    ],
  );
  await insertReminderOutbox(
    manager,
    list
      .filter((_, i) => enqueued[i])
      .map((r) => ({ id: r.id, kind: r.kind, recipient_id: r.recipientId, deadline: r.deadline, due_at: r.dueAt, job_id: r.jobId })),
  );
}
