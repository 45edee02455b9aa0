import { randomUUID } from 'node:crypto';
import type { RedisClient } from './redis-connection';

const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;
const EXTEND = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;

/**
 * A lease for work only one replica may do at a time: SET key token NX PX ttl. Whoever holds it may extend
 * it; release and extend only touch the key while it still holds the holder's token, so a lease that expired
 * (a frozen holder) and was taken by another replica is never released by the old holder.
 */
export class RedisLease {
  constructor(
    private readonly redis: () => Promise<RedisClient>,
    readonly key: string,
    readonly ttlMs: number,
  ) {}

  /** The holder's token, or null when another replica holds the lease. */
  async tryAcquire(): Promise<string | null> {
    const token = randomUUID();
    const reply = await (await this.redis()).set(this.key, token, 'PX', this.ttlMs, 'NX');
    return reply === 'OK' ? token : null;
  }

  /** False when the lease was lost (expired and perhaps taken by another replica). */
  async extend(token: string): Promise<boolean> {
    return (await (await this.redis()).eval(EXTEND, 1, this.key, token, String(this.ttlMs))) === 1;
  }

  async release(token: string): Promise<void> {
    await (await this.redis()).eval(RELEASE, 1, this.key, token);
  }
}
