import { startTestApp, TestApp } from '../support/test-app';

const csp = (response: Response) =>
  Object.fromEntries(
    (response.headers.get('content-security-policy') ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );

/** Security headers on the web UI, the API, the documentation and the queue dashboard; TLS seen through a trusted proxy. */
describe('security headers', () => {
  let app: TestApp;
  let direct: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ now: null, env: { TRUST_PROXY: 'loopback' } });
    // The harness keeps process.env between apps, so the default is spelled out.
    direct = await startTestApp({ now: null, env: { TRUST_PROXY: 'false' } });
  });
  afterAll(async () => {
    await app?.close();
    await direct?.close();
  });

  it('gives the built UI and the API a strict CSP without unsafe-inline, no framing, no referrer and no X-Powered-By', async () => {
    for (const path of ['/app/', '/app/arenden', '/cases', '/health', '/auth/me']) {
      const answer = await fetch(`${app.baseUrl}${path}`);
      const policy = csp(answer);
      expect(policy['default-src']).toEqual(["'self'"]);
      expect(policy['script-src']).toEqual(["'self'"]);
      expect(policy['style-src']).toEqual(["'self'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      expect(policy['object-src']).toEqual(["'none'"]);
      expect(answer.headers.get('content-security-policy')).not.toContain('unsafe-inline');
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('has no inline script or style in the built index.html that the CSP would block', async () => {
    const html = await (await fetch(`${app.baseUrl}/app/`)).text();
    expect(html).toContain('<script type="module" crossorigin src="/app/assets/');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });

  it('marks API answers no-store (documents and errors too) and lets the hashed UI files be cached', async () => {
    const ksl = await app.as('kansli@ksl.se');
    expect((await ksl.get('/auth/me')).headers.get('cache-control')).toBe('no-store');
    expect((await ksl.get('/cases')).headers.get('cache-control')).toBe('no-store');
    expect((await app.anonymous().get('/cases')).headers.get('cache-control')).toBe('no-store');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
    const doc = await ksl.upload({ name: 'utkast.pdf', type: 'application/pdf', content: pdf }, { kind: 'draft', title: 'Utkast' });
    const content = await ksl.request('GET', `/documents/${doc.body.id}/content`);
    expect(content.status).toBe(200);
    expect(content.headers.get('cache-control')).toBe('no-store');
    const html = await (await fetch(`${app.baseUrl}/app/`)).text();
    const asset = /src="(\/app\/assets\/[^"]+\.js)"/.exec(html)![1];
    expect((await fetch(`${app.baseUrl}${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${app.baseUrl}/app/`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('gives /docs and /admin/queues their own policy (inline styles) and only there', async () => {
    const docs = await fetch(`${app.baseUrl}/docs/`);
    expect(docs.status).toBe(200);
    expect(csp(docs)['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp(docs)['script-src']).toEqual(["'self'"]);
    expect(csp(docs)['frame-ancestors']).toEqual(["'none'"]);
    const queues = await fetch(`${app.baseUrl}/admin/queues`, { headers: { authorization: `Bearer ${await app.token('admin@ksl.se')}` } });
    expect(queues.status).toBe(200);
    expect(csp(queues)['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp(queues)['frame-ancestors']).toEqual(["'none'"]);
    expect(queues.headers.get('x-frame-options')).toBe('DENY');
    expect(queues.headers.get('cache-control')).toBe('no-store');
    expect(csp(await fetch(`${app.baseUrl}/docsx`))['style-src']).toEqual(["'self'"]);
  });

  it('sends HSTS and Secure cookies only over TLS, which behind a trusted proxy is X-Forwarded-Proto', async () => {
    const overTls = await fetch(`${app.baseUrl}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(overTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect((await fetch(`${app.baseUrl}/health`)).headers.get('strict-transport-security')).toBeNull();
    const admin = await app.token('admin@ksl.se');
    const session = (proto: string, base: string) =>
      fetch(`${base}/admin/queues/session`, { method: 'POST', headers: { authorization: `Bearer ${admin}`, 'x-forwarded-proto': proto, 'x-forwarded-host': new URL(base).host } });
    expect((await session('https', app.baseUrl)).headers.get('set-cookie')).toMatch(/; Secure; SameSite=Strict$/);
    expect((await session('http', app.baseUrl)).headers.get('set-cookie')).not.toContain('Secure');
    // Without TRUST_PROXY (the default) a client cannot claim TLS with the header.
    const directAdmin = await direct.token('admin@ksl.se');
    const spoofed = await fetch(`${direct.baseUrl}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(spoofed.headers.get('strict-transport-security')).toBeNull();
    const directSession = await fetch(`${direct.baseUrl}/admin/queues/session`, { method: 'POST', headers: { authorization: `Bearer ${directAdmin}`, 'x-forwarded-proto': 'https' } });
    expect(directSession.status).toBe(204);
    expect(directSession.headers.get('set-cookie')).not.toContain('Secure');
  });
});
