import { enqueueInTransaction } from '@remiss/application';
import { QueueName } from '@remiss/queue';
import { insertRemissFixture, waitForRow } from '@remiss/testing';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

const TOKEN = 'metrics-token-0123456789';

/** GET /metrics behind METRICS_TOKEN, HTTP latency by route template, delivery gauges from the database and Redis; request ids. */
describe('operations: metrics and request ids', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, env: { METRICS_TOKEN: TOKEN } });
  });

  afterAll(() => app?.close());

  const scrape = async () => {
    const res = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return res.text();
  };
  /** The value of the series `name` whose labels include `labels` (Prometheus text format). */
  const value = (text: string, name: string, labels: Record<string, string> = {}) => {
    for (const line of text.split('\n')) {
      const m = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!m || m[1] !== name) continue;
      const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
      if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
    }
    return undefined;
  };

  it('answers only with the METRICS_TOKEN bearer token', async () => {
    expect((await fetch(`${app.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: 'Bearer metrics-token-0123456780' } });
    expect(wrong.status).toBe(401);
    const ksl = await app.token('kansli@ksl.se'); // a user's token is not the metrics token
    expect((await fetch(`${app.baseUrl}/metrics`, { headers: { authorization: `Bearer ${ksl}` } })).status).toBe(401);
  });

  it('labels HTTP latency by route template, not the raw URL', async () => {
    const ksl = await app.as('kansli@ksl.se');
    const id = randomUUID();
    expect((await ksl.get(`/cases/${id}`)).status).toBe(404);
    const text = await scrape();
    expect(value(text, 'remiss_http_request_duration_seconds_count', { method: 'GET', route: '/cases/:id', status_code: '404' })).toBe(1);
    expect(text).not.toContain(id);
  });

  it('counts mails by status, reminders, queue depths per state, outbox lag and reminder lateness', async () => {
    const before = await scrape();
    const sentBefore = value(before, 'remiss_mails', { status: 'sent' }) ?? 0;
    const resentBefore = value(before, 'remiss_mails_resent') ?? 0;
    expect(value(before, 'remiss_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed']) {
      expect(value(before, 'remiss_queue_jobs', { queue: 'remiss-mail', state })).toBeGreaterThanOrEqual(0);
    }
    const jobId = `metrics-${randomUUID()}`;
    await app.ds.transaction((m) =>
      enqueueInTransaction(m, { queue: QueueName.Mail, name: 'send-mail', data: { template: 'test-mail', to: ['drift@ksl.se'] } }, { jobId }),
    );
    await waitForRow(app.ds, `SELECT 1 FROM mail_log WHERE dedupe_key = $1 AND status = 'sent'`, [jobId], 15000);
    // a sent reminder 90 s late on the application clock
    const f = await insertRemissFixture(app.ds, { deadline: '2013-03-15', title: 'Mätvärden', slugs: ['ekero'] });
    await app.ds.query(
      `INSERT INTO reminders (recipient_id, round_id, case_id, key, kind, deadline, due_at, status, job_id, done_at)
       SELECT id, round_id, case_id, 'before-3', 'before', deadline, '2013-03-12T07:00:00Z', 'sent', 'reminder.m-' || id, '2013-03-12T07:01:30Z'
         FROM recipients WHERE id = $1`,
      [f.recipients.ekero],
    );
    // a mail sent again after its first attempt's outcome was unknown
    await app.ds.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, transport, attempts, resends, resend_reason, resent_at)
       VALUES ($1, 'sent', 'a@b.se', 'Igen', 'test-mail', 'smtp', 2, 1, 'okänt utfall', now())`,
      [`resent-${randomUUID()}`],
    );
    const after = await scrape();
    expect(value(after, 'remiss_mails', { status: 'sent' })).toBe(sentBefore + 2);
    expect(value(after, 'remiss_mails_resent')).toBe(resentBefore + 1);
    expect(value(after, 'remiss_reminders', { status: 'sent' })).toBeGreaterThanOrEqual(1);
    expect(value(after, 'remiss_reminder_lateness_seconds_bucket', { le: '60' })).toBe(0);
    expect(value(after, 'remiss_reminder_lateness_seconds_bucket', { le: '300' })).toBe(1);
    expect(value(after, 'remiss_reminder_lateness_seconds_count')).toBe(1);
    expect(value(after, 'remiss_reminder_lateness_seconds_sum')).toBe(90);
    expect(value(after, 'remiss_queue_jobs', { queue: 'remiss-mail', state: 'completed' })).toBeGreaterThanOrEqual(1);
  });

  it('echoes a plain X-Request-Id and makes one otherwise', async () => {
    const given = await fetch(`${app.baseUrl}/health/live`, { headers: { 'x-request-id': 'lb-1234.abc' } });
    expect(given.headers.get('x-request-id')).toBe('lb-1234.abc');
    const made = await fetch(`${app.baseUrl}/health/live`, { headers: { 'x-request-id': 'nej\u00e5 inte detta' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
