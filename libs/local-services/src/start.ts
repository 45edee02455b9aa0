/**
 * `npm start`: finds or starts PostgreSQL and Redis, then runs the API and the
 * worker from dist/, prefixes their logs, and stops everything it started on
 * Ctrl-C.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { ensureDatabase, withDatabase } from './probe';
import { ensurePostgres, PostgresService } from './postgres';
import { ensureRedis, RedisService, RedisUnavailableError } from './redis';

const root = path.resolve(__dirname, '../../../..');
const dist = path.join(root, 'dist');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const log = (line: string) => process.stdout.write(`[start] ${line}\n`);

function run(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', '--enable-source-maps', script], {
    cwd: root,
    env: { ...env, TS_NODE_BASEURL: dist, TS_NODE_PROJECT: path.join(root, 'tsconfig.base.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
    let buffer = '';
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout!, process.stdout);
  prefix(child.stderr!, process.stderr);
  return child;
}

async function main(): Promise<void> {
  let postgres: PostgresService | undefined;
  let redis: RedisService | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  if (process.env.DEMO_OIDC === 'true') env.DEMO_OIDC_ISSUER ??= 'http://127.0.0.1:3001';
  try {
    if (!process.env.DATABASE_URL) {
      postgres = await ensurePostgres({ dataDir, log });
      await ensureDatabase(postgres.serverUrl, 'remiss');
      env.DATABASE_URL = withDatabase(postgres.serverUrl, 'remiss');
    }
    if (!process.env.REDIS_URL && !process.env.REDIS_SENTINELS && !process.env.REDIS_CLUSTER_NODES) {
      redis = await ensureRedis({ dataDir, log });
      env.REDIS_URL = redis.url;
    }
  } catch (error) {
    process.stderr.write(`${error instanceof RedisUnavailableError ? error.message : `Kunde inte starta tjänsterna: ${(error as Error).message}`}\n`);
    await postgres?.stop();
    process.exit(1);
  }
  if (!process.env.SMTP_URL) log(`Ingen SMTP_URL: brev skrivs som .eml-filer i ${path.join(dataDir, 'outbox')}`);

  const children = [
    run('api', path.join(dist, 'apps/api/src/main.js'), env),
    run('worker', path.join(dist, 'apps/worker/src/main.js'), env),
  ];
  if (process.env.DEMO_OIDC === 'true') {
    // A local identity provider for single sign-on; the API seeds it for Ekerö (DEMO_OIDC_ISSUER).
    children.push(run('demo-idp', path.join(dist, 'libs/local-services/src/demo-oidc.js'), env));
  }
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('Stoppar …');
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
          }),
      ),
    );
    await redis?.stop();
    await postgres?.stop();
    log('Allt är stoppat.');
    process.exit(code);
  };
  for (const child of children) {
    child.once('exit', (code) => {
      if (!stopping) {
        process.stderr.write(`[start] En process avslutades oväntat (kod ${code}); stoppar resten.\n`);
        void stop(code ?? 1);
      }
    });
  }
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
}

void main();
