import { join } from 'node:path';
import { acceptedEvents, applyEvent, restore, type PersistedSnapshot } from '../machine-runtime';
import { type ExploreOptions } from '../test-support/graph-coverage';
import { describeGraphCoverage, expectRejected as expectRejectedBy } from '../test-support/shared-specs';
import { persistAfter, readFixtures, writeFixturesIfRequested } from '../test-support/fixtures';
import {
  CONSULTATION_MACHINE_VERSION,
  CONSULTATION_STATES,
  consultationMachine as machine,
  type ConsultationEvent as Event,
} from './consultation.machine';

const START: Event = { type: 'START_DRAFTING' };
const DRAFT: Event = { type: 'ADD_DRAFT', documentId: 'doc-draft-1' };
const SEMINAR: Event = { type: 'SCHEDULE_SEMINAR', date: '2012-11-20', place: 'KSL, Stockholm' };
const HOLD: Event = { type: 'HOLD_SEMINAR' };
const CANCEL: Event = { type: 'CANCEL_SEMINAR' };
const send = (roundId: string): Event => ({ type: 'SEND_REMISS', roundId });
const close = (roundId: string): Event => ({ type: 'CLOSE_ROUND', roundId });
const ADJUST: Event = { type: 'ADJUST_PROPOSAL', documentId: 'doc-adjusted-2013-05-06' };
const READY: Event = { type: 'MARK_READY' };
const RECOMMEND: Event = { type: 'SEND_RECOMMENDATION', roundId: 'rec-1' };
const CLOSE_RECOMMENDATION: Event = { type: 'CLOSE_RECOMMENDATION', roundId: 'rec-1' };
const WITHDRAW: Event = { type: 'WITHDRAW', reason: 'Uppdraget återkallat' };

const graph: ExploreOptions<typeof machine> = {
  input: undefined,
  events: [START, DRAFT, SEMINAR, HOLD, CANCEL, send('r1'), send('r2'), close('r1'), close('r2'), ADJUST, READY, RECOMMEND, CLOSE_RECOMMENDATION, WITHDRAW],
  serializeContext: (c) => ({
    hasDraft: c.draftVersions > 0,
    seminar: c.seminar !== undefined,
    roundIds: c.roundIds,
    open: c.openRoundIds,
    recommendation: c.recommendationRoundId,
  }),
};

const run = (events: Event[]): PersistedSnapshot => persistAfter(machine, undefined, events);
const TO_COMPILING: Event[] = [START, DRAFT, send('r1'), close('r1')];
const TO_READY: Event[] = [...TO_COMPILING, ADJUST, READY];

const expectRejected = (persisted: PersistedSnapshot, event: Event): void => expectRejectedBy(machine, persisted, event);

describe('consultation machine', () => {
  it('has an id and version 1', () => {
    expect(machine.id).toBe('consultation');
    expect(CONSULTATION_MACHINE_VERSION).toBe(1);
  });

  describeGraphCoverage(machine, graph, CONSULTATION_STATES);

  it('the KSL/12/0053 life: drafts, seminar, remiss, adjusted proposal, recommendation', () => {
    const events: Array<[Event, string]> = [
      [START, 'drafting'],
      [DRAFT, 'drafting'],
      [SEMINAR, 'seminarScheduled'],
      [DRAFT, 'seminarScheduled'],
      [HOLD, 'drafting'],
      [send('remiss-1'), 'onRemiss'],
      [close('remiss-1'), 'compiling'],
      [ADJUST, 'adjusted'],
      [READY, 'readyForRecommendation'],
      [RECOMMEND, 'onRecommendation'],
      [CLOSE_RECOMMENDATION, 'concluded'],
    ];
    let persisted = run([]);
    for (const [event, after] of events) {
      const result = applyEvent(machine, JSON.parse(JSON.stringify(persisted)), event);
      expect(result).toMatchObject({ accepted: true, after });
      persisted = result.snapshot;
    }
    expect(restore(machine, persisted).status).toBe('done');
    expect(restore(machine, persisted).context).toMatchObject({
      rounds: 1,
      openRounds: 0,
      draftVersions: 2,
      adjustedVersions: 1,
      seminar: { date: '2012-11-20', place: 'KSL, Stockholm' },
      seminarHeld: true,
    });
  });

  describe('drafting and seminar', () => {
    it('SEND_REMISS needs a draft', () => {
      expectRejected(run([START]), send('r1'));
      expect(acceptedEvents(restore(machine, run([START])))).not.toContain('SEND_REMISS');
      expect(acceptedEvents(restore(machine, run([START, DRAFT])))).toContain('SEND_REMISS');
    });

    it('a cancelled seminar is forgotten; a new one can be scheduled', () => {
      const cancelled = applyEvent(machine, run([START, SEMINAR]), CANCEL);
      expect(cancelled).toMatchObject({ after: 'drafting', context: { seminar: undefined, seminarHeld: false } });
      expect(applyEvent(machine, cancelled.snapshot, SEMINAR).after).toBe('seminarScheduled');
    });

    it('rejects a seminar without a valid date or place, and a draft without a document', () => {
      expectRejected(run([START]), { ...SEMINAR, date: '2012-13-01' } as Event);
      expectRejected(run([START]), { ...SEMINAR, place: ' ' } as Event);
      expectRejected(run([START]), { type: 'ADD_DRAFT' } as Event);
    });
  });

  describe('remiss rounds', () => {
    it('several rounds at once; compiling only when the last open round closes', () => {
      const two = run([START, DRAFT, send('r1'), send('r2')]);
      expect(restore(machine, two).context).toMatchObject({ rounds: 2, openRounds: 2, openRoundIds: ['r1', 'r2'] });
      const one = applyEvent(machine, two, close('r2'));
      expect(one).toMatchObject({ after: 'onRemiss', context: { openRounds: 1, openRoundIds: ['r1'] } });
      expect(applyEvent(machine, one.snapshot, close('r1'))).toMatchObject({ after: 'compiling', context: { openRounds: 0 } });
    });

    it('rejects a resent round id, a second close and an unknown round (idempotent jobs)', () => {
      expectRejected(run([START, DRAFT, send('r1')]), send('r1'));
      expectRejected(run([START, DRAFT, send('r1'), send('r2'), close('r1')]), close('r1'));
      expectRejected(run([START, DRAFT, send('r1')]), close('nope'));
      expectRejected(run(TO_COMPILING), send('r1'));
    });

    it('a new round from compiling and from an adjusted proposal', () => {
      expect(applyEvent(machine, run(TO_COMPILING), send('r2'))).toMatchObject({ after: 'onRemiss', context: { rounds: 2 } });
      expect(applyEvent(machine, run([...TO_COMPILING, ADJUST]), send('r2'))).toMatchObject({ after: 'onRemiss', context: { rounds: 2 } });
    });

    it('newer adjusted versions', () => {
      const result = applyEvent(machine, run([...TO_COMPILING, ADJUST, DRAFT]), ADJUST);
      expect(result).toMatchObject({ after: 'adjusted', context: { adjustedVersions: 3 } });
    });
  });

  describe('recommendation', () => {
    it('closes only the recommendation round that was sent', () => {
      expectRejected(run([...TO_READY, RECOMMEND]), { type: 'CLOSE_RECOMMENDATION', roundId: 'r1' });
      expectRejected(run(TO_READY), { type: 'SEND_RECOMMENDATION', roundId: 'r1' });
    });
  });

  describe('withdrawal', () => {
    it.each([
      ['opened', []],
      ['drafting', [START]],
      ['seminarScheduled', [START, SEMINAR]],
      ['onRemiss', [START, DRAFT, send('r1')]],
      ['compiling', TO_COMPILING],
      ['adjusted', [...TO_COMPILING, ADJUST]],
      ['readyForRecommendation', TO_READY],
      ['onRecommendation', [...TO_READY, RECOMMEND]],
    ] as Array<[string, Event[]]>)('WITHDRAW from %s', (before, events) => {
      const result = applyEvent(machine, run(events), WITHDRAW);
      expect(result).toMatchObject({ accepted: true, before, after: 'withdrawn', done: true, context: { withdrawnReason: WITHDRAW.reason } });
    });

    it('needs a reason; nothing is accepted after the end', () => {
      expectRejected(run([START]), { type: 'WITHDRAW', reason: '' });
      expectRejected(run([START, WITHDRAW]), START);
      expectRejected(run([...TO_READY, RECOMMEND, CLOSE_RECOMMENDATION]), WITHDRAW);
      expect(acceptedEvents(restore(machine, run([START, WITHDRAW])))).toEqual([]);
    });
  });

  describe('v1 snapshot fixtures', () => {
    const dir = join(__dirname, 'fixtures');
    const scenarios: Record<string, Event[]> = {
      opened: [],
      drafting: [START, DRAFT],
      'seminar-scheduled': [START, DRAFT, SEMINAR],
      'on-remiss-two-rounds': [START, DRAFT, send('r1'), send('r2')],
      compiling: TO_COMPILING,
      'ready-for-recommendation': TO_READY,
    };
    writeFixturesIfRequested(dir, 1, machine, undefined, scenarios);
    const further: Record<string, [Event, string]> = {
      opened: [START, 'drafting'],
      drafting: [send('r1'), 'onRemiss'],
      'seminar-scheduled': [HOLD, 'drafting'],
      'on-remiss-two-rounds': [close('r1'), 'onRemiss'],
      compiling: [ADJUST, 'adjusted'],
      'ready-for-recommendation': [RECOMMEND, 'onRecommendation'],
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
