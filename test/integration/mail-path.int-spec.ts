import { TestContext, waitForRow } from '@remiss/testing';
import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

describe('a mail requested over HTTP goes through the outbox, BullMQ and the worker to SMTP', () => {
  let app: TestApp;
  let ctx: TestContext;
  let ds: DataSource;
  let baseUrl: string;
  let adminToken: string;
  let officerToken: string;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: null });
    ({ ctx, ds, baseUrl } = app);
    adminToken = await app.token('admin@ksl.se');
    officerToken = await app.token('handlaggare@ekero.example.se');
  });

  afterAll(() => app?.close());

  it('delivers the test mail to the SMTP server with recipient, subject and body', async () => {
    const response = await fetch(`${baseUrl}/admin/test-mail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'registrator@ksl.se' }),
    });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    const [mail] = await ctx.smtp.waitFor(1);
    expect(mail.envelopeTo).toEqual(['registrator@ksl.se']);
    expect(mail.parsed.subject).toBe('Testmeddelande från Remiss');
    expect(mail.parsed.text).toContain('Om du läser det fungerar utskicket.');
    expect(mail.parsed.from?.text).toContain('remiss@ksl.se');
    const logged = await waitForRow(ds, `SELECT status, template, to_addresses FROM mail_log WHERE dedupe_key = $1 AND status = 'sent'`, [jobId]);
    expect(logged).toEqual({ status: 'sent', template: 'test-mail', to_addresses: 'registrator@ksl.se' });
    const [outbox] = await ds.query(`SELECT count(*)::int AS pending FROM outbox WHERE relayed_at IS NULL`);
    expect(outbox.pending).toBe(0);
  });

  it('answers 400 naming the field for a bad address, and 403 for a non-administrator', async () => {
    const bad = await fetch(`${baseUrl}/admin/test-mail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'inte en adress' }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ issues: [{ field: 'to', reason: 'måste vara en e-postadress' }] });
    const forbidden = await fetch(`${baseUrl}/admin/test-mail`, {
      method: 'POST',
      headers: { authorization: `Bearer ${officerToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'a@b.se' }),
    });
    expect(forbidden.status).toBe(403);
  });

  it('reports database and Redis in /health', async () => {
    const response = await fetch(`${baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });
});
