import { INestApplication, Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import * as express from 'express';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Where the web UI is served; the API keeps every other path. */
export const WEB_BASE = '/app';

/** dist/web, whether this file runs compiled (dist/apps/api/src/web) or from source (apps/api/src/web). */
export function findWebDir(): string | null {
  const candidates = [path.resolve(__dirname, '../../../../web'), path.resolve(__dirname, '../../../../dist/web')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}

/** Static files under /app, index.html for every other GET under /app (the SPA's own routes), / → /app/ and /arenden/… → /app/arenden/…. */
export function serveWeb(app: INestApplication, dir = findWebDir()): void {
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'GET' && req.path === '/') return res.redirect(302, `${WEB_BASE}/`);
    // Mails sent before the UI moved under /app linked to /arenden/<id>: keep those links working.
    if ((req.method === 'GET' || req.method === 'HEAD') && /^\/arenden(\/|$)/.test(req.path)) return res.redirect(301, `${WEB_BASE}${req.originalUrl}`);
    next();
  });
  if (!dir) {
    new Logger('Webb').warn('Webbgränssnittet är inte byggt (dist/web saknas): kör "npm run build".');
    app.use(WEB_BASE, (_req: Request, res: Response) => {
      res.status(503).type('text/plain; charset=utf-8').send('Webbgränssnittet är inte byggt. Kör "npm run build" och starta om.');
    });
    return;
  }
  // Vite's hashed assets never change under their name: cached for a year. Anything else (index.html
  // and unhashed files) is revalidated on every use.
  app.use(`${WEB_BASE}/assets`, express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '1y', fallthrough: true }));
  app.use(WEB_BASE, express.static(dir, { index: false, fallthrough: true, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
  const index = path.join(dir, 'index.html');
  app.use(WEB_BASE, (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (path.extname(req.path)) return res.status(404).type('text/plain; charset=utf-8').send('Filen finns inte.');
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
