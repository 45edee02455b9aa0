import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import { ConflictError, UnprocessableError, ValidationError } from '@remiss/domain';
import { Request, Response } from 'express';
import { catchError, mergeMap, Observable, of } from 'rxjs';
import { AuthenticatedUser } from '../auth/current-user';
import { HashableRequest, requestHash } from './idempotency.hash';
import { IdempotencyStore } from './idempotency.store';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const HANDLED = Symbol('remiss:idempotency-handled');
const KEY_PATTERN = /^[\x21-\x7e][\x20-\x7e]{0,199}$/;

type IdempotentRequest = Request & { user?: AuthenticatedUser; file?: HashableRequest['file']; [HANDLED]?: boolean };

/**
 * POSTs with an Idempotency-Key header (per user): the same key and body replay the
 * stored status and response without doing the work again; the same key with
 * another body is a 422; while the first request runs, another gets 409. Only
 * 2xx responses are kept; a failed request releases the key.
 *
 * Registered globally. A multipart body is not parsed yet when global
 * interceptors run, so an upload route lists this interceptor again after its
 * FileInterceptor, and the hash then covers the fields and the file's SHA-256.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<IdempotentRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const header = request.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    if (request.method !== 'POST' || header === undefined || !request.user || request[HANDLED]) return next.handle();
    if (request.is('multipart/form-data') && request.body === undefined) return next.handle();
    request[HANDLED] = true;

    const key = validKey(header);
    const userId = request.user.id;
    const path = request.originalUrl;
    const hash = requestHash({ method: request.method, path, body: request.body, file: request.file });
    const claim = await this.store.claim(userId, key, request.method, path, hash);
    switch (claim.kind) {
      case 'mismatch':
        throw new UnprocessableError('IDEMPOTENCY.KEY_REUSED', 'Idempotency-Key har redan använts för en annan begäran.', {
          issues: [{ field: IDEMPOTENCY_HEADER, reason: 'nyckeln har redan använts med en annan begäran' }],
        });
      case 'in_progress':
        throw new ConflictError('IDEMPOTENCY.IN_PROGRESS', 'En begäran med samma Idempotency-Key pågår redan. Försök igen om en stund.');
      case 'replay':
        response.status(claim.statusCode).setHeader('Idempotent-Replayed', 'true');
        return of(claim.response);
      case 'claimed':
        break;
    }
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const status = response.statusCode;
        if (status >= 200 && status < 300 && storable(body)) await this.store.complete(userId, key, status, body);
        else await this.store.release(userId, key);
        return body;
      }),
      catchError(async (error: unknown) => {
        await this.store.release(userId, key);
        throw error;
      }),
    );
  }
}

function validKey(header: string | string[]): string {
  if (Array.isArray(header)) throw ValidationError.field(IDEMPOTENCY_HEADER, 'får bara anges en gång', 'IDEMPOTENCY.INVALID_KEY');
  const key = header.trim();
  if (!KEY_PATTERN.test(key)) {
    throw ValidationError.field(IDEMPOTENCY_HEADER, 'måste vara 1–200 synliga ASCII-tecken', 'IDEMPOTENCY.INVALID_KEY');
  }
  return key;
}

function storable(body: unknown): boolean {
  return !(body instanceof StreamableFile) && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown })?.pipe !== 'function';
}
