import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CHAIN_COLUMNS, CHAIN_RETURNING, chainParams, chainSet } from './log-chain';
import { prepared } from './prepared-query';

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

const APPEND_SQL = `
  WITH h AS (UPDATE cases SET ${chainSet('$10', '$11')} WHERE id = $1 RETURNING ${CHAIN_RETURNING})
  INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after, ${CHAIN_COLUMNS})
  SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, ${CHAIN_RETURNING} FROM h RETURNING id`;

/** Appends one row to the case's history (who, what, when, state before and after), chained (log-chain.ts). */
export async function appendEvent(manager: EntityManager, input: EventLogInput): Promise<void> {
  const payloadJson = JSON.stringify(input.payload ?? {});
  const content = {
    caseId: input.caseId,
    recipientId: input.recipientId ?? null,
    actorUserId: input.actor.userId,
    actorOrganisationId: input.actor.organisationId,
    at: input.at,
    event: input.event,
    stateBefore: input.stateBefore ?? null,
    stateAfter: input.stateAfter ?? null,
  };
  const written: unknown[] = await prepared(manager, 'event-log-append', APPEND_SQL, [
    content.caseId,
    content.recipientId,
    content.actorUserId,
    content.actorOrganisationId,
    content.at,
    content.event,
    payloadJson,
    content.stateBefore,
    content.stateAfter,
    ...chainParams({ ...content, payloadJson }),
  ]);
  if (written.length !== 1) throw new Error(`The event log of case ${input.caseId} could not be appended to (no such case).`);
}
