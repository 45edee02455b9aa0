import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { MetricsService } from './metrics.service';

/** Times every request; labelled with the route template (`/cases/:id`), never the raw URL; unmatched: `(other)`. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.once('finish', () => {
      const template = req.route?.path as string | undefined;
      const route = template ? `${req.baseUrl ?? ''}${template}` : '(other)';
      end({ method: req.method, route, status_code: String(res.statusCode) });
    });
    next();
  }
}
