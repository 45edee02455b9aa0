import { createDataSource, MIGRATIONS, runMigrations } from '@remiss/data-access';
import { createTestDatabase, dropTestDatabase } from '@remiss/testing';
import { randomBytes } from 'node:crypto';

describe('migrations', () => {
  const serverUrl = process.env.REMISS_TEST_PG_SERVER_URL!;
  const name = `remiss_test_${process.env.REMISS_TEST_RUN_ID}_mig${randomBytes(3).toString('hex')}`;

  afterAll(() => dropTestDatabase(serverUrl, name));

  it('apply to an empty database, revert cleanly, and apply again', async () => {
    const url = await createTestDatabase(serverUrl, name);
    const ds = createDataSource(url);
    await ds.initialize();
    try {
      const tables = async () =>
        (await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`)).map(
          (r: { tablename: string }) => r.tablename,
        );
      expect(await tables()).toEqual([]);
      const applied = await runMigrations(ds);
      expect(applied).toHaveLength(MIGRATIONS.length);
      expect(await tables()).toEqual(expect.arrayContaining(['cases', 'recipients', 'event_log', 'outbox', 'reminders', 'mail_log']));
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await runMigrations(ds)).toHaveLength(MIGRATIONS.length);
      expect(await runMigrations(ds)).toHaveLength(0);
    } finally {
      await ds.destroy();
    }
  });

  it('the harness refuses a database whose name does not mark it as a test database', async () => {
    await expect(createTestDatabase(serverUrl, 'remiss')).rejects.toThrow(/Vägrar/);
    await expect(dropTestDatabase(serverUrl, 'postgres')).rejects.toThrow(/Vägrar/);
  });
});
