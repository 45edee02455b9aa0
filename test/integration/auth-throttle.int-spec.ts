import { INestApplication, Logger } from '@nestjs/common';
import { createApiApp } from '@remiss/api';
import { startTestApp, TestApp } from '../support/test-app';

/** Sign-in throttling per account and per client address, shared by API replicas through Redis, and the public endpoints. */
describe('throttling of sign-in and the unauthenticated endpoints', () => {
  let app: TestApp;
  let replica: INestApplication;
  let replicaUrl: string;
  const warn = jest.spyOn(Logger.prototype, 'warn');

  beforeAll(async () => {
    app = await startTestApp({
      now: null,
      env: {
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '6',
        LOGIN_FAILURE_WINDOW_SECONDS: '600',
        PUBLIC_MAX_REQUESTS_PER_ADDRESS: '30',
        PUBLIC_WINDOW_SECONDS: '600',
        // Each test is its own client (X-Forwarded-For), as behind a reverse proxy on this machine.
        TRUST_PROXY: 'loopback',
      },
    });
    // A second API instance on the same Redis and database: one more replica behind the proxy.
    replica = await createApiApp(app.config);
    await replica.listen(0, '127.0.0.1');
    replicaUrl = await replica.getUrl();
  });
  afterAll(async () => {
    warn.mockRestore();
    await replica?.close();
    await app?.close();
  });

  const login = (client: string, email: string, password: string, base = app.baseUrl) =>
    fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ email, password }),
    });

  it('lets 3 wrong passwords for an account through and then answers 429 with Retry-After, even for the right password', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await login('198.51.100.1', 'admin@ksl.se', `fel-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
    // From another address too: the account is what is locked.
    const right = await login('198.51.100.2', 'admin@ksl.se', 'remiss');
    expect(right.status).toBe(429);
    const retryAfter = Number(right.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = (await right.json()) as { code: string; message: string };
    expect(body).toMatchObject({ code: 'AUTH.RATE_LIMITED', message: 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.' });
    const logged = warn.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('kontot admin@ksl.se'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^Spärrat i \d+ s efter 3 misslyckade inloggningar för kontot admin@ksl\.se \(senast från 198\.51\.100\.1\) på 600 s\.$/);
  });

  it('counts parallel attempts exactly: 12 at once give 3 answers of 401 and 9 of 429', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login(`198.51.100.${10 + i}`, 'kansli@ksl.se', `fel-${i}`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('shares the counts between API replicas', async () => {
    const email = 'handlaggare@ekero.example.se';
    expect((await login('198.51.100.30', email, 'fel', app.baseUrl)).status).toBe(401);
    expect((await login('198.51.100.30', email, 'fel', replicaUrl)).status).toBe(401);
    expect((await login('198.51.100.30', email, 'fel', app.baseUrl)).status).toBe(401);
    expect((await login('198.51.100.30', email, 'remiss', replicaUrl)).status).toBe(429);
  });

  it('clears an account\'s count at a successful sign-in', async () => {
    const email = 'namndsekreterare@ekero.example.se';
    for (const password of ['fel', 'fel', 'remiss', 'fel', 'fel', 'remiss']) {
      expect((await login('198.51.100.40', email, password)).status).toBe(password === 'remiss' ? 200 : 401);
    }
  });

  it('limits failures per client address across accounts', async () => {
    const client = '203.0.113.7';
    const emails = ['handlaggare@tyreso.example.se', 'handlaggare@danderyd.example.se', 'handlaggare@nacka.example.se'];
    const statuses: number[] = [];
    for (const email of emails) for (let i = 0; i < 2; i++) statuses.push((await login(client, email, 'fel')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401]);
    const next = await login(client, 'handlaggare@vaxholm.example.se', 'remiss');
    expect(next.status).toBe(429);
    expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address still signs in to that account.
    expect((await login('203.0.113.8', 'handlaggare@vaxholm.example.se', 'remiss')).status).toBe(200);
    expect(warn.mock.calls.some(([m]) => String(m).includes('6 misslyckade inloggningar från adressen 203.0.113.7'))).toBe(true);
  });

  it('throttles the calendar feed per address (30 in the window), but not health', async () => {
    const id = await app.organisationId('danderyd');
    const feed = () => fetch(`${app.baseUrl}/calendar/${id}.ics?token=gissning`, { headers: { 'x-forwarded-for': '192.0.2.50' } });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await feed()).status);
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    const refused = await feed();
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { message: string }).message).toBe('För många förfrågningar. Vänta en stund och försök igen.');
    for (let i = 0; i < 35; i++) {
      for (const path of ['/health', '/health/live', '/health/ready']) {
        expect([path, (await fetch(`${app.baseUrl}${path}`, { headers: { 'x-forwarded-for': '192.0.2.50' } })).status]).toEqual([path, 200]);
      }
    }
  });
});
