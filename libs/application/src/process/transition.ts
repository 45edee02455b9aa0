import { ConcurrentModificationError, DomainError, InvalidTransitionError, NotFoundError } from '@remiss/domain';
import { acceptedEvents, applyEvent, eventLabel, PersistedSnapshot, restore, stateLabel } from '@remiss/workflows';
import { EntityManager } from 'typeorm';
import { Actor } from '../access/actor';
import { CHAIN_COLUMNS, CHAIN_RETURNING, chainParams, chainSet } from './log-chain';
import { MachineKind, MACHINES } from './machine-registry';
import { prepared } from './prepared-query';

export interface TransitionInput {
  kind: MachineKind;
  id: string;
  event: { type: string } & Record<string, unknown>;
  actor: Actor;
  at: Date;
  /** What goes into the event log (defaults to the event without its type). */
  logPayload?: object;
  /** The case the row belongs to, for the log (a recipient's case). */
  caseId: string;
  recipientId?: string | null;
  /** The version the caller read, when it read the row earlier in the transaction. */
  expectedVersion?: number;
  /** The row as the caller already loaded (and locked) it in this transaction: no second SELECT. */
  loaded?: MachineRow;
}

export interface TransitionResult<TContext = Record<string, unknown>> {
  before: string;
  after: string;
  context: TContext;
  version: number;
}

/** What a transition needs of a machine's row. */
export interface MachineRow {
  state: string;
  snapshot: PersistedSnapshot;
  version: number;
  machine_version: number;
}

/** An accepted event, decided in memory: what to write (see transitionWriteParams) and what to answer. */
export interface DecidedTransition<TContext = Record<string, unknown>> extends TransitionResult<TContext> {
  snapshot: PersistedSnapshot;
  /** The version the row had (the optimistic check). */
  fromVersion: number;
}

/**
 * One persisted transition: load the row and its version, restore the machine,
 * reject an event the state does not accept (409 with the accepted events),
 * save the new snapshot with an optimistic check (exactly one row where the
 * version is unchanged) and append to the event log. Runs in the caller's transaction.
 */
export async function transition<TContext = Record<string, unknown>>(
  manager: EntityManager,
  input: TransitionInput,
): Promise<TransitionResult<TContext>> {
  const spec = MACHINES[input.kind];
  const rows: MachineRow[] = input.loaded
    ? [input.loaded]
    : await prepared(manager, `transition-load-${spec.table}`, `SELECT state, snapshot, version, machine_version FROM ${spec.table} WHERE id = $1`, [input.id]);
  if (rows.length === 0) throw new NotFoundError(spec.label, input.id);
  const decided = decideTransition<TContext>(input, rows[0]);
  const { type, ...payload } = input.event;
  const payloadJson = JSON.stringify(input.logPayload ?? payload);
  const chain = chainParams({
    caseId: input.caseId,
    recipientId: input.recipientId ?? null,
    actorUserId: input.actor.userId,
    actorOrganisationId: input.actor.organisationId,
    at: input.at,
    event: type,
    payloadJson,
    stateBefore: decided.before,
    stateAfter: decided.after,
  });
  // One round trip: the optimistic update, the case's chain head (log-chain.ts) and the event-log row together;
  // no row updated, no event logged. A case's own transition advances the chain in its one UPDATE of the case row.
  const written: Array<{ id: string }> = await prepared(manager, `transition-write-${spec.table}`, transitionWriteSql(spec.table), [
    input.id,
    decided.fromVersion,
    JSON.stringify(decided.snapshot),
    decided.after,
    input.caseId,
    input.recipientId ?? null,
    input.actor.userId,
    input.actor.organisationId,
    input.at,
    type,
    payloadJson,
    decided.before,
    ...chain,
  ]);
  if (written.length !== 1) throw await concurrentModification(manager, input.kind, input.id);
  return { before: decided.before, after: decided.after, context: decided.context, version: decided.version };
}

const LOG_INSERT = `INSERT INTO event_log (case_id, recipient_id, actor_user_id, actor_organisation_id, at, event, payload, state_before, state_after, ${CHAIN_COLUMNS})
     SELECT $5, $6, $7, $8, $9, $10, $11, $12, $4, ${CHAIN_RETURNING}`;

function transitionWriteSql(table: string): string {
  if (table === 'cases') {
    return `WITH updated AS (
       UPDATE cases SET snapshot = $3, state = $4, version = version + 1, updated_at = $9, ${chainSet('$13', '$14')}
        WHERE id = $1 AND version = $2 RETURNING ${CHAIN_RETURNING})
     ${LOG_INSERT} FROM updated RETURNING id`;
  }
  return `WITH updated AS (
       UPDATE ${table} SET snapshot = $3, state = $4, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id
     ), h AS (
       UPDATE cases SET ${chainSet('$13', '$14')} WHERE id = $5 AND EXISTS (SELECT 1 FROM updated) RETURNING ${CHAIN_RETURNING})
     ${LOG_INSERT} FROM h RETURNING id`;
}

/**
 * The in-memory half of a transition, for callers that write the row and its log entry in a statement of their
 * own (one round trip for the whole command): checks the machine version and the expected version, restores
 * the machine and applies the event (409 with the accepted events when the state does not accept it).
 */
export function decideTransition<TContext = Record<string, unknown>>(input: TransitionInput, row: MachineRow): DecidedTransition<TContext> {
  const spec = MACHINES[input.kind];
  if (row.machine_version !== spec.version) {
    throw new DomainError('conflict', 'PROCESS.MACHINE_VERSION', `${spec.label} sparades med en äldre processversion (${row.machine_version}) som måste migreras.`);
  }
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) {
    throw new ConcurrentModificationError(spec.label, input.id, currentState(input.kind, row));
  }
  const result = applyEvent(spec.machine, row.snapshot, input.event);
  if (!result.accepted) {
    throw new InvalidTransitionError(spec.label, input.event.type, result.before, acceptedEvents(restore(spec.machine, row.snapshot)), {
      event: eventLabel(input.event.type),
      state: stateLabel(input.kind, result.before),
    });
  }
  return {
    before: result.before,
    after: result.after,
    context: result.context as TContext,
    version: row.version + 1,
    snapshot: result.snapshot,
    fromVersion: row.version,
  };
}

/** The events a stored row accepts now (for 409 bodies and the API's "what can I do"). */
export function acceptedEventsOf(kind: MachineKind, snapshot: PersistedSnapshot): string[] {
  return acceptedEvents(restore(MACHINES[kind].machine, snapshot));
}

/** The state a machine's row is in and the events it accepts there. */
export function currentState(kind: MachineKind, row: Pick<MachineRow, 'state' | 'snapshot'>): { state: string; acceptedEvents: string[] } {
  return { state: row.state, acceptedEvents: acceptedEvents(restore(MACHINES[kind].machine, row.snapshot)) };
}

/**
 * The 409 for a row another command changed first, with the state it has now (read again: under READ COMMITTED
 * the next statement sees the other command's commit).
 */
export async function concurrentModification(manager: EntityManager, kind: MachineKind, id: string): Promise<ConcurrentModificationError> {
  const spec = MACHINES[kind];
  const rows: Array<Pick<MachineRow, 'state' | 'snapshot'>> = await manager.query(`SELECT state, snapshot FROM ${spec.table} WHERE id = $1`, [id]);
  return new ConcurrentModificationError(spec.label, id, rows[0] ? currentState(kind, rows[0]) : null);
}
