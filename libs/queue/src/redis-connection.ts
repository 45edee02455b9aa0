import type { RedisTarget } from '@remiss/config';
import { Logger } from '@nestjs/common';
import Redis, { Cluster, ClusterOptions, RedisOptions } from 'ioredis';

/**
 * Every Redis connection of the apps is made here: BullMQ's queues and workers, the API's own
 * connection (health, locks), the sign-in throttle and the reconcile lease (which runs on BullMQ's
 * connection). One server (REDIS_URL), a master found through Redis Sentinel, or a Redis Cluster.
 *
 * Roles: `worker` connections never give up on a command (maxRetriesPerRequest: null, as BullMQ
 * requires: a blocking command must wait out a restart or failover); `producer` connections in the
 * API fail a command after a few reconnection attempts so that a request answers 503 instead of
 * hanging.
 */
export type RedisRole = 'worker' | 'producer';

/** A connection of either kind; both speak the same commands. */
export type RedisClient = Redis | Cluster;

/** What the factory accepts: a REDIS_URL (older callers), a target, or the configuration holding one. */
export type RedisSource = string | RedisTarget | { redis: RedisTarget };

export function redisTargetOf(source: RedisSource): RedisTarget {
  if (typeof source === 'string') return { mode: 'single', url: source };
  return 'mode' in source ? source : source.redis;
}

/** After a failover a client still talking to the demoted master gets READONLY: reconnect (to the new master) and resend. */
function reconnectOnReadOnly(error: Error): 1 | 2 | false {
  return /^(READONLY|LOADING|MASTERDOWN)/.test(error.message) ? 2 : false;
}

function baseOptions(role: RedisRole): RedisOptions {
  return {
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableReadyCheck: true,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 5000),
    reconnectOnError: reconnectOnReadOnly,
  };
}

/** ioredis options for one server or a Sentinel group (not for a cluster: see `clusterOptions`). */
export function redisOptions(source: RedisSource, role: RedisRole, extra: RedisOptions = {}): RedisOptions {
  const target = redisTargetOf(source);
  const credentials = { ...(target.username ? { username: target.username } : {}), ...(target.password ? { password: target.password } : {}) };
  switch (target.mode) {
    case 'single':
      return { ...baseOptions(role), ...urlOptions(target.url), ...credentials, ...extra };
    case 'sentinel':
      return {
        ...baseOptions(role),
        sentinels: target.sentinels,
        name: target.name,
        role: 'master',
        ...credentials,
        ...(target.sentinelPassword ? { sentinelPassword: target.sentinelPassword } : {}),
        ...(target.tls ? { tls: {}, enableTLSForSentinelMode: true, sentinelTLS: {} } : {}),
        // Not ioredis' failoverDetector: a +switch-master that arrives while the client is reconnecting
        // closes it for good (status "end"). A dead master is found again by reconnecting through the
        // sentinels; a demoted one answers READONLY, which reconnects (reconnectOnError).
        sentinelRetryStrategy: (times) => Math.min(times * 200, 2000),
        ...extra,
      };
    case 'cluster':
      return { ...baseOptions(role), ...credentials, ...(target.tls ? { tls: {} } : {}), ...extra };
  }
}

export function clusterOptions(target: Extract<RedisTarget, { mode: 'cluster' }>, role: RedisRole, extra: RedisOptions = {}): ClusterOptions {
  // The cluster client reconnects its nodes itself (clusterRetryStrategy); nodes keep the rest.
  const nodeOptions = redisOptions(target, role, extra);
  delete nodeOptions.retryStrategy;
  return {
    redisOptions: nodeOptions,
    // MOVED/ASK after a failover or resharding are followed; a lost node is looked up again.
    clusterRetryStrategy: (times) => Math.min(times * 200, 5000),
    enableOfflineQueue: true,
    enableReadyCheck: true,
    slotsRefreshTimeout: 2000,
    retryDelayOnFailover: 200,
    retryDelayOnClusterDown: 300,
    retryDelayOnTryAgain: 200,
    maxRedirections: 16,
    scaleReads: 'master',
  };
}

/** A new connection for this role. The caller owns it (quit() on shutdown), or hands it to a `RedisConnections`. */
export function createRedisConnection(source: RedisSource, role: RedisRole, extra: RedisOptions = {}): RedisClient {
  const target = redisTargetOf(source);
  const connection = target.mode === 'cluster' ? new Cluster(target.nodes, clusterOptions(target, role, extra)) : new Redis(redisOptions(target, role, extra));
  warnOnErrors(connection, target);
  return connection;
}

const logger = new Logger('Redis');
const ERROR_LOG_INTERVAL_MS = 30_000;

/**
 * While Redis is unreachable (restart, failover) a client emits an error at every reconnection attempt;
 * commands fail on their own (answered 503). Log the first of each 30 s, not every one.
 */
function warnOnErrors(connection: RedisClient, target: RedisTarget): void {
  let lastLogged = 0;
  connection.on('error', (error: Error) => {
    const now = Date.now();
    if (now - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = now;
    logger.warn(`Redis (${describeRedis(target)}) svarar inte: ${error.message}; försöker igen.`);
  });
}

/** One line for the logs: where Redis is, without secrets. */
export function describeRedis(source: RedisSource): string {
  const target = redisTargetOf(source);
  const list = (nodes: Array<{ host: string; port: number }>) => nodes.map((n) => `${n.host}:${n.port}`).join(',');
  switch (target.mode) {
    case 'single': {
      const url = new URL(target.url);
      return `${url.protocol}//${url.host}${url.pathname.length > 1 ? url.pathname : ''}`;
    }
    case 'sentinel':
      return `Sentinel ${list(target.sentinels)} (master ${target.name})`;
    case 'cluster':
      return `Cluster ${list(target.nodes)}`;
  }
}

/**
 * Connections made for others (BullMQ takes an instance as shared and never closes it): made here,
 * closed here once everything using them has closed.
 */
export class RedisConnections {
  private readonly open = new Set<RedisClient>();

  constructor(private readonly source: RedisSource) {}

  create(role: RedisRole, extra: RedisOptions = {}): RedisClient {
    const connection = createRedisConnection(this.source, role, extra);
    this.open.add(connection);
    return connection;
  }

  async closeAll(): Promise<void> {
    const all = [...this.open];
    this.open.clear();
    await Promise.all(all.map((c) => closeRedis(c)));
  }
}

/** How long a QUIT may wait for its reply before the socket is simply dropped. */
const QUIT_TIMEOUT_MS = 2000;

/**
 * QUIT (waits for replies in flight) on a ready connection; a connection that is not ready
 * (reconnecting to a master that died, say) is dropped at once, since its QUIT would wait in
 * the offline queue for a server that may never answer. A QUIT without a reply in time drops it too.
 */
export async function closeRedis(connection: RedisClient): Promise<void> {
  if (connection.status === 'end') return;
  if (connection.status !== 'ready') {
    connection.disconnect();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), QUIT_TIMEOUT_MS);
  });
  const outcome = await Promise.race([connection.quit().catch(() => 'failed' as const), timedOut]);
  clearTimeout(timer);
  if (outcome !== 'OK') connection.disconnect();
}

/** BullMQ needs Redis to keep every key: warn unless maxmemory-policy is noeviction. */
export async function checkEvictionPolicy(redis: RedisClient, warn: (message: string) => void): Promise<string | undefined> {
  try {
    const reply = (await redis.config('GET', 'maxmemory-policy')) as unknown as string[];
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

function urlOptions(url: string): RedisOptions {
  const parsed = new URL(url);
  const db = parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0;
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: Number.isInteger(db) ? db : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
  };
}

/** Connection options (not a shared instance) for one server or Sentinel: kept for the benchmarks. */
export function redisOptionsFromUrl(url: string, role: RedisRole): RedisOptions {
  return redisOptions(url, role);
}
