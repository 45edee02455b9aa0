import { Client } from 'pg';
import { eventually, PostgresFailoverSet, psql, startPostgresFailoverSet } from '@remiss/testing';
import { sendRound } from '../support/ha/remiss-flow';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';

/**
 * The API and the worker behind one database endpoint (PgBouncer) while the primary behind it dies
 * and a streaming standby takes over: a real PostgreSQL 15 primary, a synchronous standby made with
 * pg_basebackup -R, and PgBouncer, each on a free loopback port. The app is not restarted.
 */
describe('PostgreSQL primary switch behind PgBouncer', () => {
  let pg: PostgresFailoverSet;
  let app: TestApp;
  let ksl: ApiClient;

  beforeAll(async () => {
    pg = await startPostgresFailoverSet();
    app = await startTestApp({
      worker: true,
      now: '2013-10-01T08:00:00+02:00',
      env: { DATABASE_URL: pg.databaseUrl, DATABASE_STATEMENT_TIMEOUT_MS: '1500', DATABASE_CONNECT_TIMEOUT_MS: '3000', DATABASE_POOL_MAX: '6' },
    });
    ksl = await app.as('kansli@ksl.se');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await pg?.stop();
  }, 60_000);

  it('applies the statement timeout to every pooled connection, through PgBouncer', async () => {
    expect(app.config.database).toEqual({ poolMax: 6, connectTimeoutMs: 3000, statementTimeoutMs: 1500 });
    const shown = await Promise.all(Array.from({ length: 6 }, () => app.ds.query('SHOW statement_timeout')));
    expect(shown.map(([row]) => row.statement_timeout)).toEqual(Array(6).fill('1500ms'));
    await expect(app.ds.query('SELECT pg_sleep(10)')).rejects.toMatchObject({ driverError: { code: '57014' } });
  });

  it('fails the command in flight with 503, reconnects to the promoted standby without a restart, and keeps every commit', async () => {
    const committed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const created = await ksl.post('/cases', { title: `Före bytet ${i}` });
      expect(created.status).toBe(201);
      committed.push(created.body.id);
    }

    // A command in flight when the primary dies: it waits on a lock the test holds on the primary.
    const locker = new Client({ host: '127.0.0.1', port: pg.primaryPort, user: 'postgres', database: 'remiss' });
    locker.on('error', () => undefined); // the crash ends this connection too
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE cases IN ACCESS EXCLUSIVE MODE');
    const inFlight = ksl.post('/cases', { title: 'Mitt i bytet' });
    await eventually(
      async () => (await psql(pg.primaryPort, 'remiss', `SELECT count(*) FROM pg_stat_activity WHERE application_name = 'remiss' AND wait_event_type = 'Lock'`)) === '1',
      20_000,
      'kommandot som väntar på låset',
    );

    await pg.crashPrimary();
    const failed = await inFlight;
    expect([failed.status, failed.headers.get('retry-after'), failed.body.message]).toEqual([503, '5', expect.stringMatching(/^Tjänsten är tillfälligt otillgänglig\./)]);
    await locker.end().catch(() => undefined);

    // While no primary is reachable: a clean 503, not a 500 and not a hang past PgBouncer's query_wait_timeout.
    const during = await ksl.post('/cases', { title: 'Utan primär' });
    expect([during.status, during.headers.get('retry-after')]).toEqual([503, '5']);

    await pg.promoteStandby();
    await pg.repointBouncer(pg.standbyPort);

    // The same app finds the new primary: every answer until then is 503, then 201.
    const statuses: number[] = [];
    const resumed = await eventually(
      async () => {
        const created = await ksl.post('/cases', { title: 'Efter bytet' });
        statuses.push(created.status);
        return created.status === 201 ? (created.body.id as string) : undefined;
      },
      30_000,
      'ett lyckat kommando efter bytet',
    );
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    committed.push(resumed);

    // The worker carries on too: a round sent now goes out as mail.
    const { recipients } = await sendRound(app, 'Efter primärbytet', '2013-11-29', ['ekero']);
    committed.push(recipients.ekero);
    const [mail] = await app.ctx.smtp.waitFor(1, (m) => (m.parsed.subject ?? '').includes('Efter primärbytet'), 30_000);
    expect(mail.envelopeTo).toContain('registrator@ekero.example.se');

    // Every acknowledged commit is on the new primary; the command that failed left nothing behind.
    const onStandby = await psql(
      pg.standbyPort,
      'remiss',
      `SELECT count(*) FROM (SELECT id FROM cases UNION ALL SELECT id FROM recipients) t WHERE id IN (${committed.map((id) => `'${id}'`).join(',')})`,
    );
    expect(Number(onStandby)).toBe(committed.length);
    expect(await psql(pg.standbyPort, 'remiss', `SELECT count(*) FROM cases WHERE title IN ('Mitt i bytet', 'Utan primär')`)).toBe('0');
  });
});
