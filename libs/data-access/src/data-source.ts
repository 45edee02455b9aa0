import { ClientBase, types } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// A calendar date (deadline) stays the string 'YYYY-MM-DD': never a JS Date at some zone's midnight.
types.setTypeParser(1082, (value: string) => value);

/** The pool (DATABASE_POOL_MAX, DATABASE_CONNECT_TIMEOUT_MS, DATABASE_STATEMENT_TIMEOUT_MS). */
export interface PoolSettings {
  poolMax: number;
  connectTimeoutMs: number;
  /** 0: none. */
  statementTimeoutMs: number;
}

export const DEFAULT_POOL: PoolSettings = { poolMax: 20, connectTimeoutMs: 5000, statementTimeoutMs: 0 };

/**
 * node-postgres pool options. A connection that breaks (the primary went away behind PgBouncer or
 * HAProxy) is dropped from the pool and the next query opens a new one, so a switch of primary needs
 * no restart; a query in flight fails (the API answers 503). Waiting for a connection is bounded by
 * the connect timeout. The statement timeout is set per session right after connecting (not as a
 * startup parameter, which PgBouncer before 1.20 refuses); with PgBouncer in transaction pooling set it
 * on the role instead and use 0 here.
 */
export function poolOptions(settings: PoolSettings): Record<string, unknown> {
  const timeout = Math.trunc(settings.statementTimeoutMs);
  return {
    max: settings.poolMax,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    keepAlive: true,
    application_name: 'remiss',
    ...(timeout > 0 ? { onConnect: (client: ClientBase) => client.query(`SET statement_timeout = ${timeout}`) } : {}),
  };
}

export function dataSourceOptions(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}, pool: PoolSettings = DEFAULT_POOL): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: poolOptions(pool),
    ...overrides,
  } as DataSourceOptions;
}

export function createDataSource(databaseUrl: string, overrides: Partial<DataSourceOptions> = {}, pool: PoolSettings = DEFAULT_POOL): DataSource {
  return new DataSource(dataSourceOptions(databaseUrl, overrides, pool));
}

const MIGRATION_LOCK = 727_001;

/** Applies pending migrations under an advisory lock, so api and worker may both call it at boot. */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
