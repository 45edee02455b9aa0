import { ValidationError } from '../errors';
import { addMonths, compareLocalDates, type LocalDate, parseLocalDate } from './local-date';

/**
 * The one home of the date limits. Every date a request carries is checked against a window
 * before anything is computed with it, and the calendar itself covers a fixed range of years,
 * so no input can make working-day arithmetic (or the holiday library) run for long.
 */
export const DATE_LIMITS = Object.freeze({
  /** No date input lies before this day. */
  earliest: '2000-01-01' as LocalDate,
  /** Nor after this one: the ceiling the request schemas check without a clock. */
  latest: '2099-12-31' as LocalDate,
  /** A deadline (svarsdatum, anstånd) lies from today up to this many years ahead. */
  deadlineYearsAhead: 5,
  /** A recorded event (meeting, justering, notice, termination, preparation) at most this far ahead. */
  eventYearsAhead: 1,
  /** Years the Swedish calendar (holidays, working days) covers; outside it a RangeError. */
  calendarFirstYear: 1900,
  calendarLastYear: 2199,
});

/** 'deadline': from today up to deadlineYearsAhead; 'event': from `earliest` up to eventYearsAhead. */
export type DateInputKind = 'deadline' | 'event';

export interface DateInputIssue {
  reason: string;
  code: string;
}

const FORMAT = /^\d{4}-\d{2}-\d{2}$/;

function yearsAhead(today: LocalDate, years: number): LocalDate {
  return addMonths(today, 12 * years); // 29 February clamps to 28 February
}

/** The window [from, to] (both inclusive) that a date input of the kind must lie in. */
export function dateWindow(kind: DateInputKind, today: LocalDate): { from: LocalDate; to: LocalDate } {
  parseLocalDate(today);
  if (kind === 'deadline') return { from: today, to: yearsAhead(today, DATE_LIMITS.deadlineYearsAhead) };
  return { from: DATE_LIMITS.earliest, to: yearsAhead(today, DATE_LIMITS.eventYearsAhead) };
}

function years(n: number): string {
  return n === 1 ? '1 år' : `${n} år`;
}

/**
 * What is wrong with a date input, in Swedish, or null if it is fine. Without `kind`/`today`
 * only the format, the calendar (no 2025-02-30) and the fixed bounds `earliest`..`latest` are
 * checked: cheap string work, nothing else. With them also the window of the kind.
 */
export function dateInputIssue(value: unknown, kind?: DateInputKind, today?: LocalDate): DateInputIssue | null {
  if (typeof value !== 'string' || !FORMAT.test(value)) {
    return { reason: 'måste vara ett datum i formen ÅÅÅÅ-MM-DD', code: 'VALIDATION.INVALID_INPUT' };
  }
  try {
    parseLocalDate(value);
  } catch {
    return { reason: `${value} finns inte i kalendern`, code: 'VALIDATION.INVALID_INPUT' };
  }
  if (value < DATE_LIMITS.earliest) {
    return { reason: `kan inte ligga före ${DATE_LIMITS.earliest}`, code: 'DATE.OUT_OF_RANGE' };
  }
  if (value > DATE_LIMITS.latest) {
    return { reason: `kan inte ligga efter ${DATE_LIMITS.latest}`, code: 'DATE.OUT_OF_RANGE' };
  }
  if (kind === undefined || today === undefined) return null;
  const { from, to } = dateWindow(kind, today);
  if (compareLocalDates(value, from) < 0) {
    return kind === 'deadline'
      ? { reason: `kan inte ligga före i dag (${today})`, code: 'DEADLINE.IN_PAST' }
      : { reason: `kan inte ligga före ${from}`, code: 'DATE.OUT_OF_RANGE' };
  }
  if (compareLocalDates(value, to) > 0) {
    const ahead = kind === 'deadline' ? DATE_LIMITS.deadlineYearsAhead : DATE_LIMITS.eventYearsAhead;
    return { reason: `får ligga högst ${years(ahead)} fram i tiden (senast ${to})`, code: 'DATE.OUT_OF_RANGE' };
  }
  return null;
}

/** The date, checked against the window of its kind; else a 400 naming the field. */
export function parseDateInput(field: string, value: unknown, kind: DateInputKind, today: LocalDate): LocalDate {
  const issue = dateInputIssue(value, kind, today);
  if (issue) throw ValidationError.field(field, issue.reason, issue.code);
  return value as LocalDate;
}
