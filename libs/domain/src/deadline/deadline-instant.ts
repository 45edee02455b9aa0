import { addDays, type LocalDate, stockholmInstant } from '../calendar';

/**
 * The last instant (millisecond) of the Stockholm calendar day, as a UTC Date:
 * a deadline means "received by the end of that day".
 */
export function deadlineInstant(d: LocalDate): Date {
  return new Date(stockholmInstant(addDays(d, 1)).getTime() - 1);
}

/** True once the deadline day has ended in Stockholm. The date is not moved to a working day. */
export function isOverdue(deadline: LocalDate, now: Date): boolean {
  if (Number.isNaN(now.getTime())) throw new RangeError('Ogiltig tidpunkt.');
  return now.getTime() > deadlineInstant(deadline).getTime();
}
