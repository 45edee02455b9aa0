import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@remiss/config';
import type { Application, NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { DASHBOARD_PATH } from '../admin/queue-dashboard.auth';
import { WEB_BASE } from './serve-web';

type Directives = Record<string, string[] | null>;

/** The web UI and the API: only our own scripts and styles, no inline code, never inside a frame. */
const STRICT: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
};

/** Swagger UI (/docs) and bull-board (/admin/queues) inject inline styles; bull-board also uses <base href>. */
const LOOSER: Directives = { ...STRICT, 'base-uri': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"] };

const underPath = (path: string, base: string) => path === base || path.startsWith(`${base}/`);

function headers(directives: Directives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent below only when the request came over TLS (directly or, with TRUST_PROXY, through a proxy).
    strictTransportSecurity: false,
  });
}

/**
 * For the reads that carry an ETag (the case page): a browser may keep the answer but must ask
 * again every time (If-None-Match → 304); `private` keeps it out of shared caches, and
 * `Vary: Authorization, Cookie` keeps one user's copy from another's. Replaces the `no-store` set below.
 */
export function revalidatePrivately(res: Response, etag: string): void {
  res.setHeader('Cache-Control', 'private, no-cache');
  res.vary('Authorization');
  // The web UI's session is a cookie: one signed-in user's copy is not another's in the same browser.
  res.vary('Cookie');
  res.setHeader('ETag', etag);
}

/**
 * Whether the request's If-None-Match names this ETag (RFC 9110 §13.1.2, weak comparison). Not
 * Express's req.fresh: that treats a request's `Cache-Control: no-cache` as "stale", which is a
 * cache's rule, and fetch() adds that header to every request with If-None-Match.
 */
export function matchesEtag(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Security headers for every answer (helmet), HSTS over TLS, `Cache-Control: no-store` on
 * everything but the web UI's own files and the ETag'd reads, Express's `trust proxy` from TRUST_PROXY, and no
 * X-Powered-By. Registered before every route.
 */
export function applySecurityHeaders(app: INestApplication, config: AppConfig): void {
  const express = app.getHttpAdapter().getInstance() as Application;
  express.disable('x-powered-by');
  express.set('trust proxy', config.trustProxy);
  const strict = headers(STRICT);
  const looser = headers(LOOSER);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    // The UI's files set their own caching (hashed assets for a year, index.html revalidated);
    // the ETag'd reads replace this with `private, no-cache` (revalidatePrivately).
    if (!underPath(req.path, WEB_BASE)) res.setHeader('Cache-Control', 'no-store');
    const loose = underPath(req.path, '/docs') || underPath(req.path, DASHBOARD_PATH);
    (loose ? looser : strict)(req, res, next);
  });
}
