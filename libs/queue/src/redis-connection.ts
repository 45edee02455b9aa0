import Redis, { RedisOptions } from 'ioredis';

/**
 * Connections for BullMQ. Workers must use maxRetriesPerRequest: null (a
 * blocking command must wait out a Redis restart rather than fail); producers
 * in the API fail fast instead so that a request does not hang.
 */
export function createRedisConnection(url: string, role: 'worker' | 'producer', extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableReadyCheck: true,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 5000),
    ...extra,
  });
}

/** BullMQ needs Redis to keep every key: warn unless maxmemory-policy is noeviction. */
export async function checkEvictionPolicy(redis: Redis, warn: (message: string) => void): Promise<string | undefined> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy !== 'noeviction') {
      warn(`Redis har maxmemory-policy "${policy}"; köerna kräver "noeviction", annars kan jobb försvinna.`);
    }
    return policy;
  } catch {
    warn('Kunde inte läsa Redis maxmemory-policy (CONFIG GET nekades); kontrollera att den är "noeviction".');
    return undefined;
  }
}

/** Connection options (not a shared instance) so that BullMQ owns and closes its connections. */
export function redisOptionsFromUrl(url: string, role: 'worker' | 'producer'): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  };
}
