import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { matchesEtag } from '../web/security-headers';
import { cacheKey, PublicPageCache } from './public-page-cache';

/** How long a shared cache (a CDN, a proxy) and browsers may keep a public page before asking again. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

/**
 * Sends a public answer cacheably: `Cache-Control: public, max-age=…` (replacing the global `no-store`), a strong
 * ETag from the content, and 304 without a body when the request's If-None-Match names it.
 */
export function sendPublic(req: Request, res: Response, type: string, body: string | Buffer, options: { maxAge?: number; sha256?: string; cache?: PublicPageCache } = {}): void {
  const etag = `"${options.sha256 ?? createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const cacheControl = `public, max-age=${options.maxAge ?? PUBLIC_MAX_AGE_SECONDS}`;
  if (options.cache && typeof body === 'string') options.cache.store(cacheKey(req), { type, body, etag, cacheControl });
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  if (matchesEtag(req, etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(body);
}
