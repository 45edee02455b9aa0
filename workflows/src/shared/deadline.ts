import type { EventObject } from 'xstate';
import { dateField, field, isIsoDate, stringField } from './payload';

/**
 * Deadline and extension (anstånd) behaviour shared by the recipient machines.
 * Deadlines are calendar dates 'YYYY-MM-DD'; ISO dates compare correctly as
 * strings. The machines never look at a clock: the application sends
 * DEADLINE_PASSED with the deadline the job was scheduled for.
 */

export interface ExtensionRequest {
  requestedDate: string;
  reason: string;
}

export interface DeadlineContext {
  deadline: string;
  originalDeadline: string;
  /** Number of granted extensions. */
  extensions: number;
  pendingRequest?: ExtensionRequest;
  /** True once DEADLINE_PASSED for the current deadline was accepted; reset by a grant. */
  deadlinePassed: boolean;
}

export interface DeadlineInput {
  deadline: string;
}

export type RequestExtensionEvent = { type: 'REQUEST_EXTENSION'; requestedDate: string; reason: string };
export type GrantExtensionEvent = { type: 'GRANT_EXTENSION'; newDeadline: string; comment?: string };
/** `deadlinePassed`: whether the (unchanged) deadline has passed when the request is denied. */
export type DenyExtensionEvent = { type: 'DENY_EXTENSION'; comment: string; deadlinePassed: boolean };
/** Sent by the deadline job; `deadline` is the deadline the job was scheduled for. */
export type DeadlinePassedEvent = { type: 'DEADLINE_PASSED'; deadline: string };

export type DeadlineEvent = RequestExtensionEvent | GrantExtensionEvent | DenyExtensionEvent | DeadlinePassedEvent;

export function initialDeadlineContext(input: DeadlineInput): DeadlineContext {
  if (!isIsoDate(input?.deadline)) {
    throw new Error(`Invalid deadline '${String(input?.deadline)}': expected YYYY-MM-DD`);
  }
  return { deadline: input.deadline, originalDeadline: input.deadline, extensions: 0, deadlinePassed: false };
}

// ---- guard predicates (pure) ----

/** DEADLINE_PASSED counts only for the current deadline, once: a stale job is rejected. */
export function isCurrentDeadlinePassed(context: DeadlineContext, event: EventObject): boolean {
  return !context.deadlinePassed && field(event, 'deadline') === context.deadline;
}

export function isValidExtensionRequest(context: DeadlineContext, event: EventObject): boolean {
  const requestedDate = dateField(event, 'requestedDate');
  return (
    context.pendingRequest === undefined &&
    requestedDate !== undefined &&
    requestedDate > context.deadline &&
    stringField(event, 'reason') !== undefined
  );
}

export function hasPendingRequest(context: DeadlineContext): boolean {
  return context.pendingRequest !== undefined;
}

/** The granted date may differ from the requested one but must be later than the current deadline. */
export function grantExtendsDeadline(context: DeadlineContext, event: EventObject): boolean {
  const newDeadline = dateField(event, 'newDeadline');
  return newDeadline !== undefined && newDeadline > context.deadline;
}

export function denialFindsDeadlinePassed(context: DeadlineContext, event: EventObject): boolean {
  return context.deadlinePassed || field(event, 'deadlinePassed') === true;
}

// ---- context updates (pure; used inside assign) ----

export function requestExtension(_context: DeadlineContext, event: EventObject): Partial<DeadlineContext> {
  return {
    pendingRequest: { requestedDate: stringField(event, 'requestedDate') ?? '', reason: stringField(event, 'reason') ?? '' },
  };
}

export function grantExtension(context: DeadlineContext, event: EventObject): Partial<DeadlineContext> {
  return {
    deadline: stringField(event, 'newDeadline') ?? context.deadline,
    extensions: context.extensions + 1,
    pendingRequest: undefined,
    deadlinePassed: false,
  };
}

export function denyExtension(context: DeadlineContext, event: EventObject): Partial<DeadlineContext> {
  return { pendingRequest: undefined, deadlinePassed: denialFindsDeadlinePassed(context, event) };
}

export function markDeadlinePassed(): Partial<DeadlineContext> {
  return { deadlinePassed: true };
}
