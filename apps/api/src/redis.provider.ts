import { Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@remiss/config';
import { createRedisConnection } from '@remiss/queue';

export const REDIS = Symbol('REDIS');

export const redisProvider: Provider = {
  provide: REDIS,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createRedisConnection(config.redisUrl, 'producer'),
};
