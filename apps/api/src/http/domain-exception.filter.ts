import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { DomainError, DomainErrorKind } from '@remiss/domain';
import { Response } from 'express';
import { isOutageError, OUTAGE_RETRY_AFTER_SECONDS } from './outage';

const STATUS: Record<DomainErrorKind, number> = {
  validation: HttpStatus.BAD_REQUEST,
  unauthenticated: HttpStatus.UNAUTHORIZED,
  forbidden: HttpStatus.FORBIDDEN,
  not_found: HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  invalid_transition: HttpStatus.CONFLICT,
  unprocessable: HttpStatus.UNPROCESSABLE_ENTITY,
  too_large: HttpStatus.PAYLOAD_TOO_LARGE,
  rate_limited: HttpStatus.TOO_MANY_REQUESTS,
};

const HTTP_MESSAGES: Record<number, string> = {
  400: 'Felaktig begäran.',
  401: 'Du måste logga in.',
  403: 'Du har inte behörighet att göra detta.',
  404: 'Sidan eller resursen finns inte.',
  405: 'Metoden är inte tillåten.',
  413: 'Begäran är för stor.',
  415: 'Innehållstypen stöds inte.',
  503: 'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
};

/** Database errors that odd input can still reach; never a 500. */
const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': { status: 409, code: 'CONFLICT.DUPLICATE', message: 'Det finns redan en likadan post.' },
  '23503': { status: 400, code: 'VALIDATION.REFERENCE', message: 'Begäran hänvisar till något som inte finns.' },
  '22P02': { status: 400, code: 'VALIDATION.INVALID_VALUE', message: 'Ett värde har fel format.' },
  '22007': { status: 400, code: 'VALIDATION.INVALID_DATE', message: 'Ett datum har fel format.' },
  '22008': { status: 400, code: 'VALIDATION.INVALID_DATE', message: 'Ett datum ligger utanför det tillåtna.' },
  '22001': { status: 400, code: 'VALIDATION.TOO_LONG', message: 'En text är för lång.' },
  '54000': { status: 400, code: 'VALIDATION.TOO_LONG', message: 'En text är för lång.' },
  '22021': { status: 400, code: 'VALIDATION.UNSAFE_TEXT', message: 'En text innehåller ogiltiga tecken.' },
  '22P05': { status: 400, code: 'VALIDATION.UNSAFE_TEXT', message: 'En text innehåller ogiltiga tecken.' },
  '22025': { status: 400, code: 'VALIDATION.INVALID_VALUE', message: 'Ett sökvillkor har fel format.' },
  '22003': { status: 400, code: 'VALIDATION.OUT_OF_RANGE', message: 'Ett tal ligger utanför det tillåtna.' },
  '40001': { status: 409, code: 'PROCESS.CONCURRENT_MODIFICATION', message: 'Någon annan ändrade samtidigt. Försök igen.' },
  '40P01': { status: 409, code: 'PROCESS.CONCURRENT_MODIFICATION', message: 'Någon annan ändrade samtidigt. Försök igen.' },
};

/**
 * Every 409 carries `state` and `acceptedEvents` (components.schemas.ConflictError): the state of the thing the
 * conflict is about and the events it accepts now, or null and [] when the conflict is not about a state (a
 * registry number in use, a duplicate). A conflict that names a status (an extension request already decided)
 * gives it as the state.
 */
export function withConflictState(status: number, body: Record<string, unknown>): Record<string, unknown> {
  if (status !== HttpStatus.CONFLICT) return body;
  const state = typeof body.state === 'string' ? body.state : typeof body.status === 'string' ? body.status : null;
  return { ...body, state, acceptedEvents: Array.isArray(body.acceptedEvents) ? body.acceptedEvents : [] };
}

/** The one place where errors become HTTP responses. */
@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof DomainError) {
      const retryAfter = error.details.retryAfterSeconds;
      if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(Math.max(1, Math.ceil(retryAfter))));
      const status = STATUS[error.kind];
      response.status(status).json(withConflictState(status, { statusCode: status, code: error.code, message: error.message, ...error.details }));
      return;
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const body = error.getResponse();
      const original = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
      const message = HTTP_MESSAGES[status] ?? (typeof original.message === 'string' ? original.message : 'Fel.');
      response.status(status).json(withConflictState(status, { statusCode: status, code: `HTTP.${status}`, message }));
      return;
    }
    if (isOutageError(error)) {
      this.logger.warn(`Tjänsten otillgänglig: ${error instanceof Error ? error.message : String(error)}`);
      response.setHeader('Retry-After', String(OUTAGE_RETRY_AFTER_SECONDS));
      response.status(503).json({
        statusCode: 503,
        code: 'SERVICE.UNAVAILABLE',
        message: `Tjänsten är tillfälligt otillgänglig. Försök igen om ${OUTAGE_RETRY_AFTER_SECONDS} sekunder.`,
      });
      return;
    }
    const pgCode = (error as { driverError?: { code?: string } })?.driverError?.code;
    const pg = pgCode ? PG_ERRORS[pgCode] : undefined;
    if (pg) {
      response.status(pg.status).json(withConflictState(pg.status, { statusCode: pg.status, code: pg.code, message: pg.message }));
      return;
    }
    const bodyError = error as { type?: string; status?: number };
    if (bodyError?.type === 'entity.parse.failed') {
      response.status(400).json({ statusCode: 400, code: 'VALIDATION.MALFORMED_JSON', message: 'Begäran innehåller ogiltig JSON.', issues: [{ field: 'body', reason: 'ogiltig JSON' }] });
      return;
    }
    if (bodyError?.type === 'entity.too.large') {
      response.status(413).json({ statusCode: 413, code: 'HTTP.413', message: HTTP_MESSAGES[413] });
      return;
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    response.status(500).json({ statusCode: 500, code: 'INTERNAL', message: 'Ett oväntat fel inträffade. Försök igen senare.' });
  }
}
