import type { AnyStateMachine, EventFromLogic } from 'xstate';
import { acceptedEvents, applyEvent, type PersistedSnapshot } from '../machine-runtime';
import { definedTransitions, explore, replayShortestPaths, type ExploreOptions } from './graph-coverage';

/** The event is rejected: nothing changes and the very same snapshot comes back. */
export function expectRejected<M extends AnyStateMachine>(machine: M, persisted: PersistedSnapshot, event: EventFromLogic<M>): void {
  const copy = JSON.parse(JSON.stringify(persisted));
  const result = applyEvent(machine, persisted, event);
  expect(result.accepted).toBe(false);
  expect(result.after).toBe(result.before);
  expect(result.snapshot).toBe(persisted);
  expect(persisted).toEqual(copy);
}

/** Every state reached, every transition taken, every shortest path replayed: an untested part fails. */
export function describeGraphCoverage<M extends AnyStateMachine>(machine: M, graph: ExploreOptions<M>, states: readonly string[]): void {
  describe('graph coverage (@xstate/graph)', () => {
    const explored = explore(machine, graph);

    it('reaches every state node', () => {
      expect(explored.states).toEqual([...states].sort());
      expect(Object.keys(machine.root.states).sort()).toEqual([...states].sort());
    });

    it('takes every defined transition', () => {
      expect(explored.transitions).toEqual(definedTransitions(machine));
    });

    it('replays the shortest path to every state through applyEvent with JSON round trips', () => {
      expect(new Set(replayShortestPaths(machine, graph))).toEqual(new Set(states));
    });

    it('acceptedEvents lists every event type a reachable state accepts', () => {
      for (const snapshot of explored.snapshots) {
        const accepted = acceptedEvents(snapshot);
        for (const event of graph.events.filter((e) => snapshot.can(e))) expect(accepted).toContain(event.type);
      }
    });
  });
}
