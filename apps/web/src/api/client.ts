/**
 * Fetch wrapper: the session is an HttpOnly cookie the browser sends by itself (same origin); changes
 * carry the session's CSRF token in X-CSRF-Token. JSON in and out, Swedish errors with field issues.
 */
import { createRemissClient } from '@remiss/api-client';
import type { Schemas } from './types';

export type FieldIssue = Schemas['FieldIssue'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | undefined,
    readonly issues: FieldIssue[],
    readonly body: Record<string, unknown>,
  ) {
    super(message);
  }

  /** The reason for one field, e.g. "deadline", or undefined. */
  reasonFor(field: string): string | undefined {
    return this.issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.reason;
  }
}

let onUnauthorized: () => void = () => undefined;
/** The CSRF token of the current session (from /auth/me or the sign-in), kept in memory only. */
let csrfToken: string | null = null;

export const sessionStore = {
  setCsrfToken(token: string | null) {
    csrfToken = token;
  },
  hasSession: () => csrfToken !== null,
  onUnauthorized(handler: () => void) {
    onUnauthorized = handler;
  },
};

const SAFE = new Set(['GET', 'HEAD']);

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (!SAFE.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.', 'NETWORK', [], {});
  }
  const text = await response.text();
  const data = text && (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as unknown) : text;
  if (!response.ok) throw apiError(response.status, data, Boolean(csrfToken));
  return data as T;
}

/** The API's error answer (components.schemas.Error) as an ApiError; a 401 during a session ends it. */
function apiError(status: number, data: unknown, hadSession: boolean): ApiError {
  const obj = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
  if (status === 401 && hadSession) onUnauthorized();
  const issues = Array.isArray(obj.issues) ? (obj.issues as FieldIssue[]) : [];
  return new ApiError(status, String(obj.message ?? 'Något gick fel.'), obj.code as string | undefined, issues, obj);
}

/**
 * The generated, typed client (libs/api-client: openapi-fetch over the contract): paths, parameters, bodies and
 * answers are checked at compile time. `call` unwraps an answer or throws the same ApiError as `api`.
 *
 *   const view = await call(remiss.GET('/recipients/{id}', { params: { path: { id } } }));
 */
export const remiss = createRemissClient({ baseUrl: '', credentials: 'same-origin' });
remiss.use({
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
});

export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const hadSession = csrfToken !== null;
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch {
    throw new ApiError(0, 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.', 'NETWORK', [], {});
  }
  if (!result.response.ok) throw apiError(result.response.status, result.error, hadSession);
  return result.data as T;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  patch: <T>(path: string, body: unknown = {}) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  put: <T>(path: string, body: unknown = {}) => request<T>('PUT', path, body),
  /** Uploads a file with POST /documents and returns the document. */
  upload: (file: File, kind: string, title: string) => {
    const form = new FormData();
    form.append('kind', kind);
    form.append('title', title);
    form.append('file', file, file.name);
    return request<{ id: string; title: string; filename: string }>('POST', '/documents', form);
  },
  /** Downloads an authenticated file (CSV, DOCX, document content) and saves it. */
  async download(path: string, filename: string) {
    const response = await fetch(path, { credentials: 'same-origin' });
    if (!response.ok) throw new ApiError(response.status, 'Filen kunde inte hämtas.', undefined, [], {});
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), { href: url, download: filename });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
};
