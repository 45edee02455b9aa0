import { AppConfig } from '@remiss/config';
import { createDataSource, runMigrations, seedReferenceData } from '@remiss/data-access';

/** Applies migrations (under a lock, so both apps may call it) and, for the API, the reference data. */
export async function prepareDatabase(config: AppConfig, options: { seed: boolean }): Promise<string[]> {
  const dataSource = createDataSource(config.databaseUrl);
  try {
    await dataSource.initialize();
  } catch (error) {
    throw new Error(`kunde inte ansluta till PostgreSQL (DATABASE_URL): ${(error as Error).message}`);
  }
  try {
    const applied = await runMigrations(dataSource);
    if (options.seed) await seedReferenceData(dataSource, { demoUsers: config.env !== 'production', demoPassword: config.demoPassword, demoOidcIssuer: config.demoOidcIssuer });
    return applied;
  } finally {
    await dataSource.destroy();
  }
}
