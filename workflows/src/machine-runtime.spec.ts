import { and, not, or, setup, type AnyStateMachine, type EventObject } from 'xstate';
import { consultationMachine, decisionRecipientMachine, remissRecipientMachine } from './index';
import { acceptedEvents, applyEvent, initialSnapshot, restore, stateValueToString } from './machine-runtime';

// A small machine exercising nested states and higher-order guards.
const toy = setup({
  types: { context: {} as { ready: boolean }, events: {} as { type: 'GO' | 'OR' | 'NOT' | 'NOT_PAYLOAD' | 'INLINE' | 'SET'; ok?: boolean } },
  guards: {
    isReady: ({ context }) => context.ready,
    'payload.ok': ({ event }) => event.ok === true,
  },
}).createMachine({
  id: 'toy',
  initial: 'extension',
  context: { ready: false },
  states: {
    extension: {
      initial: 'requested',
      states: {
        requested: {
          on: {
            GO: { guard: and(['isReady', 'payload.ok']), target: 'granted' },
            OR: { guard: or(['isReady', 'payload.ok']), actions: () => undefined },
            NOT: { guard: not('isReady'), actions: () => undefined },
            NOT_PAYLOAD: { guard: not('payload.ok'), actions: () => undefined },
            INLINE: { guard: ({ event }) => event.ok === true, actions: () => undefined },
            SET: { actions: () => undefined },
          },
        },
        granted: {},
      },
    },
  },
});

describe('machine runtime', () => {
  describe('stateValueToString', () => {
    it('formats atomic, nested and parallel values', () => {
      expect(stateValueToString('onRemiss')).toBe('onRemiss');
      expect(stateValueToString({ extension: 'requested' })).toBe('extension.requested');
      expect(stateValueToString({ a: { b: 'c' } })).toBe('a.b.c');
      expect(stateValueToString({ r1: 'x', r2: { y: 'z' } })).toBe('r1.x,r2.y.z');
      expect(stateValueToString({ p: { r1: 'x', r2: 'y' } })).toBe('p.r1.x,p.r2.y');
    });
  });

  describe('applyEvent', () => {
    it('reports nested state values as dotted strings', () => {
      const result = applyEvent(toy, initialSnapshot(toy, undefined), { type: 'SET' });
      expect(result).toMatchObject({ accepted: true, before: 'extension.requested', after: 'extension.requested' });
    });

    it('does not throw for unknown or malformed events', () => {
      const persisted = initialSnapshot(remissRecipientMachine, { deadline: '2013-11-15' });
      for (const event of [{ type: 'NOPE' }, { type: 'ANSWER', receivedAt: 42 }, { type: 'GRANT_EXTENSION' }, { type: 'DEADLINE_PASSED', deadline: null }]) {
        const result = applyEvent(remissRecipientMachine, persisted, event as never);
        expect(result).toMatchObject({ accepted: false, before: 'sent', after: 'sent' });
        expect(result.snapshot).toBe(persisted);
      }
    });

    it('does not mutate the persisted snapshot it was given', () => {
      const persisted = initialSnapshot(consultationMachine, undefined);
      const copy = JSON.parse(JSON.stringify(persisted));
      applyEvent(consultationMachine, persisted, { type: 'START_DRAFTING' });
      expect(persisted).toEqual(copy);
    });
  });

  describe('acceptedEvents', () => {
    it('evaluates context guards, treats payload guards and inline functions as "may pass"', () => {
      const notReady = restore(toy, initialSnapshot(toy, undefined));
      expect(acceptedEvents(notReady)).toEqual(['OR', 'NOT', 'NOT_PAYLOAD', 'INLINE', 'SET']);
      const ready = restore(toy, { ...initialSnapshot(toy, undefined), context: { ready: true } } as never);
      expect(acceptedEvents(ready)).toEqual(['GO', 'OR', 'NOT_PAYLOAD', 'INLINE', 'SET']);
    });

    it('is empty in a final state', () => {
      const persisted = applyEvent(remissRecipientMachine, initialSnapshot(remissRecipientMachine, { deadline: '2013-11-15' }), { type: 'CASE_WITHDRAWN' }).snapshot;
      expect(acceptedEvents(restore(remissRecipientMachine, persisted))).toEqual([]);
    });
  });

  it.each([consultationMachine, remissRecipientMachine, decisionRecipientMachine] as AnyStateMachine[])(
    '%s uses only named guards, and(), and no delays or invocations (pure machine)',
    (machine) => {
      for (const node of Object.values(machine.root.states)) {
        expect(node.after).toEqual([]);
        expect(node.invoke).toEqual([]);
        expect(node.entry).toEqual([]);
        expect(node.exit).toEqual([]);
        for (const definitions of node.transitions.values()) {
          for (const { guard } of definitions) {
            const isNamed = guard === undefined || typeof guard === 'string';
            const isAnd = typeof guard === 'function' && Array.isArray((guard as { guards?: unknown }).guards);
            expect(isNamed || isAnd).toBe(true);
          }
        }
      }
    },
  );

  it('guards read only what their name promises: context guards work with a bare event', () => {
    const guards = [consultationMachine, remissRecipientMachine, decisionRecipientMachine].flatMap((m) =>
      Object.entries(m.implementations.guards as Record<string, (args: { context: unknown; event: EventObject }) => boolean>),
    );
    for (const [name, guard] of guards.filter(([n]) => !n.startsWith('payload.'))) {
      expect(() => guard({ context: { draftVersions: 0, deadlinePassed: false }, event: { type: 'X' } })).not.toThrow();
      expect(name).toMatch(/^[a-z]/);
    }
  });
});
