import { startTestApp, TestApp } from '../support/test-app';

describe('password sign-in and the web UI under /app', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('signs a demo account in with DEMO_PASSWORD and returns a token that works', async () => {
    const login = await app.anonymous().post('/auth/login', { email: 'Kansli@KSL.se', password: 'remiss' });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email: 'kansli@ksl.se', role: 'secretariat', organisationSlug: 'ksl', organisationName: expect.any(String) });
    expect(login.body.user.passwordHash).toBeUndefined();
    const me = await fetch(`${app.baseUrl}/auth/me`, { headers: { authorization: `Bearer ${login.body.token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe('kansli@ksl.se');
    const stored: Array<{ password_hash: string }> = await app.ds.query(`SELECT password_hash FROM users WHERE email = 'kansli@ksl.se'`);
    expect(stored[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('answers 401 in Swedish for a wrong password or an unknown account, and 400 per missing field', async () => {
    const wrong = await app.anonymous().post('/auth/login', { email: 'kansli@ksl.se', password: 'fel' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe('Fel e-postadress eller lösenord.');
    const unknown = await app.anonymous().post('/auth/login', { email: 'ingen@ksl.se', password: 'remiss' });
    expect(unknown.status).toBe(401);
    const empty = await app.anonymous().post('/auth/login', { email: '', password: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.issues.map((i: { field: string }) => i.field).sort()).toEqual(['email', 'password']);
    expect((await app.anonymous().get('/auth/me')).status).toBe(401);
  });

  it('serves the web app under /app with an SPA fallback and leaves the API paths alone', async () => {
    const root = await fetch(`${app.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/app/');
    for (const path of ['/app/', '/app/arenden/123', '/app/mina-remisser']) {
      const page = await fetch(`${app.baseUrl}${path}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"></div>');
    }
    expect((await fetch(`${app.baseUrl}/app/assets/saknas.js`)).status).toBe(404);
    const api = await fetch(`${app.baseUrl}/cases`, { headers: { accept: 'text/html' } });
    expect(api.status).toBe(401);
    expect(api.headers.get('content-type')).toContain('json');
    expect((await fetch(`${app.baseUrl}/health`)).status).toBe(200);
  });
});
