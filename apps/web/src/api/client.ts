/**
 * Fetch wrapper: the session is an HttpOnly cookie the browser sends by itself (same origin); changes
 * carry the session's CSRF token in X-CSRF-Token. JSON in and out, Swedish errors with field issues.
 */
export interface FieldIssue {
  field: string;
  reason: string;
}

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
  if (!response.ok) {
    const obj = (typeof data === 'object' && data ? data : {}) as Record<string, unknown>;
    if (response.status === 401 && csrfToken) onUnauthorized();
    const issues = Array.isArray(obj.issues) ? (obj.issues as FieldIssue[]) : [];
    throw new ApiError(response.status, String(obj.message ?? 'Något gick fel.'), obj.code as string | undefined, issues, obj);
  }
  return data as T;
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
