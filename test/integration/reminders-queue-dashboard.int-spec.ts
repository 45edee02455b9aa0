import { startTestApp, TestApp } from '../support/test-app';

/** bull-board at /admin/queues: administrators only, by bearer header, ?token= or the cookie it sets. */
describe('the queue dashboard', () => {
  let app: TestApp;
  let baseUrl: string;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    app = await startTestApp({ now: null });
    baseUrl = app.baseUrl;
    admin = await app.token('admin@ksl.se');
    officer = await app.token('handlaggare@ekero.example.se');
  });

  afterAll(() => app?.close());

  it('refuses anonymous users and non-administrators', async () => {
    expect((await fetch(`${baseUrl}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/admin/queues?token=fel`)).status).toBe(401);
    expect((await fetch(`${baseUrl}/admin/queues?token=${officer}`)).status).toBe(403);
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(403);
  });

  it('shows every queue to an administrator, and keeps the token in a cookie for the browser', async () => {
    const page = await fetch(`${baseUrl}/admin/queues?token=${admin}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    const setCookie = page.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/remiss_token=.+; Path=\/admin\/queues; HttpOnly; SameSite=Strict/);
    const cookie = setCookie.split(';')[0];
    const queues = await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['remiss-deadlines', 'remiss-mail', 'remiss-maintenance', 'remiss-reminders']);
  });
});
