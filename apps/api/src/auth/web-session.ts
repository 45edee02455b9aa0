import { AppConfig } from '@remiss/config';
import { doubleCsrf } from 'csrf-csrf';
import type { CookieOptions, Request, Response } from 'express';
import { hkdfSync } from 'node:crypto';

/**
 * The web UI's session: the same HS256 token as a bearer token, but with its own audience (so a
 * session cookie is never accepted as a bearer token and the other way round), in an HttpOnly,
 * SameSite=Lax cookie (Secure over TLS, or when PUBLIC_URL is https). Over TLS the cookie has the
 * `__Host-` prefix (no Domain, path /, Secure: a sibling subdomain cannot plant one); on plain http
 * (localhost in development and tests) it has a plain name, which is ignored on TLS requests.
 *
 * Unsafe methods with the cookie need a CSRF token (csrf-csrf's double submit: an HMAC of the
 * session's jti in a second cookie and in the `X-CSRF-Token` header).
 */
export const WEB_SESSION_AUDIENCE = 'remiss-web';
export const CSRF_HEADER = 'x-csrf-token';
const SESSION = { secure: '__Host-remiss_session', plain: 'remiss_session' };
const CSRF = { secure: '__Host-remiss_csrf', plain: 'remiss_csrf' };

/** Whether cookies for this request are Secure: the request came over TLS (TRUST_PROXY for a proxy), or PUBLIC_URL is https. */
export function secureCookies(req: Request, config: AppConfig): boolean {
  return req.secure || config.publicUrl.startsWith('https:');
}

function sessionCookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs !== undefined ? { maxAge: maxAgeMs } : {}) };
}

/** The session token the request's cookie carries (only the `__Host-` one on a secure request). */
export function sessionCookieOf(req: Request, config: AppConfig): string | undefined {
  const cookies = (req.cookies ?? {}) as Record<string, unknown>;
  const value = secureCookies(req, config) ? cookies[SESSION.secure] : (cookies[SESSION.plain] ?? cookies[SESSION.secure]);
  return typeof value === 'string' && value.length > 0 && value.length < 4096 ? value : undefined;
}

export function setSessionCookie(req: Request, res: Response, config: AppConfig, token: string): void {
  const secure = secureCookies(req, config);
  res.cookie(secure ? SESSION.secure : SESSION.plain, token, sessionCookieOptions(secure, config.jwtTtlSeconds * 1000));
}

export function clearSessionCookies(req: Request, res: Response, config: AppConfig): void {
  const secure = secureCookies(req, config);
  res.clearCookie(secure ? SESSION.secure : SESSION.plain, sessionCookieOptions(secure));
  res.clearCookie(secure ? CSRF.secure : CSRF.plain, { ...sessionCookieOptions(secure), sameSite: 'strict' });
}

/** The request's session id for the CSRF HMAC (set by the guard or by the sign-in that makes the session). */
export interface WithSessionId {
  webSessionId?: string;
}

type Csrf = ReturnType<typeof doubleCsrf>;
const utilities = new Map<string, Csrf>();

function csrfFor(config: AppConfig, secure: boolean): Csrf {
  const key = `${secure}:${config.jwtSecret}`;
  let csrf = utilities.get(key);
  if (!csrf) {
    // Its own key, derived from JWT_SECRET (no new variable to configure).
    const secret = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'remiss', 'remiss-csrf-v1', 32)).toString('hex');
    csrf = doubleCsrf({
      getSecret: () => secret,
      getSessionIdentifier: (req) => (req as Request & WithSessionId).webSessionId ?? '',
      cookieName: secure ? CSRF.secure : CSRF.plain,
      cookieOptions: { sameSite: 'strict', path: '/', secure, httpOnly: true },
      getCsrfTokenFromRequest: (req) => {
        const value = req.headers[CSRF_HEADER];
        return typeof value === 'string' ? value : undefined;
      },
    });
    utilities.set(key, csrf);
  }
  return csrf;
}

/** A CSRF token for the session (reused while its cookie is valid for this session); sets its cookie. */
export function csrfTokenFor(req: Request & WithSessionId, res: Response, config: AppConfig, sessionId: string, fresh = false): string {
  req.webSessionId = sessionId;
  req.cookies ??= {};
  return csrfFor(config, secureCookies(req, config)).generateCsrfToken(req, res, { overwrite: fresh });
}

/** Whether the request carries the CSRF token of its session in the header and the cookie. */
export function hasValidCsrfToken(req: Request & WithSessionId, config: AppConfig, sessionId: string): boolean {
  req.webSessionId = sessionId;
  req.cookies ??= {};
  try {
    return csrfFor(config, secureCookies(req, config)).validateRequest(req);
  } catch {
    return false;
  }
}
