import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { redisAnswers } from './probe';

export interface RedisService {
  url: string;
  source: 'configured' | 'local' | 'started';
  stop(): Promise<void>;
}

export const STARTED_REDIS_PORT = 6380;

export class RedisUnavailableError extends Error {
  constructor() {
    super(
      'Redis saknas: starta den med "docker compose up -d redis" eller installera den med "apt-get install redis-server" (eller ange REDIS_URL).',
    );
  }
}

function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Finds Redis: the configured URL, else 127.0.0.1:6379, else redis-server from
 * PATH started with append-only persistence under `<dataDir>/redis`.
 */
export async function ensureRedis(options: {
  configuredUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<RedisService> {
  const log = options.log ?? (() => undefined);
  if (options.configuredUrl) return { url: options.configuredUrl, source: 'configured', stop: async () => undefined };
  if (await redisAnswers('127.0.0.1', 6379)) {
    log('Redis: använder servern på 127.0.0.1:6379');
    return { url: 'redis://127.0.0.1:6379', source: 'local', stop: async () => undefined };
  }
  const url = `redis://127.0.0.1:${STARTED_REDIS_PORT}`;
  if (await redisAnswers('127.0.0.1', STARTED_REDIS_PORT)) {
    log(`Redis: använder redis-server som redan kör på port ${STARTED_REDIS_PORT}`);
    return { url, source: 'local', stop: async () => undefined };
  }
  if (!hasRedisServer()) throw new RedisUnavailableError();
  const dir = path.resolve(options.dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  log(`Redis: startar redis-server på port ${STARTED_REDIS_PORT} med data i ${dir}`);
  const child = spawn(
    'redis-server',
    ['--port', String(STARTED_REDIS_PORT), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers('127.0.0.1', STARTED_REDIS_PORT)) break;
    if (child.exitCode !== null) throw new Error(`redis-server avslutades med kod ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    source: 'started',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
