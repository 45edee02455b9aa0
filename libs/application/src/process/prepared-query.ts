import { EntityManager } from 'typeorm';

interface PgClientLike {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

/**
 * The hot statements of every transition run as named prepared statements on
 * the transaction's own connection: PostgreSQL parses and plans them once per
 * connection instead of once per command. Falls back to a plain query.
 */
export async function prepared<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const client = (manager.queryRunner as unknown as { databaseConnection?: PgClientLike } | undefined)?.databaseConnection;
  if (!client || typeof client.query !== 'function') return manager.query(text, values);
  const result = await client.query({ name, text, values });
  return result.rows as T[];
}

