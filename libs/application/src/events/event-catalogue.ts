/**
 * The event types of the feed and of webhooks (CloudEvents `type`), one per event the machines and use cases
 * write to the event log. The types are the interface (never change a published one; add new ones); the labels
 * are their Swedish words for a person. An event the catalogue does not know is published as
 * `se.remiss.case.event.recorded` rather than left out.
 */
export interface EventTypeEntry {
  type: string;
  label: string;
  /** case: the case's own (case-internal) history; recipient: one recipient's exchange with the sender. */
  scope: 'case' | 'recipient';
}

const entry = (type: string, label: string, scope: EventTypeEntry['scope']): EventTypeEntry => ({ type: `se.remiss.${type}`, label, scope });

export const EVENT_CATALOGUE: Record<string, EventTypeEntry> = {
  CASE_OPENED: entry('case.opened', 'Ärendet öppnat', 'case'),
  START_DRAFTING: entry('case.drafting.started', 'Arbetet med förslaget påbörjat', 'case'),
  ADD_DRAFT: entry('case.draft.added', 'Ny version av förslaget', 'case'),
  SCHEDULE_SEMINAR: entry('case.seminar.scheduled', 'Seminarium planerat', 'case'),
  HOLD_SEMINAR: entry('case.seminar.held', 'Seminariet genomfört', 'case'),
  CANCEL_SEMINAR: entry('case.seminar.cancelled', 'Seminariet inställt', 'case'),
  SEND_REMISS: entry('case.remiss.sent', 'Ärendet skickat på remiss', 'case'),
  ROUND_SENT: entry('round.sent', 'Utskick gjort', 'case'),
  CLOSE_ROUND: entry('round.closed', 'Remissomgången stängd', 'case'),
  ADJUST_PROPOSAL: entry('case.proposal.adjusted', 'Justerat förslag', 'case'),
  MARK_READY: entry('case.ready', 'Klart för rekommendation', 'case'),
  SEND_RECOMMENDATION: entry('case.recommendation.sent', 'Rekommendationen skickad', 'case'),
  CLOSE_RECOMMENDATION: entry('recommendation.closed', 'Rekommendationen avslutad', 'case'),
  WITHDRAW: entry('case.withdrawn', 'Ärendet återkallat', 'case'),
  ANSWER: entry('answer.received', 'Remissvar inkommet', 'recipient'),
  CORRECT_ANSWER: entry('answer.corrected', 'Remissvaret rättat', 'recipient'),
  DECLINE: entry('answer.declined', 'Avstår från att svara', 'recipient'),
  REQUEST_EXTENSION: entry('extension.requested', 'Anstånd begärt', 'recipient'),
  GRANT_EXTENSION: entry('extension.granted', 'Anstånd beviljat', 'recipient'),
  DENY_EXTENSION: entry('extension.denied', 'Anstånd avslaget', 'recipient'),
  DEADLINE_PASSED: entry('deadline.passed', 'Sista dagen har passerat', 'recipient'),
  ROUND_CLOSED: entry('recipient.closed', 'Omgången stängd för mottagaren', 'recipient'),
  CASE_WITHDRAWN: entry('recipient.withdrawn', 'Ärendet återkallat för mottagaren', 'recipient'),
  REGISTER_PREPARATION: entry('decision.preparation.registered', 'Beredning registrerad', 'recipient'),
  REGISTER_DECISION: entry('decision.registered', 'Beslut registrerat', 'recipient'),
  CORRECT_DECISION: entry('decision.corrected', 'Beslutet rättat', 'recipient'),
  CORRECT_INTERIM_DECISION: entry('decision.corrected', 'Beslutet rättat', 'recipient'),
  DISPATCH: entry('decision.dispatched', 'Beslutet expedierat', 'recipient'),
  REGISTER_RECEIPT: entry('decision.received', 'Beslutet mottaget', 'recipient'),
  TERMINATION_REGISTERED: entry('termination.registered', 'Uppsägning registrerad', 'recipient'),
};

export const UNKNOWN_EVENT: EventTypeEntry = entry('case.event.recorded', 'Händelse i ärendet', 'case');

export function catalogueEntry(event: string): EventTypeEntry {
  return EVENT_CATALOGUE[event] ?? UNKNOWN_EVENT;
}

/** Every published type, once, sorted (for validation of subscription filters and the documentation). */
export const EVENT_TYPES: string[] = [...new Set([...Object.values(EVENT_CATALOGUE), UNKNOWN_EVENT].map((e) => e.type))].sort();

/** The log's event codes that a type stands for (a type filter on the log). */
export function eventCodesOf(types: string[]): string[] {
  const wanted = new Set(types);
  return Object.entries(EVENT_CATALOGUE).filter(([, e]) => wanted.has(e.type)).map(([code]) => code);
}
