import * as path from 'node:path';
import { createDataSource, runMigrations, seedReferenceData } from '@remiss/data-access';
import { ensureDatabase, ensurePostgres, ensureRedis, PostgresService, RedisService, withDatabase } from '@remiss/local-services';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { progress } from './output';

/**
 * Services for a benchmark, found the way the tests find them (BENCH_PG_SERVER_URL /
 * BENCH_REDIS_URL, else the local servers, else the embedded/started ones), and an
 * own database `remiss_bench_<name>_<pid>` that is dropped at the end. Only 127.0.0.1.
 */

const DATA_DIR = path.resolve(__dirname, '../../..', '.data');
const BENCH_DB = /^remiss_bench_[a-z0-9_]+$/;

function assertLocal(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost') throw new Error(`${what} must be on 127.0.0.1 for a benchmark, not ${host}`);
}

export interface BenchDatabase {
  name: string;
  /** URL of the bench database. */
  url: string;
  serverUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

const cleanups: Array<() => Promise<void>> = [];
let exiting = false;

/** Runs the registered cleanups (last registered first); also on SIGINT/SIGTERM. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length) {
    const fn = cleanups.pop()!;
    await fn().catch((error: unknown) => progress(`cleanup failed: ${(error as Error).message}`));
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (exiting) return;
    exiting = true;
    progress(`${signal}: cleaning up`);
    void cleanupAll().finally(() => process.exit(130));
  });
}

export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}

export async function findPostgres(): Promise<PostgresService> {
  const service = await ensurePostgres({ configuredUrl: process.env.BENCH_PG_SERVER_URL, dataDir: DATA_DIR, log: progress });
  assertLocal(service.serverUrl, 'PostgreSQL');
  onCleanup(() => service.stop());
  return service;
}

export async function findRedis(): Promise<RedisService> {
  const service = await ensureRedis({ configuredUrl: process.env.BENCH_REDIS_URL, dataDir: DATA_DIR, log: progress });
  assertLocal(service.url, 'Redis');
  onCleanup(() => service.stop());
  return service;
}

async function dropBenchDatabase(serverUrl: string, name: string): Promise<void> {
  if (!BENCH_DB.test(name)) throw new Error(`refusing to drop "${name}": not a remiss_bench_ database`);
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Creates, migrates and seeds `remiss_bench_<name>_<pid>`; dropped by `close()` or at cleanup. */
export async function openBenchDatabase(serverUrl: string, name: string, poolSize = 20): Promise<BenchDatabase> {
  const database = `remiss_bench_${name}_${process.pid}`;
  if (!BENCH_DB.test(database)) throw new Error(`bad bench database name ${database}`);
  await dropBenchDatabase(serverUrl, database);
  await ensureDatabase(serverUrl, database);
  let dropped = false;
  const url = withDatabase(serverUrl, database);
  const dataSource = createDataSource(url, { extra: { max: poolSize, application_name: `remiss-bench-${name}` } });
  const close = async () => {
    if (dropped) return;
    dropped = true;
    if (dataSource.isInitialized) await dataSource.destroy();
    await dropBenchDatabase(serverUrl, database);
    progress(`dropped database ${database}`);
  };
  onCleanup(close);
  await dataSource.initialize();
  await runMigrations(dataSource);
  await seedReferenceData(dataSource, { demoUsers: true });
  progress(`database ${database} created, migrated and seeded`);
  return { name: database, url, serverUrl, dataSource, close };
}
