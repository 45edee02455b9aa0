import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { CoreModule, RequestTestMailUseCase } from '@remiss/application';
import { AdminController } from './admin/admin.controller';
import { AuthGuard } from './auth/auth.guard';
import { TokenService } from './auth/token.service';
import { HealthController } from './health/health.controller';
import { DomainExceptionFilter } from './http/domain-exception.filter';
import { redisProvider, RedisShutdown } from './redis.provider';

@Module({
  imports: [CoreModule, TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController, AdminController],
  providers: [
    redisProvider,
    RedisShutdown,
    TokenService,
    RequestTestMailUseCase,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: DomainExceptionFilter },
  ],
})
export class ApiModule {}
