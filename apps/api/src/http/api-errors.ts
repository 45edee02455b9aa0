import { z } from 'zod';
import { apiSchema } from './api-zod-response';

/** One rejected field of a 400 (or 413): which field and why, in Swedish. */
export const fieldIssueSchema = apiSchema(
  'FieldIssue',
  z.object({
    field: z.string().describe('Fältet, t.ex. deadline eller organisationIds.0'),
    reason: z.string().describe('Varför, på svenska'),
  }),
);

const errorFields = {
  statusCode: z.number().int().min(400).max(599),
  code: z.string().describe('Stabil kod för program, t.ex. VALIDATION.INVALID_INPUT eller PROCESS.EVENT_NOT_ACCEPTED'),
  message: z.string().describe('Vad som gick fel, på svenska, för människor'),
  issues: z.array(fieldIssueSchema).optional().describe('Vid 400 och 413: varje fält som inte godtogs'),
  retryAfterSeconds: z.number().optional().describe('Vid 429: sekunder att vänta (också i Retry-After)'),
};

/** Every error answer: the status, a stable code, a Swedish message, and for bad input the fields. */
export const errorSchema = apiSchema(
  'Error',
  z.looseObject({
    ...errorFields,
    state: z.string().nullable().optional(),
    acceptedEvents: z.array(z.string()).optional(),
  }),
);

/** 409: always the current state of the thing and the events (steps) it accepts now. */
export const conflictErrorSchema = apiSchema(
  'ConflictError',
  z.looseObject({
    ...errorFields,
    state: z
      .string()
      .nullable()
      .describe(
        'Det aktuella tillståndet (null när konflikten inte gäller ett tillstånd, t.ex. ett upptaget diarienummer)',
      ),
    acceptedEvents: z
      .array(z.string())
      .describe('De händelser som tillståndet tar emot nu (tom när inget tillstånd berörs)'),
    event: z.string().optional().describe('Händelsen som inte godtogs'),
  }),
);

export interface ErrorResponseDoc {
  name: string;
  description: string;
  schema: 'Error' | 'ConflictError';
  example: Record<string, unknown>;
}

/** components.responses: the error answers, documented once and referenced by every operation. */
export const ERROR_RESPONSES: Record<number, ErrorResponseDoc> = {
  400: {
    name: 'BadRequest',
    description: 'Felaktig begäran: issues anger varje fält och varför',
    schema: 'Error',
    example: {
      statusCode: 400,
      code: 'VALIDATION.INVALID_INPUT',
      message: 'deadline: måste vara ett datum i formen ÅÅÅÅ-MM-DD',
      issues: [{ field: 'deadline', reason: 'måste vara ett datum i formen ÅÅÅÅ-MM-DD' }],
    },
  },
  401: {
    name: 'Unauthorized',
    description: 'Inte inloggad (token saknas, har gått ut eller är återkallad)',
    schema: 'Error',
    example: { statusCode: 401, code: 'AUTH.UNAUTHENTICATED', message: 'Du måste logga in.' },
  },
  403: {
    name: 'Forbidden',
    description: 'Rollen får inte göra detta',
    schema: 'Error',
    example: { statusCode: 403, code: 'AUTH.FORBIDDEN', message: 'Du har inte behörighet att göra detta.' },
  },
  404: {
    name: 'NotFound',
    description: 'Finns inte, eller tillhör en annan organisation (försöket loggas)',
    schema: 'Error',
    example: { statusCode: 404, code: 'NOT_FOUND', message: 'Ärendet hittades inte.' },
  },
  409: {
    name: 'Conflict',
    description:
      'Tillståndet tillåter inte steget, eller någon annan ändrade samtidigt: state och acceptedEvents anger läget nu',
    schema: 'ConflictError',
    example: {
      statusCode: 409,
      code: 'PROCESS.EVENT_NOT_ACCEPTED',
      message: 'Det går inte att börja ta fram förslaget nu: ärendet har status "på remiss".',
      event: 'START_DRAFTING',
      state: 'consultation',
      acceptedEvents: ['CLOSE_ROUND', 'WITHDRAW'],
    },
  },
  413: {
    name: 'PayloadTooLarge',
    description: 'Begäran eller filen är för stor (se gränserna i dokumentets beskrivning)',
    schema: 'Error',
    example: {
      statusCode: 413,
      code: 'DOCUMENT.FILE_TOO_LARGE',
      message: 'file: filen är för stor (högst 20 MB)',
      issues: [{ field: 'file', reason: 'filen är för stor (högst 20 MB)' }],
    },
  },
  422: {
    name: 'Unprocessable',
    description: 'Samma Idempotency-Key med ett annat innehåll',
    schema: 'Error',
    example: {
      statusCode: 422,
      code: 'IDEMPOTENCY.KEY_REUSED',
      message: 'Idempotency-Key har redan använts med ett annat innehåll.',
    },
  },
  429: {
    name: 'TooManyRequests',
    description: 'För många försök; Retry-After anger sekunder att vänta',
    schema: 'Error',
    example: {
      statusCode: 429,
      code: 'AUTH.RATE_LIMITED',
      message: 'För många misslyckade inloggningsförsök. Försök igen om 900 sekunder.',
      retryAfterSeconds: 900,
    },
  },
  503: {
    name: 'ServiceUnavailable',
    description: 'Databasen eller Redis kan inte nås; Retry-After anger när det är värt att försöka igen',
    schema: 'Error',
    example: {
      statusCode: 503,
      code: 'SERVICE.UNAVAILABLE',
      message: 'Tjänsten är tillfälligt otillgänglig. Försök igen om 5 sekunder.',
    },
  },
};

/**
 * The error statuses an operation declares, by what it is: every operation 400 and 503; authenticated ones
 * 401 and 403; with a path parameter 404; changes 409 and 422 (Idempotency-Key); with a body 413; public ones 429.
 */
export function errorResponsesFor(op: {
  method: string;
  authenticated: boolean;
  hasPathParameters: boolean;
  hasBody: boolean;
}): number[] {
  const statuses = [400, 503];
  if (op.authenticated) statuses.push(401, 403);
  if (op.hasPathParameters) statuses.push(404);
  if (op.method !== 'get' && op.method !== 'head') statuses.push(409, 422);
  if (op.hasBody) statuses.push(413);
  if (!op.authenticated) statuses.push(429);
  return statuses.sort((a, b) => a - b);
}
