import { CONSULTATION_STATES } from './consultation';
import { DECISION_RECIPIENT_STATES } from './decision-recipient';
import { REMISS_RECIPIENT_STATES } from './remiss-recipient';

/**
 * Swedish plain-language names for the machines' states and events, for messages a person reads (a refused step,
 * a history line). A pure map beside the machines: the codes stay the interface, these are only their words.
 */
export const STATE_LABELS = {
  consultation: {
    opened: 'öppnat',
    drafting: 'förslag tas fram',
    seminarScheduled: 'seminarium planerat',
    onRemiss: 'på remiss',
    compiling: 'sammanställning',
    adjusted: 'justerat förslag',
    readyForRecommendation: 'klart för rekommendation',
    onRecommendation: 'rekommendation utskickad',
    concluded: 'avslutat',
    withdrawn: 'återkallat',
  } satisfies Record<(typeof CONSULTATION_STATES)[number], string>,
  remissRecipient: {
    sent: 'skickad',
    overdue: 'försenad',
    extensionRequested: 'begärt anstånd',
    answered: 'besvarad',
    answeredLate: 'besvarad sent',
    declined: 'avstår',
    closed: 'avslutad',
    withdrawn: 'återkallad',
  } satisfies Record<(typeof REMISS_RECIPIENT_STATES)[number], string>,
  decisionRecipient: {
    sent: 'skickad',
    overdue: 'försenad',
    extensionRequested: 'begärt anstånd',
    inProgress: 'under beredning',
    decided: 'beslutad',
    dispatched: 'expedierad',
    received: 'mottagen',
    withdrawn: 'återkallad',
    closed: 'avslutad',
  } satisfies Record<(typeof DECISION_RECIPIENT_STATES)[number], string>,
} as const;

export type LabelledMachine = keyof typeof STATE_LABELS;

/** Each event as what a person asks to do ("det går inte att … nu"). */
export const EVENT_LABELS: Record<string, string> = {
  START_DRAFTING: 'börja ta fram förslaget',
  ADD_DRAFT: 'lägga till en ny version av förslaget',
  SCHEDULE_SEMINAR: 'planera ett seminarium',
  HOLD_SEMINAR: 'registrera seminariet som genomfört',
  CANCEL_SEMINAR: 'ställa in seminariet',
  SEND_REMISS: 'skicka ärendet på remiss',
  CLOSE_ROUND: 'stänga omgången',
  ADJUST_PROPOSAL: 'lägga till ett justerat förslag',
  MARK_READY: 'markera ärendet som klart för rekommendation',
  SEND_RECOMMENDATION: 'skicka rekommendationen',
  CLOSE_RECOMMENDATION: 'avsluta rekommendationen',
  WITHDRAW: 'återkalla ärendet',
  ANSWER: 'lämna remissvar',
  CORRECT_ANSWER: 'rätta remissvaret',
  DECLINE: 'avstå från att svara',
  REQUEST_EXTENSION: 'begära anstånd',
  GRANT_EXTENSION: 'bevilja anstånd',
  DENY_EXTENSION: 'avslå anstånd',
  DEADLINE_PASSED: 'markera sista dagen som passerad',
  ROUND_CLOSED: 'stänga omgången',
  CASE_WITHDRAWN: 'återkalla ärendet',
  REGISTER_PREPARATION: 'registrera beredningen',
  REGISTER_DECISION: 'registrera beslutet',
  CORRECT_DECISION: 'rätta beslutet',
  DISPATCH: 'expediera beslutet',
  REGISTER_RECEIPT: 'registrera mottagandet av beslutet',
};

/** The state's Swedish name, or the code itself for a state the map does not know. */
export function stateLabel(machine: LabelledMachine, state: string): string {
  return (STATE_LABELS[machine] as Record<string, string>)[state] ?? state;
}

/** The event as an action in Swedish, or a neutral phrase for an unknown event (never the raw code). */
export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? 'göra det här steget';
}
