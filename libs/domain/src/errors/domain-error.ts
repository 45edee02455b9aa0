/**
 * Errors of the domain carry a stable code and a Swedish message for people.
 * They are mapped to HTTP statuses only at the edge (the API's exception filter).
 */
export type DomainErrorKind =
  | 'validation'
  | 'not_found'
  | 'forbidden'
  | 'conflict'
  | 'invalid_transition'
  | 'unauthenticated'
  | 'unprocessable'
  | 'too_large'
  | 'rate_limited';

export interface FieldIssue {
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(readonly issues: FieldIssue[], code = 'VALIDATION.INVALID_INPUT') {
    super('validation', code, issues.map((i) => `${i.field}: ${i.reason}`).join('; '), { issues });
  }

  static field(field: string, reason: string, code?: string): ValidationError {
    return new ValidationError([{ field, reason }], code);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id: string) {
    super('not_found', 'NOT_FOUND', `${what} hittades inte.`, { what, id });
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Du har inte behörighet att göra detta.', code = 'AUTH.FORBIDDEN') {
    super('forbidden', code, message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Du måste logga in.', code = 'AUTH.UNAUTHENTICATED') {
    super('unauthenticated', code, message);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super('conflict', code, message, details);
  }
}

/** A request or file larger than the service accepts (413); `issues` names the field like a ValidationError. */
export class TooLargeError extends DomainError {
  constructor(field: string, reason: string, code = 'VALIDATION.TOO_LARGE') {
    super('too_large', code, `${field}: ${reason}`, { issues: [{ field, reason }] });
  }
}

export class UnprocessableError extends DomainError {
  constructor(code: string, message: string, details: Record<string, unknown> = {}) {
    super('unprocessable', code, message, details);
  }
}

/** Too many attempts: 429; the caller is told when to try again (the API also sends Retry-After). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('rate_limited', 'AUTH.RATE_LIMITED', message, { retryAfterSeconds });
  }
}

/** An event the current state does not accept: 409 with the state and what it accepts. */
/**
 * An event the current state does not accept (409). The message is plain Swedish from the labels the caller gives
 * (the workflows' label map: "börja ta fram förslaget", "på remiss"); the body keeps the codes `event`, `state` and
 * `acceptedEvents` for integrators.
 */
export class InvalidTransitionError extends DomainError {
  constructor(
    readonly entity: string,
    readonly event: string,
    readonly state: string,
    readonly acceptedEvents: string[],
    labels: { event?: string; state?: string } = {},
  ) {
    super(
      'invalid_transition',
      'PROCESS.EVENT_NOT_ACCEPTED',
      `Det går inte att ${labels.event ?? 'göra det här steget'} nu: ${entity} har status ${labels.state ? `"${labels.state}"` : 'som inte tillåter det'}.`,
      { event, state, acceptedEvents },
    );
  }
}

/**
 * Another command changed the same row first (optimistic concurrency): 409 with the state the row has now and
 * the events it accepts there (null and [] when the row could not be read again), like an InvalidTransitionError.
 */
export class ConcurrentModificationError extends ConflictError {
  constructor(entity: string, id: string, current: { state: string; acceptedEvents: string[] } | null = null) {
    super('PROCESS.CONCURRENT_MODIFICATION', `${entity} ändrades samtidigt av någon annan. Försök igen.`, {
      id,
      state: current?.state ?? null,
      acceptedEvents: current?.acceptedEvents ?? [],
    });
  }
}
