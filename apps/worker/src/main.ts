import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { loadConfigOrExit } from '@remiss/config';
import { checkEvictionPolicy, closeRedis, createRedisConnection, describeRedis } from '@remiss/queue';
import { prepareDatabase } from '@remiss/application';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = new Logger('Arbetare');
  await prepareDatabase(config, { seed: false });
  const redis = createRedisConnection(config, 'producer');
  await checkEvictionPolicy(redis, (m) => logger.warn(m));
  await closeRedis(redis);
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(PinoNestLogger)); // JSON lines (pino), LOG_LEVEL
  app.enableShutdownHooks();
  logger.log(`Arbetaren kör: köer i Redis ${describeRedis(config)} (prefix ${config.redisPrefix})`);
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`Arbetaren kunde inte starta: ${error.message}\n`);
  process.exit(1);
});
