import { Actor } from '@remiss/application';
import { ConcurrentModificationError, InvalidTransitionError } from '@remiss/domain';
import { acceptedEvents, applyEvent, PersistedSnapshot, remissRecipientMachine, restore } from '@remiss/workflows';
import { DataSource } from 'typeorm';

/**
 * A PROTOTYPE for the benchmark only, not the application path: the same
 * persisted transition in two round trips instead of six. It reads the row
 * outside a transaction and writes snapshot, event-log row and outbox row in one
 * autocommitted statement (a CTE) whose `WHERE id AND version` check makes the
 * read-then-write safe (0 rows → someone else moved first → 409/retry).
 * It measures what "fewer round trips" would buy in transition().
 */
export async function singleStatementTransition(
  dataSource: DataSource,
  input: {
    id: string;
    event: { type: string } & Record<string, unknown>;
    actor: Actor;
    at: Date;
    outbox: { queue: string; name: string; jobIdPrefix: string; payload: object };
  },
): Promise<number> {
  const rows: Array<{ snapshot: PersistedSnapshot; version: number }> = await dataSource.query(
    'SELECT state, snapshot, version, machine_version FROM recipients WHERE id = $1',
    [input.id],
  );
  const row = rows[0];
  const result = applyEvent(remissRecipientMachine, row.snapshot, input.event as never);
  if (!result.accepted) {
    throw new InvalidTransitionError('remissinstansen', input.event.type, result.before, acceptedEvents(restore(remissRecipientMachine, row.snapshot)));
  }
  const { type, ...payload } = input.event;
  const done: Array<{ n: number }> = await dataSource.query(
    `WITH u AS (
       UPDATE recipients SET snapshot = $3, state = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id, case_id, version
     ), e AS (
       INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after)
       SELECT case_id, id, $5, $6, $7, $8, $9, $10, $4 FROM u
     ), o AS (
       INSERT INTO outbox (queue, name, job_id, payload) SELECT $11, $12, $13 || '.' || id || '.' || version, $14 FROM u
     )
     SELECT count(*)::int AS n FROM u`,
    [
      input.id,
      row.version,
      JSON.stringify(result.snapshot),
      result.after,
      input.actor.userId,
      input.actor.organisationId,
      input.at,
      type,
      JSON.stringify(payload),
      result.before,
      input.outbox.queue,
      input.outbox.name,
      input.outbox.jobIdPrefix,
      JSON.stringify(input.outbox.payload),
    ],
  );
  if (done[0].n !== 1) throw new ConcurrentModificationError('remissinstansen', input.id);
  return row.version + 1;
}
