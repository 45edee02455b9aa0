import { Role } from '@remiss/domain';
import type { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { TokenService } from '../auth/token.service';

export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'remiss_token';

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * Only administrators see the queue dashboard. A browser cannot send a bearer header, so the
 * token is also accepted as `?token=` (then kept in an HttpOnly cookie limited to the dashboard
 * path, so that the dashboard's own requests carry it) or as that cookie.
 */
export function dashboardAuth(tokens: TokenService, dataSource: DataSource) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const query = typeof req.query.token === 'string' ? req.query.token : undefined;
    const token = bearer ?? query ?? cookie(req.headers.cookie, DASHBOARD_COOKIE);
    const userId = token ? tokens.verify(token) : null;
    const deny = (status: number, message: string) => void res.status(status).type('text/plain; charset=utf-8').send(message);
    if (!userId) return deny(401, 'Du måste logga in som administratör (token i Authorization, ?token= eller kaka).');
    dataSource
      .query(`SELECT role FROM users WHERE id::text = $1`, [userId])
      .then((rows: Array<{ role: Role }>) => {
        if (rows[0]?.role !== 'admin') return deny(403, 'Kööversikten är bara för administratörer.');
        if (query) {
          res.cookie(DASHBOARD_COOKIE, query, { httpOnly: true, sameSite: 'strict', path: DASHBOARD_PATH, secure: req.secure });
        }
        next();
      })
      .catch(next);
  };
}
