import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { loadRecipient } from '../recipients/recipient-access';
import { AWAITING_SQL } from './awaiting-states';
import { DEADLINE_PASSED_KIND } from './reminder-jobs';

/** What became of a reminder, for people: planned (not yet due or about to go), sent, skipped, cancelled, or failed. */
export type ReminderStatusView = 'planned' | 'sent' | 'skipped' | 'cancelled' | 'failed' | 'uncertain';

export interface RecipientReminder {
  id: string;
  /** before, deadline or overdue */
  kind: string;
  /** e.g. before-14, deadline, overdue-2 */
  key: string;
  /** The answer day the reminder was planned for (an extension plans anew for the new day). */
  deadline: string;
  dueAt: string;
  status: ReminderStatusView;
  /** Why it was skipped, cancelled, failed or is uncertain, in Swedish; null otherwise. */
  reason: string | null;
  /** When it was sent, skipped, cancelled or failed. */
  doneAt: string | null;
}

export interface RecipientReminders {
  recipientId: string;
  /** The recipient's deadline now. */
  deadline: string;
  /** Oldest first; bounded by nature (a handful per deadline). */
  items: RecipientReminder[];
}

const STATUS: Record<string, ReminderStatusView> = {
  pending: 'planned', claimed: 'planned', sent: 'sent', skipped: 'skipped', cancelled: 'cancelled', failed: 'failed', uncertain: 'uncertain',
};

/**
 * GET /recipients/:id/reminders: the reminders planned and sent to one recipient, those skipped with the reason,
 * and those cancelled because an extension moved the deadline (or because the answer came). Read by the case's
 * organisation and the recipient's; anyone else gets a logged 404. The internal deadline-passed timer is no
 * reminder and is left out.
 */
@Injectable()
export class RecipientRemindersQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(actor: Actor, recipientId: string): Promise<RecipientReminders> {
    const m = this.dataSource.manager;
    const row = await loadRecipient(m, actor, recipientId, 'either');
    const rows: Array<{ id: string; kind: string; key: string; deadline: string; due_at: Date; status: string; reason: string | null; done_at: Date | null; moved: boolean; ended: boolean }> =
      await m.query(
        `SELECT m.id, m.kind, m.key, m.deadline::text AS deadline, m.due_at, m.status, m.reason, m.done_at,
                m.deadline IS DISTINCT FROM rc.deadline AS moved,
                NOT ${AWAITING_SQL} AS ended
           FROM reminders m JOIN recipients rc ON rc.id = m.recipient_id JOIN rounds r ON r.id = rc.round_id
          WHERE m.recipient_id = $1 AND m.kind <> $2
          ORDER BY m.due_at, m.key, m.id`,
        [recipientId, DEADLINE_PASSED_KIND],
      );
    return {
      recipientId,
      deadline: row.deadline,
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind,
        key: r.key,
        deadline: r.deadline,
        dueAt: new Date(r.due_at).toISOString(),
        status: STATUS[r.status] ?? 'planned',
        reason: r.status === 'cancelled' ? cancelReason(r.moved, r.ended, row.deadline) : r.reason,
        doneAt: r.done_at ? new Date(r.done_at).toISOString() : null,
      })),
    };
  }
}

function cancelReason(moved: boolean, ended: boolean, deadline: string): string {
  if (moved) return `svarsdagen flyttades till ${deadline} (anstånd); påminnelserna planerades om`;
  if (ended) return 'behövs inte längre: svaret, avböjandet eller beslutet har kommit';
  return 'avbruten';
}
