import { Controller, Get, Headers, HttpException, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import type { Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Public } from '../auth/current-user';
import { MetricsService } from './metrics.service';

/**
 * GET /metrics in Prometheus' text format, only with `Authorization: Bearer <METRICS_TOKEN>`; without
 * METRICS_TOKEN configured it does not exist (404), so it is never public by default.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const expected = this.config.metricsToken;
    if (!expected) throw new HttpException({ code: 'NOT_FOUND', message: 'Mätvärden är avstängda (METRICS_TOKEN saknas).' }, 404);
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1] ?? '';
    if (!sameSecret(given, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      throw new HttpException({ code: 'AUTH.UNAUTHENTICATED', message: 'Mätvärdena kräver rätt token (METRICS_TOKEN).' }, 401);
    }
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.metrics());
  }
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
