import type { CaseEvent } from '../api/types';

/** One line of the history: an event, or the same event for many recipients at the same moment by the same actor. */
export interface EventGroup {
  key: string;
  first: CaseEvent;
  /** The recipients the event concerned (empty for the case's own events). */
  recipientIds: string[];
  count: number;
}

/** The minute an event happened, as the history shows it: events of one command or one batch of jobs share it. */
const minute = (at: string) => at.slice(0, 16);

/**
 * Groups neighbouring events that are the same event, in the same minute, by the same actor, each for a
 * recipient: "the deadline passed" for 26 municipalities is one line, not 26. Order is kept.
 */
export function groupEvents(events: CaseEvent[]): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const e of events) {
    const last = groups[groups.length - 1];
    const same =
      last &&
      e.recipientId !== null &&
      last.first.recipientId !== null &&
      last.first.event === e.event &&
      minute(last.first.at) === minute(e.at) &&
      last.first.actorName === e.actorName &&
      last.first.actorOrganisation === e.actorOrganisation;
    if (same) {
      last.recipientIds.push(e.recipientId!);
      last.count += 1;
    } else groups.push({ key: e.id, first: e, recipientIds: e.recipientId ? [e.recipientId] : [], count: 1 });
  }
  return groups;
}
