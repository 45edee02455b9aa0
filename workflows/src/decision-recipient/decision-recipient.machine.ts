import { and, assign, setup } from 'xstate';
import {
  denialFindsDeadlinePassed,
  denyExtension,
  grantExtendsDeadline,
  grantExtension,
  hasPendingRequest,
  initialDeadlineContext,
  isCurrentDeadlinePassed,
  isValidExtensionRequest,
  markDeadlinePassed,
  requestExtension,
  type DeadlineContext,
  type DeadlineEvent,
  type DeadlineInput,
} from '../shared/deadline';
import { field, stringField } from '../shared/payload';

/**
 * One recipient (a municipality) of one recommendation round: its decision
 * chain (preparation, committee, board, council), the dispatch of the final
 * decision and KSL's receipt. Extension behaviour as for remiss recipients;
 * once work is in progress (inProgress, decided) a request, grant, denial or
 * passed deadline is recorded in the context without leaving the state.
 */
export const DECISION_RECIPIENT_MACHINE_VERSION = 1;
export const DECISION_RECIPIENT_MACHINE_ID = 'decisionRecipient';

export const DECISION_BODIES = ['committee', 'board', 'council'] as const;
export type DecisionBody = (typeof DECISION_BODIES)[number];
export const DECISION_OUTCOMES = ['adopt', 'notAdopt', 'answer', 'other'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export interface DecisionStep {
  kind: 'preparation' | DecisionBody;
  final: boolean;
  outcome?: DecisionOutcome;
  /** True for a step recorded by CORRECT_DECISION (a new version, nothing is overwritten). */
  correction?: boolean;
}

export interface DecisionRecipientContext extends DeadlineContext {
  steps: DecisionStep[];
  finalOutcome?: DecisionOutcome;
  /** 0 until a final decision; 1 for it, +1 per correction. */
  decisionVersions: number;
  dispatchedAt?: string;
  receivedAt?: string;
}

export type DecisionRecipientInput = DeadlineInput;

export type DecisionRecipientEvent =
  | DeadlineEvent
  | { type: 'REGISTER_PREPARATION' }
  | { type: 'REGISTER_DECISION'; body: DecisionBody; final: boolean; outcome?: DecisionOutcome }
  | { type: 'CORRECT_DECISION'; outcome: DecisionOutcome; body?: DecisionBody }
  | { type: 'DISPATCH'; dispatchedAt?: string }
  | { type: 'REGISTER_RECEIPT'; receivedAt?: string }
  | { type: 'ROUND_CLOSED' }
  | { type: 'CASE_WITHDRAWN' };

export type DecisionRecipientEventType = DecisionRecipientEvent['type'];

export const DECISION_RECIPIENT_STATES = [
  'sent',
  'overdue',
  'extensionRequested',
  'inProgress',
  'decided',
  'dispatched',
  'received',
  'withdrawn',
  'closed',
] as const;
export type DecisionRecipientState = (typeof DECISION_RECIPIENT_STATES)[number];

const isBody = (value: unknown): value is DecisionBody => DECISION_BODIES.includes(value as DecisionBody);
const isOutcome = (value: unknown): value is DecisionOutcome => DECISION_OUTCOMES.includes(value as DecisionOutcome);

/** A council decision is always final; a committee or board decision only when delegated (`final`). */
export function isFinalDecision(body: DecisionBody, final: boolean): boolean {
  return body === 'council' || final;
}

const PREPARE = { REGISTER_PREPARATION: { target: '#decisionRecipient.inProgress', actions: 'registerPreparation' } } as const;
const DECIDE = {
  REGISTER_DECISION: [
    { guard: 'payload.isFinalDecision', target: '#decisionRecipient.decided', actions: 'registerDecision' },
    { guard: 'payload.isInterimDecision', target: '#decisionRecipient.inProgress', actions: 'registerDecision' },
  ],
} as const;
/** Extension handling inside inProgress/decided: self-transitions on the context. */
const INLINE_DEADLINE = {
  REQUEST_EXTENSION: { guard: 'payload.isValidExtensionRequest', actions: 'requestExtension' },
  GRANT_EXTENSION: { guard: and(['hasPendingRequest', 'payload.grantExtendsDeadline']), actions: 'grantExtension' },
  DENY_EXTENSION: { guard: 'hasPendingRequest', actions: 'denyExtension' },
  DEADLINE_PASSED: { guard: 'payload.isCurrentDeadlinePassed', actions: 'markDeadlinePassed' },
} as const;
const REQUEST = { REQUEST_EXTENSION: { guard: 'payload.isValidExtensionRequest', target: '#decisionRecipient.extensionRequested', actions: 'requestExtension' } } as const;
const END = { ROUND_CLOSED: { target: '#decisionRecipient.closed' }, CASE_WITHDRAWN: { target: '#decisionRecipient.withdrawn' } } as const;

type Update = Partial<DecisionRecipientContext>;

export const decisionRecipientMachine = setup({
  types: {
    context: {} as DecisionRecipientContext,
    events: {} as DecisionRecipientEvent,
    input: {} as DecisionRecipientInput,
  },
  guards: {
    'payload.isCurrentDeadlinePassed': ({ context, event }) => isCurrentDeadlinePassed(context, event),
    'payload.isValidExtensionRequest': ({ context, event }) => isValidExtensionRequest(context, event),
    'payload.grantExtendsDeadline': ({ context, event }) => grantExtendsDeadline(context, event),
    'payload.denialFindsDeadlinePassed': ({ context, event }) => denialFindsDeadlinePassed(context, event),
    hasPendingRequest: ({ context }) => hasPendingRequest(context),
    'payload.isFinalDecision': ({ event }) => {
      const body = field(event, 'body');
      return isBody(body) && isFinalDecision(body, field(event, 'final') === true) && isOutcome(field(event, 'outcome'));
    },
    'payload.isInterimDecision': ({ event }) => {
      const body = field(event, 'body');
      const outcome = field(event, 'outcome');
      return isBody(body) && !isFinalDecision(body, field(event, 'final') === true) && (outcome === undefined || isOutcome(outcome));
    },
    'payload.isCorrection': ({ event }) => {
      const body = field(event, 'body');
      return isOutcome(field(event, 'outcome')) && (body === undefined || isBody(body));
    },
  },
  actions: {
    requestExtension: assign(({ context, event }): Update => requestExtension(context, event)),
    grantExtension: assign(({ context, event }): Update => grantExtension(context, event)),
    denyExtension: assign(({ context, event }): Update => denyExtension(context, event)),
    markDeadlinePassed: assign((): Update => markDeadlinePassed()),
    registerPreparation: assign({ steps: ({ context }) => [...context.steps, { kind: 'preparation', final: false }] }),
    registerDecision: assign(({ context, event }): Update => {
      const body = field(event, 'body') as DecisionBody;
      const final = isFinalDecision(body, field(event, 'final') === true);
      const outcome = field(event, 'outcome') as DecisionOutcome | undefined;
      const step: DecisionStep = outcome === undefined ? { kind: body, final } : { kind: body, final, outcome };
      return final
        ? { steps: [...context.steps, step], finalOutcome: outcome, decisionVersions: 1 }
        : { steps: [...context.steps, step] };
    }),
    correctDecision: assign(({ context, event }): Update => {
      const lastFinal = [...context.steps].reverse().find((s) => s.final);
      const body = (field(event, 'body') as DecisionBody | undefined) ?? lastFinal?.kind ?? 'council';
      const outcome = field(event, 'outcome') as DecisionOutcome;
      return {
        steps: [...context.steps, { kind: body, final: true, outcome, correction: true }],
        finalOutcome: outcome,
        decisionVersions: context.decisionVersions + 1,
      };
    }),
    dispatch: assign({ dispatchedAt: ({ event }) => stringField(event, 'dispatchedAt') }),
    registerReceipt: assign({ receivedAt: ({ event }) => stringField(event, 'receivedAt') }),
  },
}).createMachine({
  id: DECISION_RECIPIENT_MACHINE_ID,
  initial: 'sent',
  context: ({ input }) => ({ ...initialDeadlineContext(input), steps: [], decisionVersions: 0 }),
  states: {
    sent: {
      on: {
        ...PREPARE,
        ...DECIDE,
        DEADLINE_PASSED: { guard: 'payload.isCurrentDeadlinePassed', target: 'overdue', actions: 'markDeadlinePassed' },
        ...REQUEST,
        ...END,
      },
    },
    overdue: {
      on: { ...PREPARE, ...DECIDE, ...REQUEST, ...END },
    },
    extensionRequested: {
      on: {
        GRANT_EXTENSION: { guard: 'payload.grantExtendsDeadline', target: 'sent', actions: 'grantExtension' },
        DENY_EXTENSION: [
          { guard: 'payload.denialFindsDeadlinePassed', target: 'overdue', actions: 'denyExtension' },
          { target: 'sent', actions: 'denyExtension' },
        ],
        DEADLINE_PASSED: { guard: 'payload.isCurrentDeadlinePassed', actions: 'markDeadlinePassed' },
        // Work may go on while the request is pending; the request stays in the context.
        ...PREPARE,
        ...DECIDE,
        ...END,
      },
    },
    inProgress: {
      on: { ...PREPARE, ...DECIDE, ...INLINE_DEADLINE, ...END },
    },
    decided: {
      on: {
        CORRECT_DECISION: { guard: 'payload.isCorrection', actions: 'correctDecision' },
        DISPATCH: { target: 'dispatched', actions: 'dispatch' },
        ...INLINE_DEADLINE,
        ...END,
      },
    },
    dispatched: {
      on: { REGISTER_RECEIPT: { target: 'received', actions: 'registerReceipt' }, ...END },
    },
    received: { type: 'final' },
    withdrawn: { type: 'final' },
    closed: { type: 'final' },
  },
});
