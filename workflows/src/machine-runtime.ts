import {
  and,
  createActor,
  getNextTransitions,
  initialTransition,
  not,
  or,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ContextFrom,
  type EventFromLogic,
  type InputFrom,
  type Snapshot,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';

/**
 * Pure helpers for the application layer: start, restore and advance a machine
 * from a persisted (JSON) snapshot. Nothing here has side effects; the machines
 * themselves only use guards and `assign`.
 */

/** A persisted snapshot, as returned by `getPersistedSnapshot()`; JSON-serializable. */
export type PersistedSnapshot = Snapshot<unknown>;

/**
 * Guards whose name starts with this prefix read the event payload. Without a
 * payload they cannot be decided, so `acceptedEvents` treats them as "may pass".
 */
export const PAYLOAD_GUARD_PREFIX = 'payload.';

export interface ApplyResult<TContext> {
  accepted: boolean;
  /** State value before, as a dotted string ('onRemiss', 'extension.requested'). */
  before: string;
  /** State value after; equals `before` when not accepted. */
  after: string;
  /** The new persisted snapshot; the very same object that was passed in when not accepted. */
  snapshot: PersistedSnapshot;
  context: TContext;
  /** True when the machine has reached a top-level final state. */
  done: boolean;
}

/**
 * 'a' → 'a'; { a: 'b' } → 'a.b'; { a: { b: 'c' } } → 'a.b.c'.
 * Parallel regions are joined with ',' in definition order: 'r1.x,r2.y'.
 */
export function stateValueToString(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => {
      if (child === undefined) return key;
      const rest = stateValueToString(child);
      return rest.includes(',') ? rest.split(',').map((r) => `${key}.${r}`).join(',') : `${key}.${rest}`;
    })
    .join(',');
}

/** The persisted initial snapshot for a new actor (pure: uses `initialTransition`). Throws on invalid input. */
export function initialSnapshot<M extends AnyStateMachine>(machine: M, input: InputFrom<M>): PersistedSnapshot {
  const [snapshot] = initialTransition(machine, input);
  // A throwing context factory (invalid input) yields an 'error' snapshot; surface it.
  if ((snapshot as AnyMachineSnapshot).status === 'error') throw (snapshot as AnyMachineSnapshot).error;
  return machine.getPersistedSnapshot(snapshot);
}

/** Rebuilds a live machine snapshot from a persisted one (the actor is started and stopped at once). */
export function restore<M extends AnyStateMachine>(machine: M, persisted: PersistedSnapshot): SnapshotFrom<M> {
  const actor = createActor(machine as AnyStateMachine, { snapshot: persisted });
  actor.start();
  const snapshot = actor.getSnapshot() as SnapshotFrom<M>;
  actor.stop();
  return snapshot;
}

/**
 * Applies one event. Never throws for an event the current state does not
 * accept (unknown type, failing guard, final state): returns accepted:false and
 * the unchanged snapshot instead.
 */
/**
 * One inert actor scope per machine, created once: XState's pure `transition()`
 * builds a new actor (and computes an initial state) on every call, which is
 * most of the cost of a persisted transition. The scope executes no actions
 * (our machines only assign, which XState applies inside the transition).
 */
const scopes = new WeakMap<AnyStateMachine, unknown>();

function inertScope(machine: AnyStateMachine): unknown {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      defer: () => undefined,
      id: '',
      logger: () => undefined,
      sessionId: '',
      stopChild: () => undefined,
      system: self.system,
      emit: () => undefined,
      actionExecutor: () => undefined,
    };
    scopes.set(machine, scope);
  }
  return scope;
}

type ScopedLogic = {
  restoreSnapshot(snapshot: PersistedSnapshot, scope: unknown): AnyMachineSnapshot;
  transition(snapshot: AnyMachineSnapshot, event: unknown, scope: unknown): AnyMachineSnapshot;
};

export function applyEvent<M extends AnyStateMachine>(
  machine: M,
  persisted: PersistedSnapshot,
  event: EventFromLogic<M>,
): ApplyResult<ContextFrom<M>> {
  const logic = machine as unknown as ScopedLogic;
  const scope = inertScope(machine);
  const current = logic.restoreSnapshot(persisted, scope);
  const before = stateValueToString(current.value);
  if (current.status !== 'active' || !current.can(event)) {
    return { accepted: false, before, after: before, snapshot: persisted, context: current.context, done: current.status === 'done' };
  }
  const nextSnapshot = logic.transition(current, event, scope);
  return {
    accepted: true,
    before,
    after: stateValueToString(nextSnapshot.value),
    snapshot: machine.getPersistedSnapshot(nextSnapshot),
    context: nextSnapshot.context,
    done: nextSnapshot.status === 'done',
  };
}

type Tri = true | false | 'unknown';
type GuardLike = unknown;

// Higher-order guards (and/or/not) are functions carrying `check` and `guards`;
// identify them by comparing with the `check` of reference instances.
const checkOf = (guard: unknown): unknown => (guard as { check?: unknown }).check;
const AND_CHECK = checkOf(and([]));
const OR_CHECK = checkOf(or([]));
const NOT_CHECK = checkOf(not(() => true));

function evaluateGuard(guard: GuardLike, snapshot: AnyMachineSnapshot, eventType: string): Tri {
  if (guard === undefined) return true;
  if (typeof guard === 'string' || (typeof guard === 'object' && guard !== null && 'type' in guard)) {
    const { type, params } = typeof guard === 'string' ? { type: guard, params: undefined } : (guard as { type: string; params?: unknown });
    if (type.startsWith(PAYLOAD_GUARD_PREFIX)) return 'unknown';
    const implementation = (snapshot.machine.implementations.guards as Record<string, unknown>)[type];
    if (typeof implementation !== 'function') return 'unknown';
    return Boolean(implementation({ context: snapshot.context, event: { type: eventType } }, params));
  }
  if (typeof guard === 'function') {
    const children = (guard as { guards?: GuardLike[] }).guards ?? [];
    const results = children.map((child) => evaluateGuard(child, snapshot, eventType));
    const check = checkOf(guard);
    if (check === AND_CHECK) return results.includes(false) ? false : results.includes('unknown') ? 'unknown' : true;
    if (check === OR_CHECK) return results.includes(true) ? true : results.includes('unknown') ? 'unknown' : false;
    if (check === NOT_CHECK) return results[0] === 'unknown' ? 'unknown' : !results[0];
  }
  return 'unknown'; // inline guard functions: cannot tell without the payload
}

/**
 * Event types the current state may accept, in definition order.
 *
 * Derived from the transitions of the active state nodes (`getNextTransitions`),
 * not from `snapshot.can({ type })`, because `can` with a bare event would
 * reject every event whose guard needs a payload. Guards are evaluated with
 * three-valued logic: named guards without the `payload.` prefix only read the
 * context and are evaluated; `payload.*` guards and inline functions count as
 * "may pass"; and/or/not combine the results. So a listed event can still be
 * rejected by `applyEvent` when its payload is invalid, but an event whose
 * context-only precondition fails (e.g. SEND_REMISS without a draft) is not listed.
 */
export function acceptedEvents(snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  const types: string[] = [];
  for (const t of getNextTransitions(snapshot)) {
    const type = t.eventType;
    if (!type || type === '*' || type.startsWith('xstate.') || types.includes(type)) continue;
    if (t.target === undefined && t.actions.length === 0) continue; // forbidden transition
    if (evaluateGuard(t.guard, snapshot, type) !== false) types.push(type);
  }
  return types;
}
