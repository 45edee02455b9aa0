import * as fs from 'node:fs';
import * as path from 'node:path';
import { eventually, freePorts, requireBinary, run, ServerProcess, tempDir } from './processes';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const PGBOUNCER = '/usr/sbin/pgbouncer';

/** Fails with what to install when Debian's PostgreSQL 15 or PgBouncer is missing. */
export function requirePostgresBinaries(): void {
  for (const tool of ['initdb', 'pg_ctl', 'pg_basebackup', 'postgres', 'psql']) requireBinary(path.join(PG_BIN, tool), 'postgresql-15');
  requireBinary(PGBOUNCER, 'pgbouncer');
}

/** One value from psql (-tA) against a loopback port. */
export async function psql(port: number, database: string, sql: string): Promise<string> {
  return (await run(path.join(PG_BIN, 'psql'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', database, '-v', 'ON_ERROR_STOP=1', '-tAc', sql], { timeoutMs: 20_000 })).trim();
}

export interface PostgresFailoverSet {
  primaryPort: number;
  standbyPort: number;
  bouncerPort: number;
  /** DATABASE_URL for the app: the one endpoint (PgBouncer). */
  databaseUrl: string;
  /** pg_ctl stop -m immediate: the primary dies at once (like kill -9; no shutdown checkpoint). */
  crashPrimary(): Promise<void>;
  /** pg_ctl promote, then wait until the standby accepts writes. */
  promoteStandby(): Promise<void>;
  /** Rewrites PgBouncer's ini to the given server and RELOADs it through the admin console. */
  repointBouncer(port: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A primary and a synchronous streaming standby (pg_basebackup -R) of PostgreSQL 15 and PgBouncer in
 * front of them, each on a free loopback port, in one temporary folder (run as the `postgres` user
 * when we are root: initdb and PgBouncer refuse root).
 *
 * Synchronous replication (synchronous_standby_names = '*') is what makes "nothing committed is lost"
 * hold even when the primary dies without a shutdown: a commit is acknowledged once the standby has it.
 */
export async function startPostgresFailoverSet(database = 'remiss'): Promise<PostgresFailoverSet> {
  requirePostgresBinaries();
  const root = tempDir('pg-ha');
  const [primaryPort, standbyPort, bouncerPort] = await freePorts(3);
  const primaryDir = path.join(root, 'primary');
  const standbyDir = path.join(root, 'standby');
  const pgCtl = (...args: string[]) => run(path.join(PG_BIN, 'pg_ctl'), args, { asServiceUser: true, timeoutMs: 90_000 });
  let bouncer: ServerProcess | undefined;
  const started: string[] = [];

  const stop = async () => {
    await bouncer?.stop();
    for (const dir of started) await pgCtl('stop', '-D', dir, '-m', 'immediate', '-w').catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
  };

  const settings = (port: number, extra: string[]) =>
    [
      '',
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${root}'`,
      'max_connections = 60',
      'shared_buffers = 32MB',
      'wal_level = replica',
      'max_wal_senders = 5',
      'hot_standby = on',
      'fsync = off', // the test kills processes, not the machine: the OS keeps what was written
      ...extra,
      '',
    ].join('\n');

  const bouncerIni = (serverPort: number) =>
    [
      '[databases]',
      `${database} = host=127.0.0.1 port=${serverPort} dbname=${database}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${bouncerPort}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(root, 'userlist.txt')}`,
      'admin_users = postgres',
      'pool_mode = session',
      'max_client_conn = 200',
      'default_pool_size = 40',
      // After a failed server login retry after 1 s, not 15; a query waits at most 5 s for a server.
      'server_login_retry = 1',
      'server_connect_timeout = 3',
      'query_wait_timeout = 5',
      'ignore_startup_parameters = extra_float_digits',
      '',
    ].join('\n');
  const iniFile = path.join(root, 'pgbouncer.ini');

  try {
    await run(path.join(PG_BIN, 'initdb'), ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'], { asServiceUser: true, timeoutMs: 90_000 });
    fs.appendFileSync(path.join(primaryDir, 'postgresql.conf'), settings(primaryPort, ["synchronous_standby_names = '*'"]));
    await pgCtl('start', '-D', primaryDir, '-l', path.join(root, 'primary.log'), '-w', '-t', '60');
    started.push(primaryDir);

    await run(path.join(PG_BIN, 'pg_basebackup'), ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'postgres', '-D', standbyDir, '-R', '-X', 'stream', '-c', 'fast'], {
      asServiceUser: true,
      timeoutMs: 90_000,
    });
    // The copy carries the primary's settings: its own port, and no synchronous standby of its own
    // (after promotion it has none, and commits would wait for ever).
    fs.appendFileSync(path.join(standbyDir, 'postgresql.conf'), settings(standbyPort, ["synchronous_standby_names = ''"]));
    await pgCtl('start', '-D', standbyDir, '-l', path.join(root, 'standby.log'), '-w', '-t', '60');
    started.push(standbyDir);
    await eventually(async () => (await psql(primaryPort, 'postgres', `SELECT sync_state FROM pg_stat_replication`)) === 'sync', 30_000, 'en synkron standby');
    await psql(primaryPort, 'postgres', `CREATE DATABASE ${database}`);

    fs.writeFileSync(path.join(root, 'userlist.txt'), '"postgres" ""\n');
    fs.writeFileSync(iniFile, bouncerIni(primaryPort));
    bouncer = new ServerProcess('pgbouncer', PGBOUNCER, [iniFile], { asServiceUser: true });
    const running = bouncer;
    await eventually(async () => {
      if (running.exited) throw new Error(running.tail());
      return (await psql(bouncerPort, 'pgbouncer', 'SHOW VERSION')).includes('PgBouncer');
    }, 20_000, 'PgBouncer');
  } catch (error) {
    const logs = ['primary.log', 'standby.log']
      .map((f) => path.join(root, f))
      .filter((f) => fs.existsSync(f))
      .map((f) => fs.readFileSync(f, 'utf8').slice(-2000));
    await stop();
    throw new Error(`${(error as Error).message}\n${bouncer?.tail() ?? ''}\n${logs.join('\n')}`);
  }

  return {
    primaryPort,
    standbyPort,
    bouncerPort,
    databaseUrl: `postgres://postgres@127.0.0.1:${bouncerPort}/${database}`,
    async crashPrimary() {
      await pgCtl('stop', '-D', primaryDir, '-m', 'immediate', '-w');
    },
    async promoteStandby() {
      await pgCtl('promote', '-D', standbyDir, '-w', '-t', '60');
      await eventually(async () => (await psql(standbyPort, 'postgres', 'SELECT pg_is_in_recovery()')) === 'f', 30_000, 'att standbyn tar emot skrivningar');
    },
    async repointBouncer(port: number) {
      fs.writeFileSync(iniFile, bouncerIni(port));
      await psql(bouncerPort, 'pgbouncer', 'RELOAD');
    },
    stop,
  };
}
