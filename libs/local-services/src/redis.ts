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
  /** Port of a running local server to use (default 6379). */
  localPort?: number;
  /** Port for a redis-server started here (default 6380). */
  startPort?: number;
}): Promise<RedisService> {
  const log = options.log ?? (() => undefined);
  const localPort = options.localPort ?? 6379;
  const startPort = options.startPort ?? STARTED_REDIS_PORT;
  if (options.configuredUrl) return { url: options.configuredUrl, source: 'configured', stop: async () => undefined };
  if (await redisAnswers('127.0.0.1', localPort)) {
    log(`Redis: använder servern på 127.0.0.1:${localPort}`);
    return { url: `redis://127.0.0.1:${localPort}`, source: 'local', stop: async () => undefined };
  }
  const url = `redis://127.0.0.1:${startPort}`;
  if (await redisAnswers('127.0.0.1', startPort)) {
    log(`Redis: använder redis-server som redan kör på port ${startPort}`);
    return { url, source: 'local', stop: async () => undefined };
  }
  if (!hasRedisServer()) throw new RedisUnavailableError();
  const dir = path.resolve(options.dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  log(`Redis: startar redis-server på port ${startPort} med data i ${dir}`);
  const child = spawn(
    'redis-server',
    ['--port', String(startPort), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { stdio: 'ignore' },
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await redisAnswers('127.0.0.1', startPort)) break;
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
