import { and, assign, setup } from 'xstate';
import { dateField, nonEmptyStringField, stringField } from '../shared/payload';

/**
 * Case level (ärende): from opening through drafting, seminar, one or more
 * remiss rounds, compilation, an adjusted proposal and the recommendation.
 * Pure: guards and assign only. Recipients are tracked by their own machines;
 * this machine only counts the rounds it has opened and closed.
 */
export const CONSULTATION_MACHINE_VERSION = 1;
export const CONSULTATION_MACHINE_ID = 'consultation';

export interface ConsultationContext {
  /** Remiss rounds sent so far. */
  rounds: number;
  /** Remiss rounds sent and not yet closed (= openRoundIds.length). */
  openRounds: number;
  draftVersions: number;
  /** Versions of the adjusted proposal (ADJUST_PROPOSAL, or ADD_DRAFT while adjusted). */
  adjustedVersions: number;
  seminar?: { date: string; place: string };
  seminarHeld: boolean;
  /** Every remiss and recommendation round id ever used: a resent (retried) id is rejected. */
  roundIds: string[];
  openRoundIds: string[];
  recommendationRoundId?: string;
  withdrawnReason?: string;
}

export type ConsultationEvent =
  | { type: 'START_DRAFTING' }
  | { type: 'ADD_DRAFT'; documentId: string }
  | { type: 'SCHEDULE_SEMINAR'; date: string; place: string }
  | { type: 'HOLD_SEMINAR' }
  | { type: 'CANCEL_SEMINAR' }
  | { type: 'SEND_REMISS'; roundId: string }
  | { type: 'CLOSE_ROUND'; roundId: string }
  | { type: 'ADJUST_PROPOSAL'; documentId: string }
  | { type: 'MARK_READY' }
  | { type: 'SEND_RECOMMENDATION'; roundId: string }
  | { type: 'CLOSE_RECOMMENDATION'; roundId: string }
  | { type: 'WITHDRAW'; reason: string };

export type ConsultationEventType = ConsultationEvent['type'];

export const CONSULTATION_STATES = [
  'opened',
  'drafting',
  'seminarScheduled',
  'onRemiss',
  'compiling',
  'adjusted',
  'readyForRecommendation',
  'onRecommendation',
  'concluded',
  'withdrawn',
] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

const WITHDRAW = { WITHDRAW: { guard: 'payload.hasReason', target: '#consultation.withdrawn', actions: 'recordWithdrawal' } } as const;

export const consultationMachine = setup({
  types: {
    context: {} as ConsultationContext,
    events: {} as ConsultationEvent,
  },
  guards: {
    hasDraft: ({ context }) => context.draftVersions >= 1,
    'payload.hasDocumentId': ({ event }) => nonEmptyStringField(event, 'documentId') !== undefined,
    'payload.isSeminar': ({ event }) => dateField(event, 'date') !== undefined && nonEmptyStringField(event, 'place') !== undefined,
    'payload.isNewRoundId': ({ context, event }) => {
      const roundId = nonEmptyStringField(event, 'roundId');
      return roundId !== undefined && !context.roundIds.includes(roundId);
    },
    'payload.closesOpenRound': ({ context, event }) => context.openRoundIds.includes(stringField(event, 'roundId') ?? ''),
    'payload.closesLastOpenRound': ({ context, event }) =>
      context.openRoundIds.length === 1 && context.openRoundIds[0] === stringField(event, 'roundId'),
    'payload.closesRecommendation': ({ context, event }) =>
      context.recommendationRoundId !== undefined && context.recommendationRoundId === stringField(event, 'roundId'),
    'payload.hasReason': ({ event }) => nonEmptyStringField(event, 'reason') !== undefined,
  },
  actions: {
    addDraft: assign({ draftVersions: ({ context }) => context.draftVersions + 1 }),
    addAdjustedVersion: assign({ adjustedVersions: ({ context }) => context.adjustedVersions + 1 }),
    scheduleSeminar: assign({
      seminar: ({ event }) => ({ date: stringField(event, 'date') ?? '', place: stringField(event, 'place') ?? '' }),
      seminarHeld: false,
    }),
    holdSeminar: assign({ seminarHeld: true }),
    cancelSeminar: assign({ seminar: undefined }),
    openRound: assign(({ context, event }) => {
      const roundId = stringField(event, 'roundId') ?? '';
      const openRoundIds = [...context.openRoundIds, roundId];
      return { rounds: context.rounds + 1, roundIds: [...context.roundIds, roundId], openRoundIds, openRounds: openRoundIds.length };
    }),
    closeRound: assign(({ context, event }) => {
      const openRoundIds = context.openRoundIds.filter((id) => id !== stringField(event, 'roundId'));
      return { openRoundIds, openRounds: openRoundIds.length };
    }),
    openRecommendation: assign(({ context, event }) => {
      const roundId = stringField(event, 'roundId') ?? '';
      return { recommendationRoundId: roundId, roundIds: [...context.roundIds, roundId] };
    }),
    recordWithdrawal: assign({ withdrawnReason: ({ event }) => stringField(event, 'reason') }),
  },
}).createMachine({
  id: CONSULTATION_MACHINE_ID,
  initial: 'opened',
  context: {
    rounds: 0,
    openRounds: 0,
    draftVersions: 0,
    adjustedVersions: 0,
    seminarHeld: false,
    roundIds: [],
    openRoundIds: [],
  },
  states: {
    opened: {
      on: { START_DRAFTING: { target: 'drafting' }, ...WITHDRAW },
    },
    drafting: {
      on: {
        ADD_DRAFT: { guard: 'payload.hasDocumentId', actions: 'addDraft' },
        SCHEDULE_SEMINAR: { guard: 'payload.isSeminar', target: 'seminarScheduled', actions: 'scheduleSeminar' },
        SEND_REMISS: { guard: and(['hasDraft', 'payload.isNewRoundId']), target: 'onRemiss', actions: 'openRound' },
        ...WITHDRAW,
      },
    },
    seminarScheduled: {
      on: {
        ADD_DRAFT: { guard: 'payload.hasDocumentId', actions: 'addDraft' },
        HOLD_SEMINAR: { target: 'drafting', actions: 'holdSeminar' },
        CANCEL_SEMINAR: { target: 'drafting', actions: 'cancelSeminar' },
        ...WITHDRAW,
      },
    },
    onRemiss: {
      on: {
        SEND_REMISS: { guard: 'payload.isNewRoundId', actions: 'openRound' },
        CLOSE_ROUND: [
          { guard: 'payload.closesLastOpenRound', target: 'compiling', actions: 'closeRound' },
          { guard: 'payload.closesOpenRound', actions: 'closeRound' },
        ],
        ADD_DRAFT: { guard: 'payload.hasDocumentId', actions: 'addDraft' },
        ...WITHDRAW,
      },
    },
    compiling: {
      on: {
        ADD_DRAFT: { guard: 'payload.hasDocumentId', actions: 'addDraft' },
        SEND_REMISS: { guard: 'payload.isNewRoundId', target: 'onRemiss', actions: 'openRound' },
        ADJUST_PROPOSAL: { guard: 'payload.hasDocumentId', target: 'adjusted', actions: 'addAdjustedVersion' },
        ...WITHDRAW,
      },
    },
    adjusted: {
      on: {
        ADD_DRAFT: { guard: 'payload.hasDocumentId', actions: 'addAdjustedVersion' },
        ADJUST_PROPOSAL: { guard: 'payload.hasDocumentId', actions: 'addAdjustedVersion' },
        SEND_REMISS: { guard: 'payload.isNewRoundId', target: 'onRemiss', actions: 'openRound' },
        MARK_READY: { target: 'readyForRecommendation' },
        ...WITHDRAW,
      },
    },
    readyForRecommendation: {
      on: {
        SEND_RECOMMENDATION: { guard: 'payload.isNewRoundId', target: 'onRecommendation', actions: 'openRecommendation' },
        ...WITHDRAW,
      },
    },
    onRecommendation: {
      on: {
        CLOSE_RECOMMENDATION: { guard: 'payload.closesRecommendation', target: 'concluded' },
        ...WITHDRAW,
      },
    },
    concluded: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
