import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { transition } from '../process/transition';
import { cancelRecipientReminders } from '../reminders/reminder-scheduler';
import { loadRecipient, machineKindOf } from './recipient-access';

/** The recipient declines to answer (avstår från att svara), with a reason. */
@Injectable()
export class DeclineUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, recipientId: string, reason: string): Promise<{ state: string }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', ['officer', 'secretariat', 'admin']);
      const result = await transition(m, { kind: machineKindOf(row), id: row.id, caseId: row.case_id, recipientId: row.id, expectedVersion: row.version, event: { type: 'DECLINE', reason }, actor, at: now });
      await cancelRecipientReminders(m, row.id);
      return { state: result.after };
    });
  }
}
