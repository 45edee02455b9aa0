import { Role } from '@remiss/domain';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { isOperator } from '../auth/operator';
import { sessionUser } from '../auth/session-user';
import { TokenService, VerifiedToken } from '../auth/token.service';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_SESSION_PATH = `${DASHBOARD_PATH}/session`;
export const DASHBOARD_COOKIE = 'remiss_queues';
/** The audience of the dashboard's own tokens: they are not accepted as API bearer tokens. */
export const DASHBOARD_AUDIENCE = 'remiss-queue-dashboard';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * A browser request from another site: `Sec-Fetch-Site` other than same-origin/none, or an
 * `Origin` that is neither this request's own origin nor PUBLIC_URL's.
 */
export function isForeignRequest(req: Request, publicUrl: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  const own = new Set([`${req.protocol}://${req.get('host')}`, new URL(publicUrl).origin]);
  return !own.has(origin);
}

export interface DashboardAuthOptions {
  tokens: TokenService;
  dataSource: DataSource;
  publicUrl: string;
  sessionSeconds: number;
  /** The web UI's session (cookie and CSRF token) of a `POST /admin/queues/session`, or null. */
  webSession?: (req: Request) => VerifiedToken | null;
}

/**
 * Only administrators see the queue dashboard. API clients send their bearer token. A browser
 * signs in with `POST /admin/queues/session` carrying the bearer token (the web UI's "Köer"
 * button does this): the token is verified first, and only then an HttpOnly, SameSite=Strict
 * cookie (Secure over TLS) limited to the dashboard path is set, holding a new short-lived token
 * that is only valid for the dashboard (the web UI's session cookie with its CSRF token works too). Tokens in the URL are not accepted. Requests that change
 * something (and the sign-in itself) are refused with 403 when they come from another site.
 */
export function dashboardAuth({ tokens, dataSource, publicUrl, sessionSeconds, webSession }: DashboardAuthOptions) {
  const text = (res: Response, status: number, message: string) => void res.status(status).type('text/plain; charset=utf-8').send(message);
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Cache-Control', 'no-store');
    if (!SAFE_METHODS.has(req.method) && isForeignRequest(req, publicUrl)) {
      return text(res, 403, 'Ändringar i kööversikten får bara göras från Remiss egen webbplats.');
    }
    const isSession = req.path === '/session' && req.baseUrl === DASHBOARD_PATH;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const fromCookie = bearer || isSession ? undefined : cookie(req.headers.cookie, DASHBOARD_COOKIE);
    const fromWebSession = !bearer && isSession && req.method === 'POST' && webSession ? webSession(req) : null;
    const verified = bearer
      ? tokens.verify(bearer)
      : fromWebSession
        ? fromWebSession
        : fromCookie
          ? tokens.verify(fromCookie, { audience: DASHBOARD_AUDIENCE, ttlSeconds: sessionSeconds })
          : null;
    if (isSession && req.method === 'DELETE') {
      res.clearCookie(DASHBOARD_COOKIE, { httpOnly: true, sameSite: 'strict', path: DASHBOARD_PATH, secure: req.secure });
      return void res.status(204).end();
    }
    if (!verified) {
      return text(res, 401, 'Du måste logga in som administratör: öppna kööversikten med knappen "Köer" i Remiss webbgränssnitt.');
    }
    sessionUser(dataSource, verified)
      .then((found) => {
        if ('refused' in found) return text(res, 401, 'Inloggningen gäller inte längre; logga in i Remiss igen.');
        if ((found.user.role as Role) !== 'admin' || !isOperator(found.user)) return text(res, 403, 'Kööversikten är bara för administratörer.');
        if (!isSession) return next();
        if (req.method !== 'POST') return text(res, 405, 'Använd POST för att logga in i kööversikten.');
        if (!bearer && !fromWebSession) return text(res, 401, 'Logga in i kööversikten med din token i Authorization-huvudet.');
        const session = tokens.sign(found.user.id, { audience: DASHBOARD_AUDIENCE, ttlSeconds: sessionSeconds });
        res.cookie(DASHBOARD_COOKIE, session, { httpOnly: true, sameSite: 'strict', path: DASHBOARD_PATH, secure: req.secure, maxAge: sessionSeconds * 1000 });
        res.status(204).end();
      })
      .catch(next);
  };
}
