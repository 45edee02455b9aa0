import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';

export interface EventLogInput {
  caseId: string;
  recipientId?: string | null;
  actor: Actor;
  at: Date;
  event: string;
  payload?: object;
  stateBefore?: string | null;
  stateAfter?: string | null;
}

/** Appends one row to the case's history (who, what, when, state before and after). */
export async function appendEvent(manager: EntityManager, input: EventLogInput): Promise<void> {
  await manager.query(
    `INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      input.caseId,
      input.recipientId ?? null,
      input.actor.userId,
      input.actor.organisationId,
      input.at,
      input.event,
      JSON.stringify(input.payload ?? {}),
      input.stateBefore ?? null,
      input.stateAfter ?? null,
    ],
  );
}
