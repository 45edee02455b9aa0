import { and, assign, setup } from 'xstate';
import {
  denialFindsDeadlinePassed,
  denyExtension,
  grantExtendsDeadline,
  grantExtension,
  initialDeadlineContext,
  isCurrentDeadlinePassed,
  isValidExtensionRequest,
  markDeadlinePassed,
  requestExtension,
  type DeadlineContext,
  type DeadlineEvent,
  type DeadlineInput,
} from '../shared/deadline';
import { nonEmptyStringField, stringField } from '../shared/payload';

/**
 * One recipient (remissinstans) of one remiss round: sent, possibly overdue or
 * waiting for an extension decision, then answered (on time or late), declined,
 * and finally closed with the round, or withdrawn with the case.
 */
export const REMISS_RECIPIENT_MACHINE_VERSION = 1;
export const REMISS_RECIPIENT_MACHINE_ID = 'remissRecipient';

export type RemissOutcome = 'answered' | 'answeredLate' | 'declined' | 'noAnswer';

export interface RemissRecipientContext extends DeadlineContext {
  /** 0 until answered; 1 for the answer, +1 per correction (corrections are new versions). */
  answerVersions: number;
  late: boolean;
  answeredAt?: string;
  declineReason?: string;
  /** Set when answered or declined; 'noAnswer' when the round closes without either. */
  outcome?: RemissOutcome;
}

export type RemissRecipientInput = DeadlineInput;

export type RemissRecipientEvent =
  | DeadlineEvent
  | { type: 'ANSWER'; receivedAt: string }
  | { type: 'DECLINE'; reason: string }
  | { type: 'CORRECT_ANSWER'; receivedAt?: string }
  | { type: 'ROUND_CLOSED' }
  | { type: 'CASE_WITHDRAWN' };

export type RemissRecipientEventType = RemissRecipientEvent['type'];

export const REMISS_RECIPIENT_STATES = [
  'sent',
  'overdue',
  'extensionRequested',
  'answered',
  'answeredLate',
  'declined',
  'closed',
  'withdrawn',
] as const;
export type RemissRecipientState = (typeof REMISS_RECIPIENT_STATES)[number];

const ANSWER_ON_TIME = { guard: 'payload.hasReceivedAt', target: 'answered', actions: 'answer' } as const;
const ANSWER_LATE = { guard: 'payload.hasReceivedAt', target: 'answeredLate', actions: 'answerLate' } as const;
const DECLINE = { DECLINE: { guard: 'payload.hasReason', target: 'declined', actions: 'decline' } } as const;
const REQUEST = { REQUEST_EXTENSION: { guard: 'payload.isValidExtensionRequest', target: 'extensionRequested', actions: 'requestExtension' } } as const;
const CLOSE_UNANSWERED = { ROUND_CLOSED: { target: 'closed', actions: 'closeWithoutAnswer' } } as const;
const CLOSE = { ROUND_CLOSED: { target: 'closed' } } as const;
const WITHDRAW = { CASE_WITHDRAWN: { target: 'withdrawn' } } as const;

export const remissRecipientMachine = setup({
  types: {
    context: {} as RemissRecipientContext,
    events: {} as RemissRecipientEvent,
    input: {} as RemissRecipientInput,
  },
  guards: {
    'payload.isCurrentDeadlinePassed': ({ context, event }) => isCurrentDeadlinePassed(context, event),
    'payload.isValidExtensionRequest': ({ context, event }) => isValidExtensionRequest(context, event),
    'payload.grantExtendsDeadline': ({ context, event }) => grantExtendsDeadline(context, event),
    'payload.denialFindsDeadlinePassed': ({ context, event }) => denialFindsDeadlinePassed(context, event),
    'payload.hasReceivedAt': ({ event }) => nonEmptyStringField(event, 'receivedAt') !== undefined,
    'payload.hasReason': ({ event }) => stringField(event, 'reason') !== undefined,
    /** Context only: the deadline passed while the extension request was pending. */
    deadlineHasPassed: ({ context }) => context.deadlinePassed,
  },
  actions: {
    requestExtension: assign(({ context, event }): Partial<RemissRecipientContext> => requestExtension(context, event)),
    grantExtension: assign(({ context, event }): Partial<RemissRecipientContext> => grantExtension(context, event)),
    denyExtension: assign(({ context, event }): Partial<RemissRecipientContext> => denyExtension(context, event)),
    markDeadlinePassed: assign((): Partial<RemissRecipientContext> => markDeadlinePassed()),
    answer: assign({ answerVersions: 1, answeredAt: ({ event }) => stringField(event, 'receivedAt'), outcome: 'answered', pendingRequest: undefined }),
    answerLate: assign({
      answerVersions: 1,
      answeredAt: ({ event }) => stringField(event, 'receivedAt'),
      late: true,
      outcome: 'answeredLate',
      pendingRequest: undefined,
    }),
    correctAnswer: assign({ answerVersions: ({ context }) => context.answerVersions + 1 }),
    decline: assign({ declineReason: ({ event }) => stringField(event, 'reason'), outcome: 'declined', pendingRequest: undefined }),
    closeWithoutAnswer: assign({ outcome: 'noAnswer' }),
  },
}).createMachine({
  id: REMISS_RECIPIENT_MACHINE_ID,
  initial: 'sent',
  context: ({ input }) => ({ ...initialDeadlineContext(input), answerVersions: 0, late: false }),
  states: {
    sent: {
      on: {
        ANSWER: ANSWER_ON_TIME,
        ...DECLINE,
        DEADLINE_PASSED: { guard: 'payload.isCurrentDeadlinePassed', target: 'overdue', actions: 'markDeadlinePassed' },
        ...REQUEST,
        ...CLOSE_UNANSWERED,
        ...WITHDRAW,
      },
    },
    overdue: {
      on: { ANSWER: ANSWER_LATE, ...DECLINE, ...REQUEST, ...CLOSE_UNANSWERED, ...WITHDRAW },
    },
    extensionRequested: {
      on: {
        GRANT_EXTENSION: { guard: 'payload.grantExtendsDeadline', target: 'sent', actions: 'grantExtension' },
        DENY_EXTENSION: [
          { guard: 'payload.denialFindsDeadlinePassed', target: 'overdue', actions: 'denyExtension' },
          { target: 'sent', actions: 'denyExtension' },
        ],
        // The deadline may pass while the request is pending: remember it, stay.
        DEADLINE_PASSED: { guard: 'payload.isCurrentDeadlinePassed', actions: 'markDeadlinePassed' },
        // An answer withdraws the request; it is late if the deadline had already passed.
        ANSWER: [{ ...ANSWER_LATE, guard: and(['deadlineHasPassed', 'payload.hasReceivedAt']) }, ANSWER_ON_TIME],
        ...DECLINE,
        ...CLOSE_UNANSWERED,
        ...WITHDRAW,
      },
    },
    answered: {
      on: { CORRECT_ANSWER: { actions: 'correctAnswer' }, ...CLOSE, ...WITHDRAW },
    },
    answeredLate: {
      on: { CORRECT_ANSWER: { actions: 'correctAnswer' }, ...CLOSE, ...WITHDRAW },
    },
    declined: {
      on: { ...CLOSE, ...WITHDRAW },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
