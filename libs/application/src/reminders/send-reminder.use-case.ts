import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, isWorkingDay, reminderVerdict, todayInStockholm } from '@remiss/domain';
import { DataSource, EntityManager } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { SendMailUseCase } from '../mail/send-mail.use-case';
import { awaitsAnswer } from './awaiting-states';
import { DEADLINE_PASSED_KIND } from './reminder-jobs';
import { notifyInTransaction } from '../notifications/notify';

export type ReminderResult = { status: 'sent'; messageId?: string; resent?: boolean } | { status: 'skipped'; reason: string } | { status: 'uncertain'; reason: string };

/** A stale reminder whose earlier mail may or may not have gone out: not sent again (it no longer applies), listed for the administrator. */
export const STALE_UNCERTAIN_REASON =
  'Det är okänt om påminnelsen kom fram (arbetaren avbröts medan den lämnades till e-postservern), och den skickas inte igen eftersom den inte längre gäller';

interface ReminderRow {
  status: string;
  deadline: string | null;
  job_id: string;
  recipient_state: string | null;
  recipient_deadline: string | null;
  round_kind: string | null;
  round_closed: boolean;
  case_state: string;
}

interface SiblingRow {
  id: string;
  kind: string;
  key: string;
  due_at: Date;
  status: string;
  job_id: string;
}

/** Why a pending reminder must not go out now, or null when it may. Pure, for the use case and its tests. */
export function reminderSkipReason(row: ReminderRow, now: Date): string | null {
  if (row.status !== 'pending') return `påminnelsen är ${row.status}`;
  if (row.recipient_state === null || row.round_kind === null) return 'mottagaren finns inte';
  if (row.case_state === 'withdrawn') return 'ärendet är återkallat';
  if (row.round_closed) return 'omgången är stängd';
  if (!awaitsAnswer(row.round_kind, row.recipient_state)) return `mottagaren väntar inte på svar (${row.recipient_state})`;
  if (row.deadline !== row.recipient_deadline) return 'svarsdatumet har flyttats';
  if (!isWorkingDay(todayInStockholm(now))) return 'inte en arbetsdag';
  return null;
}

type Claim = { send: true; jobId: string } | { send: false; reason: string; uncertain?: boolean };

/**
 * Sends one planned reminder. The decision is taken in one short transaction that locks the recipient row
 * (FOR UPDATE, the same order as a grant of an extension: recipient, then reminders) and the recipient's
 * reminders: a grant either committed before (the deadline moved: skipped) or waits until the reminder is
 * 'claimed' for the deadline it names. Of the reminders of one recipient and deadline due at once, only the
 * one that applies now goes out (libs/domain reminderVerdict); the others are skipped with the reason.
 * The mail itself is deduplicated by the job id in the mail log.
 */
@Injectable()
export class SendReminderUseCase {
  private readonly logger = new Logger('Påminnelser');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sendMail: SendMailUseCase,
  ) {}

  async execute(reminderId: string): Promise<ReminderResult> {
    const now = this.clock.now();
    const claim = await this.dataSource.transaction((m) => this.claim(m, reminderId, now));
    if (!claim.send) {
      this.logger.log(`Hoppade över påminnelse ${reminderId}: ${claim.reason}`);
      return claim.uncertain ? { status: 'uncertain', reason: claim.reason } : { status: 'skipped', reason: claim.reason };
    }
    const sent = await this.sendMail.execute(claim.jobId, { template: 'reminder', reminderId });
    await this.finish(reminderId, now);
    return sent.status === 'sent' ? { status: 'sent', messageId: sent.messageId, resent: sent.resent } : { status: 'sent' };
  }

  /** Records a permanent failure of the reminder's job (the worker calls it before failing the job). */
  async markFailed(reminderId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminders SET status = 'failed', reason = $2, done_at = $3 WHERE id = $1 AND status IN ('pending', 'claimed')`,
      [reminderId, reason, this.clock.now()],
    );
  }

  private async claim(m: EntityManager, reminderId: string, now: Date): Promise<Claim> {
    const own: Array<{ recipient_id: string | null }> = await m.query(`SELECT recipient_id FROM reminders WHERE id = $1`, [reminderId]);
    if (own.length === 0) return { send: false, reason: 'påminnelsen finns inte' };
    if (own[0].recipient_id) await m.query(`SELECT 1 FROM recipients WHERE id = $1 FOR UPDATE`, [own[0].recipient_id]);
    const rows: ReminderRow[] = await m.query(
      `SELECT m.status, m.deadline::text AS deadline, m.job_id, rc.state AS recipient_state,
              rc.deadline::text AS recipient_deadline, r.kind AS round_kind, (r.closed_at IS NOT NULL) AS round_closed,
              c.state AS case_state
         FROM reminders m JOIN cases c ON c.id = m.case_id
         LEFT JOIN recipients rc ON rc.id = m.recipient_id LEFT JOIN rounds r ON r.id = rc.round_id
        WHERE m.id = $1`,
      [reminderId],
    );
    const row = rows[0];
    if (row.status === 'claimed') {
      // A retry of a job that claimed the reminder and then died: carry on (the mail log sends it once, or again
      // with the same Message-ID when the outcome is unknown), unless it has gone stale since (e.g. a grant moved
      // the deadline). Then a mail recorded as sent is only confirmed; one never handed over is skipped; one whose
      // outcome is unknown is not sent again (it no longer applies) and the reminder is marked uncertain.
      const stale = reminderSkipReason({ ...row, status: 'pending' }, now);
      if (!stale) return { send: true, jobId: row.job_id };
      const [logged]: Array<{ status: string }> = await m.query(`SELECT status FROM mail_log WHERE dedupe_key = $1 FOR UPDATE`, [row.job_id]);
      if (logged?.status === 'sent') return { send: true, jobId: row.job_id };
      if (logged?.status === 'sending' || logged?.status === 'uncertain') {
        const reason = `${STALE_UNCERTAIN_REASON} (${stale})`;
        await m.query(`UPDATE mail_log SET status = 'uncertain', error = $2 WHERE dedupe_key = $1`, [row.job_id, reason]);
        await m.query(`UPDATE reminders SET status = 'uncertain', reason = $2, done_at = $3 WHERE id = $1 AND status = 'claimed'`, [reminderId, reason, now]);
        return { send: false, reason, uncertain: true };
      }
      await m.query(`UPDATE reminders SET status = 'skipped', reason = $2, done_at = $3 WHERE id = $1 AND status = 'claimed'`, [reminderId, stale, now]);
      return { send: false, reason: stale };
    }
    const skip = async (reason: string): Promise<Claim> => {
      await m.query(`UPDATE reminders SET status = 'skipped', reason = $2, done_at = $3 WHERE id = $1 AND status = 'pending'`, [reminderId, reason, now]);
      return { send: false, reason };
    };
    const reason = reminderSkipReason(row, now);
    if (reason) return row.status === 'pending' ? skip(reason) : { send: false, reason };
    const siblings: SiblingRow[] = await m.query(
      `SELECT id, kind, key, due_at, status, job_id FROM reminders
        WHERE recipient_id = $1 AND deadline = $2::date AND kind <> $3 AND status <> 'cancelled' ORDER BY due_at FOR UPDATE`,
      [own[0].recipient_id, row.deadline, DEADLINE_PASSED_KIND],
    );
    const candidates = siblings.map((s) => ({ id: s.id, kind: s.kind, key: s.key, dueAt: new Date(s.due_at) }));
    const target = candidates.find((c) => c.id === reminderId)!;
    const verdict = reminderVerdict(target, candidates, row.deadline!, now);
    if (!verdict.send) return skip(verdict.reason);
    await m.query(`UPDATE reminders SET status = 'claimed' WHERE id = $1 AND status = 'pending'`, [reminderId]);
    return { send: true, jobId: row.job_id };
  }

  private async finish(reminderId: string, now: Date): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const done: Array<{ recipient_id: string | null; job_id: string }> = await m.query(
        `WITH u AS (UPDATE reminders SET status = 'sent', done_at = $2, reason = NULL WHERE id = $1 AND status IN ('pending', 'claimed') RETURNING recipient_id, job_id)
         SELECT recipient_id, job_id FROM u`,
        [reminderId, now],
      );
      // the in-app notification beside the mail, once the mail went out
      if (done[0]?.recipient_id) await notifyInTransaction(m, [{ kind: 'reminder', recipientId: done[0].recipient_id, dedupeKey: done[0].job_id }]);
    });
  }
}
