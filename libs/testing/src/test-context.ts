import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { createTestDatabase, dropTestDatabase } from './test-database';
import { readRunEnv } from './jest/run-state';
import { SmtpTestServer } from './smtp-test-server';

export interface TestContext {
  databaseUrl: string;
  databaseName: string;
  redisUrl: string;
  redisPrefix: string;
  smtp: SmtpTestServer;
  /** The environment an app under test gets: its own database, key prefix and SMTP server. */
  env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A fresh database cloned from the run's migrated template, an own Redis key prefix and a real SMTP server. */
export async function createTestContext(): Promise<TestContext> {
  const serverUrl = readRunEnv('serverUrl');
  const suffix = randomBytes(4).toString('hex');
  const databaseName = `remiss_test_${readRunEnv('runId')}_${suffix}`;
  const databaseUrl = await createTestDatabase(serverUrl, databaseName, readRunEnv('template'));
  const redisUrl = readRunEnv('redisUrl');
  const redisPrefix = `remiss-test-${suffix}`;
  const smtp = await new SmtpTestServer().start();
  return {
    databaseUrl,
    databaseName,
    redisUrl,
    redisPrefix,
    smtp,
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      REDIS_PREFIX: redisPrefix,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Remiss KSL <remiss@ksl.se>',
      PUBLIC_URL: 'http://remiss.test',
      JWT_SECRET: 'test-secret-0123456789abcdef',
      OUTBOX_POLL_MS: '50',
      LOG_LEVEL: 'error', // quiet tests: only errors reach the output
    },
    async dispose() {
      await smtp.stop();
      await clearRedisPrefix(redisUrl, redisPrefix);
      await dropTestDatabase(serverUrl, databaseName);
    },
  };
}

export async function clearRedisPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
