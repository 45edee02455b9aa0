import { REDIS } from '@remiss/api';
import { startTestApp, TestApp } from '../support/test-app';
import type Redis from 'ioredis';

/** Liveness and readiness of the API, and the administrators' list of delivery problems, over real services. */
describe('health: live and ready', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('lists failed reminders, uncertain mails and mails resent after an unknown outcome to administrators only', async () => {
    await app.ds.query(
      `INSERT INTO mail_log (dedupe_key, status, to_addresses, subject, template, transport, attempts, attempted_at, error)
       VALUES ('uncertain-1', 'uncertain', 'registrator@ekero.example.se', 'Påminnelse X', 'reminder', 'smtp', 1, now(), 'okänt utfall')`,
    );
    await app.ds.query(
      `INSERT INTO mail_log (dedupe_key, status, message_id, to_addresses, subject, template, transport, attempts, attempted_at, sent_at, resends, resend_reason, resent_at)
       VALUES ('resent-1', 'sent', '<resent-1@remiss.local>', 'registrator@tyreso.example.se', 'Påminnelse Y', 'reminder', 'smtp', 2, now(), now(), 1, 'skickat igen', now()),
              ('sent-once-1', 'sent', '<sent-once-1@remiss.local>', 'registrator@tyreso.example.se', 'Påminnelse Z', 'reminder', 'smtp', 1, now(), now(), 0, NULL, NULL)`,
    );
    const admin = await (await app.as('admin@ksl.se')).get('/admin/failed-reminders');
    expect(admin.status).toBe(200);
    expect(admin.body.reminders).toEqual([]);
    expect(admin.body.uncertainMails).toEqual([expect.objectContaining({ dedupeKey: 'uncertain-1', subject: 'Påminnelse X', error: 'okänt utfall' })]);
    expect(admin.body.resentMails).toEqual([
      expect.objectContaining({ dedupeKey: 'resent-1', messageId: '<resent-1@remiss.local>', status: 'sent', resends: 1, resendReason: 'skickat igen' }),
    ]);
    expect((await (await app.as('kansli@ksl.se')).get('/admin/failed-reminders')).status).toBe(403);
  });

  it('/health/live answers while Redis is gone; /health/ready and /health answer 503 then', async () => {
    const get = async (path: string) => {
      const response = await fetch(`${app.baseUrl}${path}`);
      return { status: response.status, body: (await response.json()) as { status?: string; details?: Record<string, unknown> } };
    };
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    const ready = await get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details).toEqual({ database: { status: 'up' }, redis: { status: 'up' } });
    expect((await get('/health')).status).toBe(200);

    app.api.get<Redis>(REDIS).disconnect(); // the API's own connection: Redis unreachable for it
    const down = await get('/health/ready');
    expect(down.status).toBe(503); // the body is shaped by the API's error filter
    expect((await get('/health')).status).toBe(503);
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
