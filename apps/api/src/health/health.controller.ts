import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { z } from 'zod';
import { Public } from '../auth/current-user';
import { apiSchema, ApiZodResponse } from '../http/api-zod-response';
import { REDIS } from '../redis.provider';

const indicators = z.record(z.string(), z.looseObject({ status: z.string() }));
const readinessSchema = apiSchema(
  'Readiness',
  z.object({ status: z.enum(['ok', 'error', 'shutting_down']), info: indicators.optional(), error: indicators.optional(), details: indicators }),
);
const READY_EXAMPLE = { status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } }, error: {}, details: { database: { status: 'up' }, redis: { status: 'up' } } };
const livenessSchema = apiSchema('Liveness', z.object({ status: z.literal('ok') }));

/**
 * Liveness (`/health/live`: the process answers; restart it if not) and readiness (`/health/ready`: the
 * database and Redis answer within 2 s; 503 otherwise, so a load balancer stops sending requests).
 * `/health` is the readiness check under its old name.
 */
@ApiTags('Drift')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get()
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Hälsokontroll: databas och Redis (samma som /health/ready)' })
  @ApiZodResponse(200, undefined, readinessSchema, READY_EXAMPLE)
  check() {
    return this.readiness();
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Lever processen? Kontrollerar inget annat.' })
  @ApiZodResponse(200, undefined, livenessSchema, { status: 'ok' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'Redo att ta emot anrop: databas och Redis svarar (503 annars)' })
  @ApiZodResponse(200, undefined, readinessSchema, READY_EXAMPLE)
  ready() {
    return this.readiness();
  }

  private readiness() {
    return this.health.check([
      () => this.db.pingCheck('database', { timeout: 2000 }),
      async () => {
        const indicator = this.indicators.check('redis');
        try {
          const pong = await Promise.race([
            this.redis.ping(),
            new Promise<string>((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
          ]);
          return pong === 'PONG' ? indicator.up() : indicator.down({ message: `svarade ${pong}` });
        } catch (error) {
          return indicator.down({ message: (error as Error).message });
        }
      },
    ]);
  }
}
