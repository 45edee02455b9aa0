import { Inject, Injectable, OnApplicationShutdown, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { createRedisConnection } from '@remiss/queue';
import Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createRedisConnection(config.redisUrl, 'producer'),
};

/** Closes the API's own Redis connection on shutdown. */
@Injectable()
export class RedisShutdown implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
