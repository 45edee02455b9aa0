import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { Public } from '../auth/current-user';
import { REDIS } from '../redis.provider';

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
  @HealthCheck()
  @ApiOperation({ summary: 'Hälsokontroll: databas och Redis (samma som /health/ready)' })
  check() {
    return this.readiness();
  }

  @Get('live')
  @Public()
  @ApiOperation({ summary: 'Lever processen? Kontrollerar inget annat.' })
  live() {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Redo att ta emot anrop: databas och Redis svarar (503 annars)' })
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
