import * as path from 'node:path';
import { createDataSource, runMigrations } from '@remiss/data-access';
import { ensurePostgres, ensureRedis, withDatabase } from '@remiss/local-services';
import { createTestDatabase, dropTestDatabasesWithPrefix } from '../test-database';
import { RUN_ENV } from './run-state';

/**
 * Finds PostgreSQL and Redis the way `npm start` does, creates this run's
 * template database with every migration applied; each test file clones it.
 */
export async function runGlobalSetup(): Promise<void> {
  const dataDir = path.resolve(__dirname, '../../../../.data');
  const log = (line: string) => process.stderr.write(`[testmiljö] ${line}\n`);
  const postgres = await ensurePostgres({ configuredUrl: process.env.TEST_PG_SERVER_URL, dataDir, log });
  const redis = await ensureRedis({ configuredUrl: process.env.TEST_REDIS_URL, dataDir, log });
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const template = `remiss_test_${runId}_tpl`;
  await dropTestDatabasesWithPrefix(postgres.serverUrl, `remiss_test_${runId}`);
  const url = await createTestDatabase(postgres.serverUrl, template);
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await runMigrations(ds);
  } finally {
    await ds.destroy();
  }
  process.env[RUN_ENV.serverUrl] = postgres.serverUrl;
  process.env[RUN_ENV.template] = template;
  process.env[RUN_ENV.runId] = runId;
  process.env[RUN_ENV.redisUrl] = redis.url;
  (globalThis as Record<string, unknown>).__remissServices = { postgres, redis, template: withDatabase(postgres.serverUrl, template) };
}
