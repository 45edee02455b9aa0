import { redisOptionsFromUrl } from '@remiss/queue';
import Redis from 'ioredis';

/** An own key prefix `remiss-bench-<name>-<pid>` for BullMQ; every key under it is deleted at the end. */
export function benchPrefix(name: string): string {
  return `remiss-bench-${name}-${process.pid}`;
}

export async function deletePrefix(url: string, prefix: string): Promise<number> {
  if (!prefix.startsWith('remiss-bench-')) throw new Error(`refusing to delete keys under ${prefix}`);
  const redis = new Redis({ ...redisOptionsFromUrl(url, 'producer'), lazyConnect: true });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
