import { join } from 'node:path';
import { acceptedEvents, applyEvent, restore, type PersistedSnapshot } from '../machine-runtime';
import { type ExploreOptions } from '../test-support/graph-coverage';
import { describeGraphCoverage, expectRejected as expectRejectedBy } from '../test-support/shared-specs';
import { persistAfter, readFixtures, writeFixturesIfRequested } from '../test-support/fixtures';
import {
  DECISION_RECIPIENT_MACHINE_VERSION,
  DECISION_RECIPIENT_STATES,
  decisionRecipientMachine as machine,
  type DecisionRecipientEvent as Event,
} from './decision-recipient.machine';

const input = { deadline: '2013-11-15' };
const PREPARE: Event = { type: 'REGISTER_PREPARATION' };
const COMMITTEE: Event = { type: 'REGISTER_DECISION', body: 'committee', final: false, outcome: 'adopt' };
const BOARD_PROPOSAL: Event = { type: 'REGISTER_DECISION', body: 'board', final: false };
const BOARD_DELEGATED: Event = { type: 'REGISTER_DECISION', body: 'board', final: true, outcome: 'adopt' };
const COUNCIL: Event = { type: 'REGISTER_DECISION', body: 'council', final: false, outcome: 'adopt' };
const CORRECT: Event = { type: 'CORRECT_DECISION', outcome: 'notAdopt' };
const DISPATCH: Event = { type: 'DISPATCH', dispatchedAt: '2013-12-17T08:00:00Z' };
const RECEIPT: Event = { type: 'REGISTER_RECEIPT', receivedAt: '2013-12-17T09:00:00Z' };
const PASSED: Event = { type: 'DEADLINE_PASSED', deadline: '2013-11-15' };
const REQUEST: Event = { type: 'REQUEST_EXTENSION', requestedDate: '2013-12-19', reason: 'Kommunfullmäktige beslutar 2013-12-16' };
const GRANT: Event = { type: 'GRANT_EXTENSION', newDeadline: '2013-12-19' };
const DENY: Event = { type: 'DENY_EXTENSION', comment: 'Nej', deadlinePassed: false };
const DENY_PASSED: Event = { type: 'DENY_EXTENSION', comment: 'Nej', deadlinePassed: true };

const graph: ExploreOptions<typeof machine> = {
  input,
  events: [
    PREPARE, COMMITTEE, BOARD_PROPOSAL, BOARD_DELEGATED, COUNCIL, CORRECT, DISPATCH, RECEIPT,
    PASSED, { type: 'DEADLINE_PASSED', deadline: '2013-12-19' }, REQUEST, GRANT, DENY, DENY_PASSED,
    { type: 'ROUND_CLOSED' }, { type: 'CASE_WITHDRAWN' },
  ],
  serializeContext: ({ deadline, deadlinePassed, pendingRequest, finalOutcome }) => ({ deadline, deadlinePassed, pendingRequest, finalOutcome }),
};

const run = (events: Event[]): PersistedSnapshot => persistAfter(machine, input, events);

const expectRejected = (persisted: PersistedSnapshot, event: Event): void => expectRejectedBy(machine, persisted, event);

describe('decisionRecipient machine', () => {
  it('has an id and version 1', () => {
    expect(machine.id).toBe('decisionRecipient');
    expect(DECISION_RECIPIENT_MACHINE_VERSION).toBe(1);
  });

  describeGraphCoverage(machine, graph, DECISION_RECIPIENT_STATES);

  it('Ekerö: extension from 2013-11-15 to 2013-12-19; the stale deadline job is rejected', () => {
    const granted = applyEvent(machine, run([REQUEST]), GRANT);
    expect(granted).toMatchObject({ accepted: true, before: 'extensionRequested', after: 'sent' });
    expect(granted.context).toMatchObject({ deadline: '2013-12-19', originalDeadline: '2013-11-15', extensions: 1 });
    expectRejected(granted.snapshot, PASSED);
  });

  it('Ekerö, as it happened: committee decision, then request and grant while in progress, council, dispatch, receipt', () => {
    let persisted = run([PREPARE, COMMITTEE, REQUEST]);
    expect(restore(machine, persisted).value).toBe('inProgress');
    const granted = applyEvent(machine, persisted, GRANT);
    expect(granted).toMatchObject({ accepted: true, after: 'inProgress', context: { deadline: '2013-12-19', pendingRequest: undefined } });
    expectRejected(granted.snapshot, PASSED);
    persisted = granted.snapshot;
    for (const [event, after] of [[BOARD_PROPOSAL, 'inProgress'], [COUNCIL, 'decided'], [DISPATCH, 'dispatched'], [RECEIPT, 'received']] as const) {
      const result = applyEvent(machine, persisted, event);
      expect(result).toMatchObject({ accepted: true, after });
      persisted = result.snapshot;
    }
    expect(restore(machine, persisted).context).toMatchObject({
      finalOutcome: 'adopt',
      steps: [
        { kind: 'preparation', final: false },
        { kind: 'committee', final: false, outcome: 'adopt' },
        { kind: 'board', final: false },
        { kind: 'council', final: true, outcome: 'adopt' },
      ],
    });
    expect(restore(machine, persisted).status).toBe('done');
  });

  describe('decisions', () => {
    it('a council decision is always final; a board decision only when delegated', () => {
      expect(applyEvent(machine, run([]), COUNCIL).after).toBe('decided');
      expect(applyEvent(machine, run([]), BOARD_PROPOSAL).after).toBe('inProgress');
      expect(applyEvent(machine, run([]), BOARD_DELEGATED)).toMatchObject({ after: 'decided', context: { finalOutcome: 'adopt' } });
    });

    it('rejects DISPATCH before a final decision exists', () => {
      for (const events of [[], [PASSED], [REQUEST], [PREPARE], [COMMITTEE]] as Event[][]) expectRejected(run(events), DISPATCH);
    });

    it('rejects a final decision without an outcome, and unknown bodies', () => {
      expectRejected(run([]), { type: 'REGISTER_DECISION', body: 'council', final: true });
      expectRejected(run([]), { type: 'REGISTER_DECISION', body: 'parliament', final: true, outcome: 'adopt' } as unknown as Event);
    });

    it('a correction is a new version, not an overwrite', () => {
      const result = applyEvent(machine, run([COUNCIL]), CORRECT);
      expect(result.context).toMatchObject({ finalOutcome: 'notAdopt', decisionVersions: 2 });
      expect(result.context.steps).toEqual([
        { kind: 'council', final: true, outcome: 'adopt' },
        { kind: 'council', final: true, outcome: 'notAdopt', correction: true },
      ]);
      expectRejected(run([COUNCIL]), { type: 'CORRECT_DECISION', outcome: 'maybe' } as unknown as Event);
    });

    it('REGISTER_RECEIPT only after dispatch', () => {
      expectRejected(run([COUNCIL]), RECEIPT);
      expect(applyEvent(machine, run([COUNCIL, DISPATCH]), RECEIPT)).toMatchObject({ after: 'received', done: true });
    });
  });

  describe('extensions while work is in progress', () => {
    it('records request, passed deadline and denial in the context without leaving inProgress', () => {
      const requested = applyEvent(machine, run([PREPARE]), REQUEST);
      expect(requested).toMatchObject({ after: 'inProgress', context: { pendingRequest: { requestedDate: '2013-12-19' } } });
      expectRejected(requested.snapshot, REQUEST);
      const passed = applyEvent(machine, requested.snapshot, PASSED);
      expect(passed.context.deadlinePassed).toBe(true);
      const denied = applyEvent(machine, passed.snapshot, DENY);
      expect(denied).toMatchObject({ after: 'inProgress', context: { pendingRequest: undefined, deadlinePassed: true } });
    });

    it('keeps a pending request when work starts from extensionRequested', () => {
      const result = applyEvent(machine, run([REQUEST]), PREPARE);
      expect(result).toMatchObject({ after: 'inProgress', context: { pendingRequest: { requestedDate: '2013-12-19' } } });
    });

    it('acceptedEvents hides GRANT/DENY when no request is pending (context guard inside and())', () => {
      const idle = acceptedEvents(restore(machine, run([PREPARE])));
      expect(idle).not.toContain('GRANT_EXTENSION');
      expect(idle).not.toContain('DENY_EXTENSION');
      const pending = acceptedEvents(restore(machine, run([PREPARE, REQUEST])));
      expect(pending).toEqual(expect.arrayContaining(['GRANT_EXTENSION', 'DENY_EXTENSION']));
      expectRejected(run([PREPARE]), GRANT);
    });

    it('a denial returns to overdue when the deadline has passed', () => {
      expect(applyEvent(machine, run([REQUEST]), DENY_PASSED).after).toBe('overdue');
      expect(applyEvent(machine, run([REQUEST]), DENY).after).toBe('sent');
    });
  });

  it('ROUND_CLOSED and CASE_WITHDRAWN end every open state', () => {
    for (const events of [[], [PASSED], [REQUEST], [PREPARE], [COUNCIL], [COUNCIL, DISPATCH]] as Event[][]) {
      expect(applyEvent(machine, run(events), { type: 'ROUND_CLOSED' })).toMatchObject({ after: 'closed', done: true });
      expect(applyEvent(machine, run(events), { type: 'CASE_WITHDRAWN' })).toMatchObject({ after: 'withdrawn', done: true });
    }
    expectRejected(run([COUNCIL, DISPATCH, RECEIPT]), { type: 'ROUND_CLOSED' });
  });

  it('persistence: JSON round trip, restore and continue', () => {
    const persisted = JSON.parse(JSON.stringify(run([PREPARE, COMMITTEE])));
    expect(applyEvent(machine, persisted, COUNCIL)).toMatchObject({ accepted: true, before: 'inProgress', after: 'decided' });
  });

  describe('v1 snapshot fixtures', () => {
    const dir = join(__dirname, 'fixtures');
    const scenarios: Record<string, Event[]> = {
      sent: [],
      'extension-requested': [REQUEST],
      'in-progress': [PREPARE, COMMITTEE],
      decided: [PREPARE, COMMITTEE, COUNCIL],
      dispatched: [COUNCIL, DISPATCH],
    };
    writeFixturesIfRequested(dir, 1, machine, input, scenarios);
    const further: Record<string, [Event, string]> = {
      sent: [PASSED, 'overdue'],
      'extension-requested': [GRANT, 'sent'],
      'in-progress': [COUNCIL, 'decided'],
      decided: [DISPATCH, 'dispatched'],
      dispatched: [RECEIPT, 'received'],
    };
    const fixtures = readFixtures(dir, 1);

    it('has a committed fixture for every scenario', () => {
      expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(scenarios).sort());
    });

    it.each(fixtures.map((f) => [f.name, f.snapshot] as const))('restores v1-%s and accepts a further event', (name, snapshot) => {
      const [event, after] = further[name]!;
      expect(applyEvent(machine, snapshot, event)).toMatchObject({ accepted: true, after });
    });
  });
});
