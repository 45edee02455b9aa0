import { createDataSource, MIGRATIONS, RegistryCases1764770000000, runMigrations } from '@remiss/data-access';
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
        (
          await ds.query(
            `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1`,
          )
        ).map((r: { tablename: string }) => r.tablename);
      expect(await tables()).toEqual([]);
      const applied = await runMigrations(ds);
      expect(applied).toHaveLength(MIGRATIONS.length);
      expect(await tables()).toEqual(
        expect.arrayContaining(['cases', 'recipients', 'event_log', 'outbox', 'reminders', 'mail_log']),
      );
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

describe('migration 1764770000000: the registry follows case numbers', () => {
  const serverUrl = process.env.REMISS_TEST_PG_SERVER_URL!;
  const name = `remiss_test_${process.env.REMISS_TEST_RUN_ID}_reg${randomBytes(3).toString('hex')}`;
  afterAll(() => dropTestDatabase(serverUrl, name));

  it('renumbers generated numbers under their cases, keeps typed ones and their old numbers, and continues the series', async () => {
    const url = await createTestDatabase(serverUrl, name);
    const before = MIGRATIONS.filter((m) => m !== RegistryCases1764770000000);
    const old = createDataSource(url, { migrations: before });
    await old.initialize();
    try {
      await runMigrations(old);
      const [ksl] = await old.query(
        `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email) VALUES ('ksl', 'KSL', 'region', 'KSL', 'r@ksl.se') RETURNING id`,
      );
      const [ekero] = await old.query(
        `INSERT INTO organisations (slug, name, kind, registry_prefix, registry_email) VALUES ('ekero', 'Ekerö kommun', 'municipality', 'KS', 'r@ekero.se') RETURNING id`,
      );
      const kase = async (number: string, at: string) =>
        (
          await old.query(
            `INSERT INTO cases (organisation_id, registry_number, title, state, snapshot, machine_version, version, created_at) VALUES ($1, $2, 't', 'opened', '{}', 1, 1, $3) RETURNING id`,
            [ksl.id, number, at],
          )
        )[0].id;
      const given = await kase('KSL/12/0053', '2012-03-15T10:00:00Z');
      const generated = await kase('KSL/2026/0001', '2026-01-10T10:00:00Z');
      const entry = (org: string, number: string, at: string, direction: string, caseId: string) =>
        old.query(
          `INSERT INTO registry_entries (organisation_id, number, year, seq, registered_at, direction, counterpart, subject, case_id) VALUES ($1, $2, 2013, 0, $3, $4, '', 's', $5)`,
          [org, number, at, direction, caseId],
        );
      await entry(ksl.id, 'KSL/12/0053', '2012-03-15T10:00:00Z', 'internal', given);
      await entry(ksl.id, 'KSL/2013/0002', '2013-02-01T10:00:00Z', 'out', given);
      await entry(ekero.id, 'KS/2013/0001', '2013-02-01T10:00:00Z', 'in', given);
      await entry(ekero.id, 'KS13/250-133', '2013-04-02T10:00:00Z', 'out', given);
      await entry(ksl.id, 'KSL/2013/0003', '2013-04-02T10:00:00Z', 'in', given);
      await entry(ksl.id, 'KSL/12/0053-2', '2013-04-03T10:00:00Z', 'in', given);
      await entry(ksl.id, 'KSL/2026/0001', '2026-01-10T10:00:00Z', 'internal', generated);
      await old.query(
        `INSERT INTO registry_counters (organisation_id, year, last_seq) VALUES ($1, 2026, 1), ($2, 2013, 1)`,
        [ksl.id, ekero.id],
      );
    } finally {
      await old.destroy();
    }
    const ds = createDataSource(url);
    await ds.initialize();
    try {
      expect(await runMigrations(ds)).toEqual(['RegistryCases1764770000000']);
      const rows = await ds.query(
        `SELECT o.slug, e.number, e.former_number AS former FROM registry_entries e JOIN organisations o ON o.id = e.organisation_id ORDER BY e.registered_at, o.slug, e.number`,
      );
      expect(rows).toEqual([
        { slug: 'ksl', number: 'KSL/12/0053', former: null },
        { slug: 'ekero', number: 'KS13/2-1', former: 'KS/2013/0001' },
        { slug: 'ksl', number: 'KSL/12/0053-1', former: 'KSL/2013/0002' },
        { slug: 'ekero', number: 'KS13/250-133', former: null },
        { slug: 'ksl', number: 'KSL/12/0053-2', former: 'KSL/2013/0003' },
        { slug: 'ksl', number: 'KSL/12/0053-3', former: 'KSL/12/0053-2' },
        { slug: 'ksl', number: 'KSL/26/0002', former: 'KSL/2026/0001' },
      ]);
      expect(await ds.query(`SELECT registry_number FROM cases ORDER BY created_at`)).toEqual([
        { registry_number: 'KSL/12/0053' },
        { registry_number: 'KSL/26/0002' },
      ]);
      expect(
        await ds.query(
          `SELECT o.slug, r.number, r.last_document FROM registry_cases r JOIN organisations o ON o.id = r.organisation_id ORDER BY r.created_at, o.slug`,
        ),
      ).toEqual([
        { slug: 'ksl', number: 'KSL/12/0053', last_document: 3 },
        { slug: 'ekero', number: 'KS13/2', last_document: 2 },
        { slug: 'ksl', number: 'KSL/26/0002', last_document: 0 },
      ]);
      expect(await ds.query(`SELECT slug, case_number_format AS f FROM organisations ORDER BY slug`)).toEqual([
        { slug: 'ekero', f: 'KS{yy}/{n}' },
        { slug: 'ksl', f: 'KSL/{yy}/{nnnn}' },
      ]);
    } finally {
      await ds.destroy();
    }
  });
});
