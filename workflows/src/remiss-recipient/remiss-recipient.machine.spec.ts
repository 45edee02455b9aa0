import { join } from 'node:path';
import { acceptedEvents, applyEvent, initialSnapshot, restore, type PersistedSnapshot } from '../machine-runtime';
import { type ExploreOptions } from '../test-support/graph-coverage';
import { describeGraphCoverage, expectRejected as expectRejectedBy } from '../test-support/shared-specs';
import { persistAfter, readFixtures, writeFixturesIfRequested } from '../test-support/fixtures';
import {
  REMISS_RECIPIENT_MACHINE_VERSION,
  REMISS_RECIPIENT_STATES,
  remissRecipientMachine as machine,
  type RemissRecipientEvent as Event,
} from './remiss-recipient.machine';

const input = { deadline: '2013-11-15' };
const ANSWER: Event = { type: 'ANSWER', receivedAt: '2013-11-14T09:30:00Z' };
const DECLINE: Event = { type: 'DECLINE', reason: 'Berörs inte' };
const PASSED: Event = { type: 'DEADLINE_PASSED', deadline: '2013-11-15' };
const REQUEST: Event = { type: 'REQUEST_EXTENSION', requestedDate: '2013-12-19', reason: 'Fullmäktige sammanträder 2013-12-16' };
const GRANT: Event = { type: 'GRANT_EXTENSION', newDeadline: '2013-12-19' };
const DENY: Event = { type: 'DENY_EXTENSION', comment: 'Nej', deadlinePassed: false };
const DENY_PASSED: Event = { type: 'DENY_EXTENSION', comment: 'Nej', deadlinePassed: true };

const graph: ExploreOptions<typeof machine> = {
  input,
  events: [
    ANSWER,
    DECLINE,
    PASSED,
    { type: 'DEADLINE_PASSED', deadline: '2013-12-19' },
    REQUEST,
    GRANT,
    DENY,
    DENY_PASSED,
    { type: 'CORRECT_ANSWER' },
    { type: 'ROUND_CLOSED' },
    { type: 'CASE_WITHDRAWN' },
  ],
  serializeContext: ({ deadline, deadlinePassed, pendingRequest, outcome }) => ({ deadline, deadlinePassed, pendingRequest, outcome }),
};

function run(events: Event[]): PersistedSnapshot {
  return persistAfter(machine, input, events);
}

const expectRejected = (persisted: PersistedSnapshot, event: Event): void => expectRejectedBy(machine, persisted, event);

const stateOf = (persisted: PersistedSnapshot) => restore(machine, persisted).value;

describe('remissRecipient machine', () => {
  it('has an id and version 1', () => {
    expect(machine.id).toBe('remissRecipient');
    expect(REMISS_RECIPIENT_MACHINE_VERSION).toBe(1);
  });

  describeGraphCoverage(machine, graph, REMISS_RECIPIENT_STATES);

  it('starts in sent with the deadline as original deadline', () => {
    const result = applyEvent(machine, initialSnapshot(machine, input), ANSWER);
    expect(result).toMatchObject({ accepted: true, before: 'sent', after: 'answered', done: false });
    expect(result.context).toMatchObject({ deadline: '2013-11-15', originalDeadline: '2013-11-15', answerVersions: 1, late: false, outcome: 'answered' });
  });

  it('rejects an invalid deadline as input', () => {
    expect(() => initialSnapshot(machine, { deadline: '2013-11-31' })).toThrow(/Invalid deadline/);
  });

  it('Ekerö: extension from 2013-11-15 to 2013-12-19; the stale deadline job is rejected', () => {
    const requested = run([REQUEST]);
    expect(stateOf(requested)).toBe('extensionRequested');
    const granted = applyEvent(machine, requested, GRANT);
    expect(granted).toMatchObject({ accepted: true, before: 'extensionRequested', after: 'sent' });
    expect(granted.context).toMatchObject({ deadline: '2013-12-19', originalDeadline: '2013-11-15', extensions: 1, pendingRequest: undefined });
    expectRejected(granted.snapshot, PASSED);
    const overdue = applyEvent(machine, granted.snapshot, { type: 'DEADLINE_PASSED', deadline: '2013-12-19' });
    expect(overdue).toMatchObject({ accepted: true, after: 'overdue' });
  });

  describe('guards', () => {
    it('rejects a stale or repeated DEADLINE_PASSED', () => {
      expectRejected(run([]), { type: 'DEADLINE_PASSED', deadline: '2013-11-14' });
      expectRejected(run([REQUEST, PASSED]), PASSED);
    });

    it('rejects an extension request that does not move the deadline, or has an invalid date', () => {
      expectRejected(run([]), { ...REQUEST, requestedDate: '2013-11-15' } as Event);
      expectRejected(run([]), { ...REQUEST, requestedDate: '2013-11-01' } as Event);
      expectRejected(run([]), { ...REQUEST, requestedDate: '19 dec' } as Event);
    });

    it('rejects a grant to a date not after the current deadline', () => {
      expectRejected(run([REQUEST]), { type: 'GRANT_EXTENSION', newDeadline: '2013-11-15' });
      expectRejected(run([REQUEST]), { type: 'GRANT_EXTENSION', newDeadline: '2013-10-01' });
    });

    it('rejects an answer without receivedAt, events of other states, unknown types and events after the end', () => {
      expectRejected(run([]), { type: 'ANSWER' } as Event);
      expectRejected(run([]), GRANT);
      expectRejected(run([]), { type: 'CORRECT_ANSWER' });
      expectRejected(run([]), { type: 'NO_SUCH_EVENT' } as unknown as Event);
      expectRejected(run([ANSWER]), ANSWER);
      expectRejected(run([{ type: 'ROUND_CLOSED' }]), { type: 'CASE_WITHDRAWN' });
    });
  });

  describe('deadline and extension', () => {
    it('an answer after the deadline is late', () => {
      const result = applyEvent(machine, run([PASSED]), ANSWER);
      expect(result.after).toBe('answeredLate');
      expect(result.context).toMatchObject({ late: true, outcome: 'answeredLate' });
    });

    it('a denial returns to sent, or to overdue when the deadline has passed (payload or context)', () => {
      expect(applyEvent(machine, run([REQUEST]), DENY).after).toBe('sent');
      expect(applyEvent(machine, run([REQUEST]), DENY_PASSED).after).toBe('overdue');
      expect(applyEvent(machine, run([REQUEST, PASSED]), DENY).after).toBe('overdue');
      expect(applyEvent(machine, run([PASSED, REQUEST]), DENY).after).toBe('overdue');
    });

    it('an answer withdraws a pending request; it is late if the deadline passed meanwhile', () => {
      const onTime = applyEvent(machine, run([REQUEST]), ANSWER);
      expect(onTime).toMatchObject({ after: 'answered', context: { pendingRequest: undefined, late: false } });
      const late = applyEvent(machine, run([REQUEST, PASSED]), ANSWER);
      expect(late).toMatchObject({ after: 'answeredLate', context: { pendingRequest: undefined, late: true } });
    });

    it('a grant after the deadline passed makes the recipient current again', () => {
      const result = applyEvent(machine, run([PASSED, REQUEST]), GRANT);
      expect(result).toMatchObject({ after: 'sent', context: { deadlinePassed: false, deadline: '2013-12-19' } });
    });
  });

  describe('answers and closing', () => {
    it('corrections are new versions', () => {
      const result = applyEvent(machine, run([ANSWER, { type: 'CORRECT_ANSWER' }]), { type: 'CORRECT_ANSWER' });
      expect(result).toMatchObject({ after: 'answered', context: { answerVersions: 3 } });
    });

    it.each([
      [[] as Event[], 'noAnswer'],
      [[PASSED], 'noAnswer'],
      [[REQUEST], 'noAnswer'],
      [[ANSWER], 'answered'],
      [[PASSED, ANSWER], 'answeredLate'],
      [[DECLINE], 'declined'],
    ])('ROUND_CLOSED after %j records outcome %s and is final', (events, outcome) => {
      const result = applyEvent(machine, run(events), { type: 'ROUND_CLOSED' });
      expect(result).toMatchObject({ accepted: true, after: 'closed', done: true, context: { outcome } });
      expect(acceptedEvents(restore(machine, result.snapshot))).toEqual([]);
    });

    it('CASE_WITHDRAWN ends the recipient from any open state', () => {
      for (const events of [[], [PASSED], [REQUEST], [ANSWER], [DECLINE]] as Event[][]) {
        expect(applyEvent(machine, run(events), { type: 'CASE_WITHDRAWN' })).toMatchObject({ after: 'withdrawn', done: true });
      }
    });
  });

  it('acceptedEvents of sent and extensionRequested', () => {
    expect(acceptedEvents(restore(machine, run([])))).toEqual(['ANSWER', 'DECLINE', 'DEADLINE_PASSED', 'REQUEST_EXTENSION', 'ROUND_CLOSED', 'CASE_WITHDRAWN']);
    expect(acceptedEvents(restore(machine, run([REQUEST])))).toEqual([
      'GRANT_EXTENSION', 'DENY_EXTENSION', 'DEADLINE_PASSED', 'ANSWER', 'DECLINE', 'ROUND_CLOSED', 'CASE_WITHDRAWN',
    ]);
  });

  it('persistence: JSON round trip, restore and continue', () => {
    const persisted = JSON.parse(JSON.stringify(run([REQUEST, GRANT])));
    expect(restore(machine, persisted).context.deadline).toBe('2013-12-19');
    const result = applyEvent(machine, persisted, ANSWER);
    expect(result).toMatchObject({ accepted: true, before: 'sent', after: 'answered' });
  });

  describe('v1 snapshot fixtures', () => {
    const dir = join(__dirname, 'fixtures');
    const scenarios: Record<string, Event[]> = {
      sent: [],
      overdue: [PASSED],
      'extension-requested': [REQUEST],
      'extension-granted': [REQUEST, GRANT],
      answered: [ANSWER],
      declined: [DECLINE],
    };
    writeFixturesIfRequested(dir, 1, machine, input, scenarios);
    const further: Record<string, [Event, string]> = {
      sent: [PASSED, 'overdue'],
      overdue: [ANSWER, 'answeredLate'],
      'extension-requested': [GRANT, 'sent'],
      'extension-granted': [{ type: 'DEADLINE_PASSED', deadline: '2013-12-19' }, 'overdue'],
      answered: [{ type: 'CORRECT_ANSWER' }, 'answered'],
      declined: [{ type: 'ROUND_CLOSED' }, 'closed'],
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
