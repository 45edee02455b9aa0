import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, NotFoundError, isUuid } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { transition } from '../process/transition';
import { cancelRecipientReminders } from '../reminders/reminder-scheduler';
import { scheduleFollowUp } from '../decisions';
import { loadCase } from './case-access';

/** Closes a round: the case moves on (to compiling when no round is open) and every recipient's round ends. */
@Injectable()
export class CloseRoundUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, caseId: string, roundId: string): Promise<{ state: string }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadCase(m, actor, caseId, 'write');
      const rounds: Array<{ id: string; kind: string }> = isUuid(roundId)
        ? await m.query(`SELECT id, kind FROM rounds WHERE id = $1 AND case_id = $2`, [roundId, row.id])
        : [];
      if (rounds.length === 0) throw new NotFoundError('Omgången', roundId);
      const round = rounds[0];
      const result = await transition(m, {
        kind: 'consultation',
        id: row.id,
        caseId: row.id,
        expectedVersion: row.version,
        event: { type: round.kind === 'remiss' ? 'CLOSE_ROUND' : 'CLOSE_RECOMMENDATION', roundId: round.id },
        actor,
        at: now,
      });
      await m.query(`UPDATE rounds SET closed_at = $2 WHERE id = $1`, [round.id, now]);
      // § 8: the steering group follows up the agreement yearly once the recommendation round is done.
      if (round.kind === 'recommendation') await scheduleFollowUp(m, row.id, now);
      const open: Array<{ id: string }> = await m.query(`SELECT id FROM recipients WHERE round_id = $1 AND state NOT IN ('closed', 'withdrawn', 'received')`, [round.id]);
      for (const recipient of open) {
        await transition(m, {
          kind: round.kind === 'remiss' ? 'remissRecipient' : 'decisionRecipient',
          id: recipient.id,
          caseId: row.id,
          recipientId: recipient.id,
          event: { type: 'ROUND_CLOSED' },
          actor,
          at: now,
        });
        await cancelRecipientReminders(m, recipient.id);
      }
      return { state: result.after };
    });
  }
}
