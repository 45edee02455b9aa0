import { waitUntil } from '@remiss/testing';
import { Client } from 'pg';
import { ApiClient, startTestApp, TestApp } from '../support/test-app';

/**
 * Every 409 carries the current `state` and the `acceptedEvents` (README, components.schemas.ConflictError):
 * also the concurrent modification, made deterministic here: another transaction changes the case between the
 * command's read and its optimistic write (the write waits on that transaction's row lock, then finds the
 * version moved on).
 */
describe('409 answers carry state and acceptedEvents', () => {
  let app: TestApp;
  let ksl: ApiClient;

  beforeAll(async () => {
    app = await startTestApp();
    ksl = await app.as('kansli@ksl.se');
  });
  afterAll(() => app.close());

  it('a concurrent modification answers 409 with the state the other change left and what it accepts', async () => {
    const created = await ksl.post('/cases', { title: 'Samtidig ändring' });
    expect(created.status).toBe(201);
    const caseId: string = created.body.id;
    const other = new Client({ connectionString: app.ctx.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`UPDATE cases SET version = version + 1 WHERE id = $1`, [caseId]);
      const pending = ksl.post(`/cases/${caseId}/start-drafting`);
      // the command's UPDATE … WHERE version = $2 now waits for this transaction's lock
      await waitUntil(async () => {
        const rows = await other.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return (rows.rowCount ?? 0) > 0;
      }, 10_000);
      await other.query('COMMIT');
      const answer = await pending;
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ code: 'PROCESS.CONCURRENT_MODIFICATION', state: 'opened' });
      expect(answer.body.acceptedEvents).toContain('START_DRAFTING');
      // nothing of the refused command was written: it can be done now
      expect((await ksl.post(`/cases/${caseId}/start-drafting`)).body.state).toBe('drafting');
    } finally {
      await other.end();
    }
  });

  it('a conflict about no state (a registry number in use) still has state null and acceptedEvents []', async () => {
    expect((await ksl.post('/cases', { title: 'Första', registryNumber: 'KSL/99/0001' })).status).toBe(201);
    const again = await ksl.post('/cases', { title: 'Andra', registryNumber: 'KSL/99/0001' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'REGISTRY.NUMBER_TAKEN', state: null, acceptedEvents: [] });
  });

  it('an event the state does not accept: the state and the accepted events', async () => {
    const caseId: string = (await ksl.post('/cases', { title: 'Fel steg' })).body.id;
    const wrong = await ksl.post(`/cases/${caseId}/ready`);
    expect(wrong.status).toBe(409);
    expect(wrong.body).toMatchObject({ code: 'PROCESS.EVENT_NOT_ACCEPTED', state: 'opened' });
    expect(wrong.body.acceptedEvents).toContain('START_DRAFTING');
  });
});
