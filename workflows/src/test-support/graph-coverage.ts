import { getAdjacencyMap, getShortestPaths } from '@xstate/graph';
import type { AnyMachineSnapshot, AnyStateMachine, EventFromLogic, InputFrom, SnapshotFrom } from 'xstate';
import { applyEvent, initialSnapshot, stateValueToString, type PersistedSnapshot } from '../machine-runtime';

/**
 * Test support (not exported from the package): explores a machine with
 * @xstate/graph using sample events, so that specs can assert that every state
 * is reached and every defined transition is taken.
 */
export interface ExploreOptions<M extends AnyStateMachine> {
  input: InputFrom<M>;
  /** Sample events with payloads; only those the state accepts (`can`) are followed. */
  events: Array<EventFromLogic<M>>;
  /** The part of the context that distinguishes states in the graph; must be finite. */
  serializeContext: (context: SnapshotFrom<M> extends { context: infer C } ? C : never) => unknown;
}

function traversalOptions<M extends AnyStateMachine>(options: ExploreOptions<M>) {
  return {
    input: options.input,
    events: (state: AnyMachineSnapshot) => (state.status === 'active' ? options.events.filter((e) => state.can(e)) : []),
    serializeState: (state: AnyMachineSnapshot) =>
      JSON.stringify({ value: state.value, context: options.serializeContext(state.context as never) }),
  };
}

export const transitionKey = (source: string, eventType: string, target: string) => `${source} -${eventType}-> ${target}`;

/** All transitions defined by the machine's top-level states, as 'source -EVENT-> target'. */
export function definedTransitions(machine: AnyStateMachine): string[] {
  const keys = new Set<string>();
  for (const node of Object.values(machine.root.states)) {
    for (const [eventType, definitions] of node.transitions) {
      for (const definition of definitions) {
        keys.add(transitionKey(node.key, eventType, definition.target?.[0]?.key ?? node.key));
      }
    }
  }
  return [...keys].sort();
}

export function explore<M extends AnyStateMachine>(machine: M, options: ExploreOptions<M>) {
  const adjacency = getAdjacencyMap(machine, traversalOptions(options) as never) as Record<
    string,
    { state: AnyMachineSnapshot; transitions: Record<string, { event: { type: string }; state: AnyMachineSnapshot }> }
  >;
  const states = new Set<string>();
  const transitions = new Set<string>();
  for (const { state, transitions: next } of Object.values(adjacency)) {
    const source = stateValueToString(state.value);
    states.add(source);
    for (const { event, state: target } of Object.values(next)) {
      transitions.add(transitionKey(source, event.type, stateValueToString(target.value)));
    }
  }
  return { states: [...states].sort(), transitions: [...transitions].sort(), snapshots: Object.values(adjacency).map((a) => a.state) };
}

/**
 * Replays the shortest path to every reachable state through `applyEvent`,
 * with a JSON round trip of the persisted snapshot before every step.
 * Returns the state reached by each path.
 */
export function replayShortestPaths<M extends AnyStateMachine>(machine: M, options: ExploreOptions<M>): string[] {
  const paths = getShortestPaths(machine, traversalOptions(options) as never);
  return paths.map((path) => {
    let persisted: PersistedSnapshot = initialSnapshot(machine, options.input);
    for (const step of path.steps) {
      if (step.event.type.startsWith('xstate.')) continue; // the initial step
      const result = applyEvent(machine, JSON.parse(JSON.stringify(persisted)), step.event as EventFromLogic<M>);
      const expected = stateValueToString((step.state as AnyMachineSnapshot).value);
      if (!result.accepted || result.after !== expected) {
        throw new Error(`Replay failed at ${step.event.type}: accepted=${result.accepted}, after=${result.after}, expected ${expected}`);
      }
      persisted = result.snapshot;
    }
    return stateValueToString((path.state as AnyMachineSnapshot).value);
  });
}
