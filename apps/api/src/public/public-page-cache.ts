import { INestApplication, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { RateLimitedError } from '@remiss/domain';
import type { NextFunction, Request, Response } from 'express';
import { ThrottleService } from '../auth/throttle.service';
import { matchesEtag } from '../web/security-headers';

interface Entry {
  type: string;
  body: string;
  etag: string;
  cacheControl: string;
  expires: number;
}

/** The most pages one replica keeps, and the most characters all of them together (about 40 MB). */
const MAX_ENTRIES = 500;
const MAX_TOTAL_CHARS = 20_000_000;
/** Larger answers are not kept (they are rare: a very long diarium page). */
const MAX_BODY_CHARS = 1_000_000;

/**
 * A small in-memory cache of rendered public answers (pages, feed, JSON), per replica, for
 * PUBLIC_CACHE_SECONDS: a public page is the same for everyone, so within that window it is served
 * without a database query (the throttle still counts the request). Least recently stored out first.
 * A secrecy marking or unmarking clears it at once on this replica; other replicas see it within the
 * window, as a CDN does within its max-age.
 */
@Injectable()
export class PublicPageCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private totalChars = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.ttlMs = config.publicCacheSeconds * 1000;
  }

  get(key: string): Entry | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.expires <= Date.now()) {
      this.remove(key);
      return null;
    }
    return entry;
  }

  store(key: string, entry: Omit<Entry, 'expires'>): void {
    if (this.ttlMs === 0 || entry.body.length > MAX_BODY_CHARS) return;
    this.remove(key);
    this.entries.set(key, { ...entry, expires: Date.now() + this.ttlMs });
    this.totalChars += entry.body.length;
    while (this.entries.size > MAX_ENTRIES || this.totalChars > MAX_TOTAL_CHARS) this.remove(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
    this.totalChars = 0;
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.totalChars -= old.body.length;
    this.entries.delete(key);
  }
}

/** The cache key of a request: method-independent (GET and HEAD share), path and query as sent. */
export const cacheKey = (req: Request) => req.originalUrl;

const CACHED_PATH = /^\/(offentligt|public\/organisations)(\/|$|\?)/;

/**
 * Express middleware ahead of Nest's routing: a GET of a public page that is in the cache is answered
 * from memory (304 when the ETag matches) after the same per-address throttle as every public request.
 * Anything else goes on to the controllers, which fill the cache.
 */
export function servePublicCache(app: INestApplication): void {
  const cache = app.get(PublicPageCache);
  const throttle = app.get(ThrottleService);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !CACHED_PATH.test(req.path)) return next();
    const entry = cache.get(cacheKey(req));
    if (!entry) return next();
    throttle.publicRequest(req.ip ?? 'unknown', req.path).then(
      () => {
        res.setHeader('Cache-Control', entry.cacheControl);
        res.setHeader('ETag', entry.etag);
        if (matchesEtag(req, entry.etag)) {
          res.status(304).end();
          return;
        }
        res.type(entry.type).send(entry.body);
      },
      (error: unknown) => {
        if (error instanceof RateLimitedError) {
          res.setHeader('Retry-After', String(error.retryAfterSeconds));
          res.status(429).json({ statusCode: 429, code: error.code, message: error.message });
          return;
        }
        next();
      },
    );
  });
}
