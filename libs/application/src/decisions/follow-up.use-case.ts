import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { CLOCK } from '../core/tokens';
import { SendMailUseCase } from '../mail/send-mail.use-case';
import { FOLLOW_UP_KIND, scheduleFollowUp } from './follow-up';

export type FollowUpResult = { status: 'sent'; messageId?: string; next: string | null } | { status: 'skipped'; reason: string };

/**
 * Delivers a yearly follow-up reminder (§ 8) and plans the next one a year later. Returns
 * null when the reminders row is not a follow-up, so the reminder processor can hand it on.
 * The mail is deduplicated by the row's job id in the mail log: a retried job sends once.
 */
@Injectable()
export class FollowUpUseCase {
  private readonly logger = new Logger('Uppföljning');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sendMail: SendMailUseCase,
  ) {}

  async execute(reminderId: string): Promise<FollowUpResult | null> {
    const rows: Array<{ kind: string; status: string; job_id: string; case_id: string; case_state: string; deadline: string }> = await this.dataSource.query(
      `SELECT m.kind, m.status, m.job_id, m.case_id, c.state AS case_state, m.deadline::text AS deadline
         FROM reminders m JOIN cases c ON c.id = m.case_id WHERE m.id = $1`,
      [reminderId],
    );
    const row = rows[0];
    if (!row || row.kind !== FOLLOW_UP_KIND) return null;
    const now = this.clock.now();
    if (row.status !== 'pending') return { status: 'skipped', reason: `uppföljningen är ${row.status}` };
    if (row.case_state === 'withdrawn') {
      await this.dataSource.query(`UPDATE reminders SET status = 'skipped', done_at = $2 WHERE id = $1 AND status = 'pending'`, [reminderId, now]);
      return { status: 'skipped', reason: 'ärendet är återkallat' };
    }
    const sent = await this.sendMail.execute(row.job_id, { template: 'follow-up', reminderId, caseId: row.case_id });
    const next = await this.dataSource.transaction(async (m) => {
      const [, updated]: [unknown[], number] = await m.query(`UPDATE reminders SET status = 'sent', done_at = $2 WHERE id = $1 AND status = 'pending'`, [reminderId, now]);
      return updated === 1 ? scheduleFollowUp(m, row.case_id, row.deadline) : null;
    });
    this.logger.log(`Årlig uppföljning för ärendet ${row.case_id} skickad; nästa ${next?.dueDate ?? '–'}`);
    return { status: 'sent', messageId: sent.status === 'sent' ? sent.messageId : undefined, next: next?.dueDate ?? null };
  }
}
