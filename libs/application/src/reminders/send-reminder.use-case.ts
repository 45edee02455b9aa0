import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, isWorkingDay, todayInStockholm } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { SendMailUseCase } from '../mail/send-mail.use-case';
import { awaitsAnswer } from './awaiting-states';

export type ReminderResult = { status: 'sent'; messageId?: string } | { status: 'skipped'; reason: string };

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

/**
 * Sends one planned reminder, re-reading the database first: a stale reminder (moved
 * deadline, answer received, round closed, case withdrawn) is marked 'skipped'. The mail
 * is deduplicated by the job id in the mail log, so a retried job never sends twice.
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
    const rows: ReminderRow[] = await this.dataSource.query(
      `SELECT m.status, m.deadline::text AS deadline, m.job_id, rc.state AS recipient_state,
              rc.deadline::text AS recipient_deadline, r.kind AS round_kind, (r.closed_at IS NOT NULL) AS round_closed,
              c.state AS case_state
         FROM reminders m JOIN cases c ON c.id = m.case_id
         LEFT JOIN recipients rc ON rc.id = m.recipient_id LEFT JOIN rounds r ON r.id = rc.round_id
        WHERE m.id = $1`,
      [reminderId],
    );
    if (rows.length === 0) return { status: 'skipped', reason: 'påminnelsen finns inte' };
    const now = this.clock.now();
    const reason = reminderSkipReason(rows[0], now);
    if (reason) {
      await this.finish(reminderId, 'skipped', now);
      this.logger.log(`Hoppade över påminnelse ${reminderId}: ${reason}`);
      return { status: 'skipped', reason };
    }
    const sent = await this.sendMail.execute(rows[0].job_id, { template: 'reminder', reminderId });
    await this.finish(reminderId, 'sent', now);
    return sent.status === 'sent' ? { status: 'sent', messageId: sent.messageId } : { status: 'sent' };
  }

  private async finish(reminderId: string, status: 'sent' | 'skipped', now: Date): Promise<void> {
    await this.dataSource.query(`UPDATE reminders SET status = $2, done_at = $3 WHERE id = $1 AND status = 'pending'`, [
      reminderId,
      status,
      now,
    ]);
  }
}
