import { signToken } from '@remiss/api';
import * as jwt from 'jsonwebtoken';
import { randomUUID } from 'node:crypto';
import { startTestApp, TestApp } from '../support/test-app';

/** Bearer tokens: lifetime rules, sign-out, and the calendar feed's own revocable tokens. */
describe('bearer tokens, sign-out and calendar-feed tokens', () => {
  let app: TestApp;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp({ now: null });
    adminId = (await app.ds.query(`SELECT id FROM users WHERE email = 'admin@ksl.se'`))[0].id;
  });
  afterAll(() => app?.close());

  const me = (token: string) => fetch(`${app.baseUrl}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
  const now = () => Math.floor(Date.now() / 1000);
  const forge = (claims: Record<string, unknown>, secret = app.config.jwtSecret, options: jwt.SignOptions = {}) =>
    jwt.sign({ iss: 'remiss', sub: adminId, jti: randomUUID(), ...claims }, secret, { algorithm: 'HS256', ...options });

  it('accepts a token it signed, within its lifetime', async () => {
    expect((await me(signToken(app.config, adminId))).status).toBe(200);
    expect((await me(forge({ iat: now(), exp: now() + app.config.jwtTtlSeconds }))).status).toBe(200);
  });

  it.each([
    ['without exp', () => forge({ iat: now() })],
    ['with exp in 2100', () => forge({ iat: now(), exp: Math.floor(Date.UTC(2100, 0, 1) / 1000) })],
    ['with exp - iat above JWT_TTL_SECONDS', () => forge({ iat: now(), exp: now() + app.config.jwtTtlSeconds + 60 })],
    ['without iat', () => forge({ exp: now() + 60 }, undefined, { noTimestamp: true })],
    ['with iat in the future', () => forge({ iat: now() + 3600, exp: now() + 3700 })],
    ['without jti', () => jwt.sign({ iss: 'remiss', sub: adminId, exp: now() + 60 }, app.config.jwtSecret, { algorithm: 'HS256' })],
    ['signed with the development secret once in the source', () => forge({ iat: now(), exp: now() + 60 }, 'remiss-development-secret-not-for-production')],
    ['of the queue dashboard (another audience)', () => signToken(app.config, adminId, { audience: 'remiss-queue-dashboard', ttlSeconds: 60 })],
    ['with alg none', () => jwt.sign({ iss: 'remiss', sub: adminId, jti: randomUUID(), exp: now() + 60 }, '', { algorithm: 'none' })],
  ])('refuses a token %s (401)', async (_what, make) => {
    const answer = await me(make());
    expect(answer.status).toBe(401);
    expect(((await answer.json()) as { message: string }).message).toBe('Du måste logga in (saknad eller ogiltig token).');
  });

  it('signs out: POST /auth/logout revokes that token at once, other sessions of the user stay', async () => {
    const login = async () =>
      ((await (await fetch(`${app.baseUrl}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@ksl.se', password: 'remiss' }) })).json()) as { token: string }).token;
    const first = await login();
    const second = await login();
    expect((await me(first)).status).toBe(200);
    const out = await fetch(`${app.baseUrl}/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${first}` } });
    expect(out.status).toBe(204);
    const after = await me(first);
    expect(after.status).toBe(401);
    expect(((await after.json()) as { message: string }).message).toBe('Du har loggat ut; logga in igen.');
    expect((await me(second)).status).toBe(200);
    const rows = await app.ds.query(`SELECT user_id AS "userId", expires_at > now() AS "future" FROM revoked_tokens`);
    expect(rows).toEqual([{ userId: adminId, future: true }]);
    // Signing out again with the revoked token is refused like any other request.
    expect((await fetch(`${app.baseUrl}/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${first}` } })).status).toBe(401);
  });

  it('answers /auth/me with the signed-in user only, and documents without the uploader\'s user id', async () => {
    const ksl = await app.as('kansli@ksl.se');
    const self = await ksl.get('/auth/me');
    expect(Object.keys(self.body).sort()).toEqual(['email', 'id', 'name', 'organisationId', 'organisationName', 'organisationSlug', 'role']);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const uploaded = await ksl.upload({ name: 'utkast.pdf', type: 'application/pdf', content: pdf }, { kind: 'draft', title: 'Utkast' });
    expect(uploaded.status).toBe(201);
    const shown = await ksl.get(`/documents/${uploaded.body.id}`);
    expect(shown.status).toBe(200);
    const kslUserId = (await app.ds.query(`SELECT id FROM users WHERE email = 'kansli@ksl.se'`))[0].id;
    expect(JSON.stringify(shown.body)).not.toContain(kslUserId);
    expect(JSON.stringify(uploaded.body)).not.toContain(kslUserId);
  });

  it('gives each organisation a random feed token, kept between calls, that renewal revokes', async () => {
    const danderyd = await app.as('handlaggare@danderyd.example.se');
    const first = new URL((await danderyd.get('/calendar/feed-url')).body.url);
    expect(new URL((await danderyd.get('/calendar/feed-url')).body.url).href).toBe(first.href);
    const token = first.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = new URL((await (await app.as('handlaggare@ekero.example.se')).get('/calendar/feed-url')).body.url);
    expect(other.searchParams.get('token')).not.toBe(token);
    expect((await app.anonymous().get(`${first.pathname}${first.search}`)).status).toBe(200);
    const feed = await app.anonymous().get(`${first.pathname}${first.search}`);
    expect(feed.headers.get('cache-control')).toBe('no-store');
    // Another organisation's token does not open this feed.
    expect((await app.anonymous().get(`${first.pathname}?token=${other.searchParams.get('token')}`)).status).toBe(404);
    // Renewal breaks everyone's subscription: the secretariat's call, not an officer's.
    expect((await danderyd.post('/calendar/feed-url/renew')).status).toBe(403);
    const renewed = await (await app.as('kansli@danderyd.example.se')).post('/calendar/feed-url/renew');
    expect(renewed.status).toBe(200);
    const next = new URL(renewed.body.url);
    expect(next.searchParams.get('token')).not.toBe(token);
    expect((await app.anonymous().get(`${first.pathname}${first.search}`)).status).toBe(404);
    expect((await app.anonymous().get(`${next.pathname}${next.search}`)).status).toBe(200);
  });
});
