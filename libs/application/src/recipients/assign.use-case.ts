import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, isUuid, ValidationError } from '@remiss/domain';
import { DataSource } from 'typeorm';
import { Actor } from '../access/actor';
import { CLOCK } from '../core/tokens';
import { notifyInTransaction } from '../notifications/notify';
import { appendEvent } from '../process/event-log';
import { loadRecipient } from './recipient-access';

/** Who may be assigned a received remiss or recommendation: the receiving organisation's officers and committee secretaries. */
const ASSIGNABLE_ROLES = ['officer', 'secretary'];

export interface Assignee {
  id: string;
  name: string;
  email: string;
}

/**
 * Assigns a received remiss or recommendation to a named officer of the receiving organisation (or takes the
 * assignment away with null); logged, and the officer is notified in the app.
 */
@Injectable()
export class AssignRecipientUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, recipientId: string, userId: string | null): Promise<{ recipientId: string; assignee: Assignee | null }> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const row = await loadRecipient(m, actor, recipientId, 'recipient', ['officer', 'secretary', 'secretariat', 'admin']);
      await m.query(`SELECT 1 FROM recipients WHERE id = $1 FOR UPDATE`, [row.id]);
      let assignee: Assignee | null = null;
      if (userId !== null) {
        const found: Assignee[] = isUuid(userId)
          ? await m.query(`SELECT id, name, email FROM users WHERE id = $1 AND organisation_id = $2 AND role = ANY($3::text[])`, [userId, row.organisation_id, ASSIGNABLE_ROLES])
          : [];
        if (found.length === 0) throw ValidationError.field('userId', 'måste vara en handläggare eller nämndsekreterare i er organisation');
        assignee = found[0];
      }
      const [before]: Array<{ assigned_user_id: string | null }> = await m.query(`SELECT assigned_user_id FROM recipients WHERE id = $1`, [row.id]);
      if (before.assigned_user_id === (assignee?.id ?? null)) return { recipientId: row.id, assignee };
      await m.query(`UPDATE recipients SET assigned_user_id = $2, assigned_at = $3 WHERE id = $1`, [row.id, assignee?.id ?? null, assignee ? now : null]);
      await appendEvent(m, {
        caseId: row.case_id, recipientId: row.id, actor, at: now, event: 'ASSIGN',
        payload: { assigneeId: assignee?.id ?? null, assigneeName: assignee?.name ?? null },
      });
      // the assignee hears of it, unless they assigned it to themselves
      if (assignee && assignee.id !== actor.userId) {
        await notifyInTransaction(m, [{ kind: 'assigned', recipientId: row.id, dedupeKey: `assigned:${row.id}:${assignee.id}:${now.getTime()}`, userId: assignee.id }]);
      }
      return { recipientId: row.id, assignee };
    });
  }
}
