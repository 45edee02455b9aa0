import { consultationMachine } from './consultation';
import { decisionRecipientMachine } from './decision-recipient';
import { EVENT_LABELS, eventLabel, STATE_LABELS, stateLabel } from './labels';
import { remissRecipientMachine } from './remiss-recipient';

/** Every event type a machine's states handle, read from the machine's own definition. */
function eventTypes(machine: { root: { states: Record<string, { on: Record<string, unknown> }> } }): string[] {
  return [...new Set(Object.values(machine.root.states).flatMap((s) => Object.keys(s.on)))];
}

describe('the Swedish label map beside the machines', () => {
  const machines = { consultation: consultationMachine, remissRecipient: remissRecipientMachine, decisionRecipient: decisionRecipientMachine } as const;

  it.each(Object.keys(machines) as Array<keyof typeof machines>)('names every state and event of %s in Swedish', (kind) => {
    const machine = machines[kind] as unknown as { root: { states: Record<string, { on: Record<string, unknown> }> } };
    expect(Object.keys(machine.root.states).sort()).toEqual(Object.keys(STATE_LABELS[kind]).sort());
    for (const type of eventTypes(machine)) expect({ type, label: EVENT_LABELS[type] }).toEqual({ type, label: expect.stringMatching(/^[a-zåäö]/) });
  });

  it('never gives back a raw event code', () => {
    expect(eventLabel('START_DRAFTING')).toBe('börja ta fram förslaget');
    expect(eventLabel('SOMETHING_NEW')).toBe('göra det här steget');
    expect(stateLabel('consultation', 'onRemiss')).toBe('på remiss');
  });
});
