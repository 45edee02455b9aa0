import { AppConfig } from '@remiss/config';
import type { Request } from 'express';
import { sessionCookieOf } from './web-session';

/**
 * What a request authenticates with: a bearer token (integrations, the CLI, the tests) wins over
 * the web UI's session cookie (whose unsafe requests must also carry a CSRF token). Null: neither.
 */
export type RequestCredentials = { kind: 'bearer'; token: string } | { kind: 'cookie'; token: string } | null;

export function requestCredentials(req: Request, config: AppConfig): RequestCredentials {
  const header = req.headers.authorization;
  if (header !== undefined && header !== '') {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    // A malformed Authorization header is refused as it always was, not passed over for a cookie.
    return match ? { kind: 'bearer', token: match[1] } : { kind: 'bearer', token: '' };
  }
  const cookie = sessionCookieOf(req, config);
  return cookie ? { kind: 'cookie', token: cookie } : null;
}

/** Methods that change nothing: no CSRF token needed with the session cookie. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
