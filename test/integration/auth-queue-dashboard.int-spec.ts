import { startTestApp, TestApp } from '../support/test-app';

/**
 * bull-board at /admin/queues: administrators only, by bearer header or by the dashboard's own
 * session cookie (POST /admin/queues/session with the bearer token); never a token in the URL;
 * changes only from this site.
 */
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

  const bearer = (token: string, extra: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...extra });
  const signIn = (token: string, extra: Record<string, string> = {}) =>
    fetch(`${baseUrl}/admin/queues/session`, { method: 'POST', headers: bearer(token, { 'sec-fetch-site': 'same-origin', origin: baseUrl, ...extra }) });

  it('refuses anonymous users and non-administrators, and takes no token from the URL', async () => {
    expect((await fetch(`${baseUrl}/admin/queues`)).status).toBe(401);
    const inUrl = await fetch(`${baseUrl}/admin/queues?token=${admin}`);
    expect(inUrl.status).toBe(401);
    expect(inUrl.headers.get('set-cookie')).toBeNull();
    expect(await inUrl.text()).toContain('knappen "Köer"');
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: bearer(officer) })).status).toBe(403);
    expect((await signIn(officer)).status).toBe(403);
  });

  it('shows every queue to an administrator with a bearer header', async () => {
    const queues = await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: bearer(admin) });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: Array<{ name: string }> };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['remiss-deadlines', 'remiss-mail', 'remiss-maintenance', 'remiss-reminders', 'remiss-webhooks']);
  });

  it('signs a browser in with POST /admin/queues/session: a verified, short-lived dashboard token in a strict HttpOnly cookie', async () => {
    const bad = await signIn('skräp');
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const session = await signIn(admin);
    expect(session.status).toBe(204);
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^remiss_queues=[^;]+; Max-Age=1800; Path=\/admin\/queues; Expires=[^;]+; HttpOnly; SameSite=Strict$/);
    const value = setCookie.split(';')[0].split('=')[1];
    expect(value).not.toBe(admin);
    // The cookie's token is only for the dashboard: the API refuses it as a bearer token.
    expect((await fetch(`${baseUrl}/auth/me`, { headers: bearer(value) })).status).toBe(401);
    const cookie = `remiss_queues=${value}`;
    const page = await fetch(`${baseUrl}/admin/queues`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie } })).status).toBe(200);
    // An API token in the cookie is not a dashboard session.
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie: `remiss_queues=${admin}` } })).status).toBe(401);
  });

  it('refuses changes from another site (403) and accepts them from its own', async () => {
    const session = await signIn(admin);
    const cookie = (session.headers.get('set-cookie') ?? '').split(';')[0];
    const pause = (headers: Record<string, string>) =>
      fetch(`${baseUrl}/admin/queues/api/queues/remiss-maintenance/pause`, { method: 'PUT', headers: { cookie, ...headers } });
    const foreignOrigin = await pause({ origin: 'https://evil.example' });
    expect(foreignOrigin.status).toBe(403);
    expect(await foreignOrigin.text()).toBe('Ändringar i kööversikten får bara göras från Remiss egen webbplats.');
    expect((await pause({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await pause({ 'sec-fetch-site': 'same-site', origin: baseUrl })).status).toBe(403);
    expect((await signIn(admin, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // Reading is not a change: a GET with a foreign Origin still answers (the cookie is SameSite=Strict anyway).
    expect((await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie, origin: 'https://evil.example' } })).status).toBe(200);
    const own = await pause({ origin: baseUrl, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    const queues = (await (await fetch(`${baseUrl}/admin/queues/api/queues`, { headers: { cookie } })).json()) as { queues: Array<{ name: string; isPaused: boolean }> };
    expect(queues.queues.find((q) => q.name === 'remiss-maintenance')?.isPaused).toBe(true);
    expect((await fetch(`${baseUrl}/admin/queues/api/queues/remiss-maintenance/resume`, { method: 'PUT', headers: { cookie, origin: baseUrl } })).status).toBe(200);
  });

  it('signs out of the dashboard with DELETE /admin/queues/session', async () => {
    const out = await fetch(`${baseUrl}/admin/queues/session`, { method: 'DELETE', headers: { origin: baseUrl } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^remiss_queues=; Path=\/admin\/queues; Expires=Thu, 01 Jan 1970/);
  });
});
