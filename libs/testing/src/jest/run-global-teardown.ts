import { PostgresService, RedisService } from '@remiss/local-services';
import { dropTestDatabasesWithPrefix } from '../test-database';
import { readRunEnv } from './run-state';

export async function runGlobalTeardown(): Promise<void> {
  const services = (globalThis as Record<string, unknown>).__remissServices as
    | { postgres: PostgresService; redis: RedisService }
    | undefined;
  await dropTestDatabasesWithPrefix(readRunEnv('serverUrl'), `remiss_test_${readRunEnv('runId')}`);
  await services?.redis.stop();
  await services?.postgres.stop();
}
