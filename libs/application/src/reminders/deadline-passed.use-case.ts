import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, InvalidTransitionError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { transition } from '../process/transition';
import { DEADLINE_PASSED_KIND } from './reminder-jobs';

export type DeadlinePassedResult = { status: 'applied'; state: string } | { status: 'skipped'; reason: string };

/**
 * The deadline job: tells the recipient's machine that the deadline it was scheduled for has
 * passed. The machine rejects a stale one (the deadline moved, or the answer came): skipped.
 */
@Injectable()
export class DeadlinePassedUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(recipientId: string, deadline: string): Promise<DeadlinePassedResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const rows: Array<{ case_id: string; kind: string }> = await m.query(
        `SELECT rc.case_id, r.kind FROM recipients rc JOIN rounds r ON r.id = rc.round_id WHERE rc.id = $1`,
        [recipientId],
      );
      if (rows.length === 0) return { status: 'skipped', reason: 'mottagaren finns inte' };
      const done = async (status: 'sent' | 'skipped') =>
        m.query(
          `UPDATE reminders SET status = $3, done_at = $4 WHERE recipient_id = $1 AND deadline = $2 AND kind = $5 AND status = 'pending'`,
          [recipientId, deadline, status, now, DEADLINE_PASSED_KIND],
        );
      try {
        const result = await transition(m, {
          kind: rows[0].kind === 'recommendation' ? 'decisionRecipient' : 'remissRecipient',
          id: recipientId,
          event: { type: 'DEADLINE_PASSED', deadline },
          actor: SYSTEM_ACTOR,
          at: now,
          caseId: rows[0].case_id,
          recipientId,
        });
        await done('sent');
        return { status: 'applied', state: result.after };
      } catch (error) {
        if (!(error instanceof InvalidTransitionError)) throw error;
        await done('skipped');
        return { status: 'skipped', reason: error.message };
      }
    });
  }
}
