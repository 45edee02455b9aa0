import { Client } from 'pg';
import { withDatabase } from '@remiss/local-services';

/** The harness only ever creates, clones or drops databases whose name says they are for tests. */
export function assertTestDatabaseName(name: string): void {
  if (!/^remiss_test_[a-z0-9_]+$/.test(name)) {
    throw new Error(`Vägrar att röra databasen "${name}": testdatabaser måste heta remiss_test_…`);
  }
}

async function withAdmin<T>(serverUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  assertTestDatabaseName(name);
  if (template) assertTestDatabaseName(template);
  await withAdmin(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  });
  return withDatabase(serverUrl, name);
}

export async function dropTestDatabase(serverUrl: string, name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withAdmin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

/** Drops every database of one test run (by its prefix). */
export async function dropTestDatabasesWithPrefix(serverUrl: string, prefix: string): Promise<void> {
  assertTestDatabaseName(prefix);
  await withAdmin(serverUrl, async (c) => {
    const rows = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
    for (const { datname } of rows.rows) {
      assertTestDatabaseName(datname);
      await c.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  });
}
