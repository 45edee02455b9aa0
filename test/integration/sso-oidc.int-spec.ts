/**
 * OpenID Connect sign-in against a real provider (oidc-provider on a loopback port), over HTTP: just-in-time
 * users in the provider's organisation with the mapped role, role changes, refused domains and roles, replayed
 * and forged callbacks, the open-redirect guard, the session cookie with its CSRF token, and the sign-in audit.
 */
import { CookieJar, jarFetch } from '../support/oidc-idp';
import { EKERO_GROUPS, oidcSignIn, SsoWorld, startSsoWorld } from '../support/sso-world';

jest.setTimeout(120_000);

describe('OpenID Connect sign-in', () => {
  let world: SsoWorld;
  let base: string;
  const userRow = async (email: string) =>
    (await world.app.ds.query(`SELECT u.name, u.role, o.slug FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = $1`, [email]))[0];

  beforeAll(async () => {
    world = await startSsoWorld();
    base = world.app.baseUrl;
  });
  afterAll(() => world?.close());

  it('shows the enabled providers to anyone and never answers the client secret', async () => {
    const list = await world.app.anonymous().get('/auth/oidc/providers');
    expect(list.status).toBe(200);
    expect(list.body).toEqual([{ id: world.providerId, displayName: 'Ekerö kommun', organisationName: 'Ekerö kommun' }]);
    const admin = await world.app.as('admin@ksl.se');
    const one = await admin.get(`/admin/identity-providers/${world.providerId}`);
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ hasClientSecret: true, clientSecretReadable: true, redirectUrl: `${base}/auth/oidc/callback`, allowedDomains: ['ekero.se'] });
    expect(JSON.stringify(one.body)).not.toContain(world.idp.clientSecret);
    const stored = await world.app.ds.query(`SELECT client_secret_sealed AS s FROM identity_providers WHERE id = $1`, [world.providerId]);
    expect(stored[0].s).not.toContain(world.idp.clientSecret);
    expect((await (await world.app.as('kansli@ksl.se')).get('/admin/identity-providers')).status).toBe(403);
    const bad = await admin.post('/admin/identity-providers', { displayName: '', issuerUrl: 'http://idp.example.com', allowedDomains: ['not a domain'] });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: { field: string }) => i.field)).toEqual(expect.arrayContaining(['organisationId', 'displayName', 'issuerUrl', 'clientId', 'allowedDomains.0', 'roleMapping']));
  });

  it('writes every change of a provider to the organisation audit log, naming the fields but never the secret', async () => {
    const admin = await world.app.as('admin@ksl.se');
    const changed = await admin.patch(`/admin/identity-providers/${world.providerId}`, { displayName: 'Ekerö kommun', clientSecret: world.idp.clientSecret });
    expect(changed.status).toBe(200);
    const rows: Array<{ action: string; actor_name: string; details: Record<string, unknown> }> = await world.app.ds.query(
      `SELECT l.action, l.actor_name, l.details FROM organisation_audit_log l JOIN organisations o ON o.id = l.organisation_id
        WHERE o.slug = 'ekero' AND l.action LIKE 'identity_provider.%' ORDER BY l.id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['identity_provider.created', 'identity_provider.changed']);
    expect(rows[1].details).toMatchObject({ providerId: world.providerId, fields: expect.arrayContaining(['displayName', 'clientSecret']) });
    expect(JSON.stringify(rows)).not.toContain(world.idp.clientSecret);
  });

  it('creates the user on the first sign-in in the provider organisation with the mapped role, in a cookie session', async () => {
    world.idp.setUser('anna', { email: 'Anna.Andersson@ekero.se', name: 'Anna Andersson', groups: ['alla', EKERO_GROUPS.officer] });
    expect(await userRow('anna.andersson@ekero.se')).toBeUndefined();
    const { jar, callback, location } = await oidcSignIn(world, 'anna', { returnTo: '/app/mina-remisser' });
    expect(callback.status).toBe(303);
    expect(location).toBe('/app/mina-remisser');
    const setCookie = callback.headers.getSetCookie().find((c) => c.startsWith('remiss_session='))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http on 127.0.0.1 (tests, development)
    expect(await userRow('anna.andersson@ekero.se')).toEqual({ name: 'Anna Andersson', role: 'officer', slug: 'ekero' });
    const me = await jarFetch(jar, `${base}/auth/me`);
    expect(me.status).toBe(200);
    const body: any = await me.json();
    expect(body).toMatchObject({ email: 'anna.andersson@ekero.se', role: 'officer', organisationName: 'Ekerö kommun' });
    expect(typeof body.csrfToken).toBe('string');
    // The cookie is not a bearer token.
    const cookie = jar.get(base, 'remiss_session')!;
    expect((await fetch(`${base}/auth/me`, { headers: { authorization: `Bearer ${cookie}` } })).status).toBe(401);
  });

  it('changes the role when the group claim changes, and keeps the same user', async () => {
    world.idp.setUser('bertil', { email: 'bertil@ekero.se', name: 'Bertil Berg', groups: [EKERO_GROUPS.officer] });
    await oidcSignIn(world, 'bertil');
    const [{ id }] = await world.app.ds.query(`SELECT id FROM users WHERE email = 'bertil@ekero.se'`);
    expect((await userRow('bertil@ekero.se')).role).toBe('officer');
    world.idp.setUser('bertil', { email: 'bertil@ekero.se', name: 'Bertil Berg Ek', groups: [EKERO_GROUPS.secretary] });
    const { jar } = await oidcSignIn(world, 'bertil');
    expect(await userRow('bertil@ekero.se')).toEqual({ name: 'Bertil Berg Ek', role: 'secretary', slug: 'ekero' });
    expect((await world.app.ds.query(`SELECT id FROM users WHERE email = 'bertil@ekero.se'`))[0].id).toBe(id);
    expect((await (await jarFetch(jar, `${base}/auth/me`)).json() as any).role).toBe('secretary');
  });

  it('refuses an e-mail domain the provider may not sign in, and a person without a mapped group', async () => {
    world.idp.setUser('eve', { email: 'eve@example.com', name: 'Eve', groups: [EKERO_GROUPS.officer] });
    const foreign = await oidcSignIn(world, 'eve');
    expect(foreign.callback.status).toBe(303);
    expect(foreign.location).toBe('/app/logga-in?fel=domain-not-allowed');
    expect(foreign.callback.headers.getSetCookie().some((c) => c.startsWith('remiss_session='))).toBe(false);
    expect(await userRow('eve@example.com')).toBeUndefined();

    world.idp.setUser('cecilia', { email: 'cecilia@ekero.se', name: 'Cecilia', groups: ['alla-anstallda'] });
    const noRole = await oidcSignIn(world, 'cecilia');
    expect(noRole.location).toBe('/app/logga-in?fel=no-role');
    expect(await userRow('cecilia@ekero.se')).toBeUndefined();
  });

  it('refuses a replayed callback, a callback from another browser, a forged state and a forged code', async () => {
    world.idp.setUser('david', { email: 'david@ekero.se', name: 'David', groups: [EKERO_GROUPS.officer] });
    const first = await oidcSignIn(world, 'david');
    expect(first.location).toBe('/app/');
    // Replayed: the same URL with the same state cookie again.
    const replayJar = new CookieJar();
    replayJar.set(base, 'remiss_oidc_state', new URL(first.callbackUrl).searchParams.get('state')!);
    const replay = await jarFetch(replayJar, first.callbackUrl);
    expect(replay.status).toBe(303);
    expect(replay.headers.get('location')).toBe('/app/logga-in?fel=callback-invalid');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('remiss_session='))).toBe(false);

    // Another browser's callback (its state cookie is not this one's): login CSRF.
    const jar = new CookieJar();
    const start = await jarFetch(jar, `${base}/auth/oidc/${world.providerId}/start`);
    const { loginAtIdp } = await import('../support/oidc-idp');
    const victimUrl = await loginAtIdp(jar, start.headers.get('location')!, 'david', `${base}/auth/oidc/callback`);
    const otherBrowser = new CookieJar();
    await jarFetch(otherBrowser, `${base}/auth/oidc/${world.providerId}/start`);
    expect((await jarFetch(otherBrowser, victimUrl)).headers.get('location')).toBe('/app/logga-in?fel=callback-invalid');
    // Without any state, or with a made-up one.
    expect((await jarFetch(new CookieJar(), `${base}/auth/oidc/callback?code=abc`)).headers.get('location')).toBe('/app/logga-in?fel=callback-invalid');
    const forgedJar = new CookieJar();
    forgedJar.set(base, 'remiss_oidc_state', 'forged');
    expect((await jarFetch(forgedJar, `${base}/auth/oidc/callback?code=abc&state=forged`)).headers.get('location')).toBe('/app/logga-in?fel=callback-invalid');

    // The right state with a code that is not the provider's (PKCE/code exchange fails): refused, never a 500.
    const codeJar = new CookieJar();
    const started = await jarFetch(codeJar, `${base}/auth/oidc/${world.providerId}/start`);
    const state = new URL(started.headers.get('location')!).searchParams.get('state')!;
    const forgedCode = await jarFetch(codeJar, `${base}/auth/oidc/callback?code=made-up-code&state=${state}&iss=${encodeURIComponent(world.idp.issuer)}`);
    expect(forgedCode.status).toBe(303);
    expect(forgedCode.headers.get('location')).toBe('/app/logga-in?fel=callback-invalid');
  });

  it('returns only to paths of the web UI (no open redirect)', async () => {
    world.idp.setUser('erik', { email: 'erik@ekero.se', name: 'Erik', groups: [EKERO_GROUPS.officer] });
    for (const returnTo of ['//evil.example/app/', 'https://evil.example/', '/\\evil.example', '/docs']) {
      expect((await oidcSignIn(world, 'erik', { returnTo })).location).toBe('/app/');
    }
    expect((await oidcSignIn(world, 'erik', { returnTo: '/app/arenden?x=1' })).location).toBe('/app/arenden?x=1');
  });

  it('needs the CSRF token for changes with the cookie; sign-out ends the cookie session', async () => {
    world.idp.setUser('frida', { email: 'frida@ekero.se', name: 'Frida', groups: [EKERO_GROUPS.officer] });
    const { jar } = await oidcSignIn(world, 'frida');
    const { csrfToken } = await (await jarFetch(jar, `${base}/auth/me`)).json() as any;
    const withoutToken = await jarFetch(jar, `${base}/auth/logout`, { method: 'POST' });
    expect(withoutToken.status).toBe(403);
    expect(((await withoutToken.json()) as any).code).toBe('AUTH.CSRF');
    const wrongToken = await jarFetch(jar, `${base}/cases`, { method: 'POST', headers: { 'x-csrf-token': `${csrfToken}x`, 'content-type': 'application/json' }, body: '{"title":"x"}' });
    expect(wrongToken.status).toBe(403);
    // The token of another session does not fit this one.
    const other = await oidcSignIn(world, 'frida');
    const otherToken = ((await (await jarFetch(other.jar, `${base}/auth/me`)).json()) as any).csrfToken;
    expect((await jarFetch(jar, `${base}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': otherToken } })).status).toBe(403);
    expect((await jarFetch(jar, `${base}/auth/me`)).status).toBe(200);

    const cookie = jar.get(base, 'remiss_session')!;
    const out = await jarFetch(jar, `${base}/auth/logout`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
    expect(out.status).toBe(204);
    expect(jar.get(base, 'remiss_session')).toBeUndefined();
    // The old cookie, sent again, is revoked.
    const again = await fetch(`${base}/auth/me`, { headers: { cookie: `remiss_session=${cookie}` } });
    expect(again.status).toBe(401);
    expect(((await again.json()) as any).message).toMatch(/loggat ut/);
  });

  it('ends the cookie session of a removed user at once', async () => {
    world.idp.setUser('gustav', { email: 'gustav@ekero.se', name: 'Gustav', groups: [EKERO_GROUPS.officer] });
    const { jar } = await oidcSignIn(world, 'gustav');
    expect((await jarFetch(jar, `${base}/auth/me`)).status).toBe(200);
    await world.app.ds.query(`DELETE FROM users WHERE email = 'gustav@ekero.se'`);
    expect((await jarFetch(jar, `${base}/auth/me`)).status).toBe(401);
  });

  it('signs in with a password into a cookie session from the own site only; bearer tokens work as before', async () => {
    const jar = new CookieJar();
    const foreign = await jarFetch(jar, `${base}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: 'https://evil.example' }, body: JSON.stringify({ email: 'kansli@ksl.se', password: 'remiss' }) });
    expect(foreign.status).toBe(403);
    expect(jar.get(base, 'remiss_session')).toBeUndefined();
    const ok = await jarFetch(jar, `${base}/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ email: 'kansli@ksl.se', password: 'remiss' }) });
    expect(ok.status).toBe(200);
    const body: any = await ok.json();
    expect(body).toMatchObject({ email: 'kansli@ksl.se', role: 'secretariat' });
    const created = await jarFetch(jar, `${base}/cases`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': body.csrfToken }, body: JSON.stringify({ title: 'Ärende från kakan' }) });
    expect(created.status).toBe(201);
    const bearer = await world.app.anonymous().post('/auth/login', { email: 'kansli@ksl.se', password: 'remiss' });
    expect(bearer.status).toBe(200);
    expect(bearer.headers.get('set-cookie')).toBeNull();
    expect((await fetch(`${base}/auth/me`, { headers: { authorization: `Bearer ${bearer.body.token}` } })).status).toBe(200);
  });

  it('writes every sign-in to the audit; an organisation administrator sees only its own', async () => {
    await world.app.anonymous().post('/auth/login', { email: 'kansli@ksl.se', password: 'fel' });
    await world.app.anonymous().post('/auth/login', { email: 'ingen@ekero.se', password: 'fel' });
    const admin = await world.app.as('admin@ksl.se');
    const page = await admin.get('/admin/sign-ins?limit=200');
    expect(page.status).toBe(200);
    const items = page.body.items as Array<Record<string, unknown>>;
    expect(items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'oidc', success: true, email: 'anna.andersson@ekero.se', organisationName: 'Ekerö kommun', providerName: 'Ekerö kommun', clientAddress: expect.stringMatching(/127\.0\.0\.1/) }),
        expect.objectContaining({ method: 'oidc', success: false, reason: 'domain-not-allowed', email: 'eve@example.com' }),
        expect.objectContaining({ method: 'oidc', success: false, reason: 'no-role', email: 'cecilia@ekero.se' }),
        expect.objectContaining({ method: 'oidc', success: false, reason: 'callback-invalid' }),
        expect.objectContaining({ method: 'password', success: true, email: 'kansli@ksl.se' }),
        expect.objectContaining({ method: 'password', success: false, reason: 'wrong-password', email: 'kansli@ksl.se', organisationName: 'Kommunförbundet Stockholms län' }),
        expect.objectContaining({ method: 'password', success: false, reason: 'unknown-account', email: 'ingen@ekero.se', organisationId: null }),
      ]),
    );
    const times = items.map((i) => String(i.at));
    expect([...times].sort().reverse()).toEqual(times);
    // Keyset pages: every row once.
    const first = await admin.get('/admin/sign-ins?limit=3');
    const second = await admin.get(`/admin/sign-ins?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: { id: string }) => i.id)).toEqual(items.slice(3, 6).map((i) => i.id));

    // An administrator of Ekerö (none is seeded: promoted here) sees Ekerö's rows only.
    await world.app.ds.query(`UPDATE users SET role = 'admin' WHERE email = 'handlaggare@ekero.example.se'`);
    const ekeroAdmin = await world.app.as('handlaggare@ekero.example.se');
    const own = await ekeroAdmin.get('/admin/sign-ins?limit=200');
    expect(own.status).toBe(200);
    const ekeroId = await world.app.organisationId('ekero');
    expect(own.body.items.length).toBeGreaterThan(0);
    expect(own.body.items.every((i: { organisationId: string }) => i.organisationId === ekeroId)).toBe(true);
    expect((await ekeroAdmin.get('/admin/identity-providers')).status).toBe(403);
    expect((await (await world.app.as('kansli@ksl.se')).get('/admin/sign-ins')).status).toBe(403);
  });

  it('sends the browser back to the sign-in page when the provider does not answer', async () => {
    const admin = await world.app.as('admin@ksl.se');
    const down = await admin.post('/admin/identity-providers', {
      organisationId: await world.app.organisationId('botkyrka'),
      displayName: 'Botkyrka',
      issuerUrl: 'http://127.0.0.1:9',
      clientId: 'x',
      allowedDomains: ['botkyrka.se'],
      roleMapping: [{ value: 'a', role: 'officer' }],
    });
    expect(down.status).toBe(201);
    expect(down.body.hasClientSecret).toBe(false);
    const start = await fetch(`${base}/auth/oidc/${down.body.id}/start`, { redirect: 'manual' });
    expect(start.status).toBe(302);
    expect(start.headers.get('location')).toBe('/app/logga-in?fel=provider-unavailable');
    expect((await admin.request('PATCH', `/admin/identity-providers/${down.body.id}`, { enabled: false })).body.enabled).toBe(false);
    expect((await fetch(`${base}/auth/oidc/${down.body.id}/start`, { redirect: 'manual' })).status).toBe(404);
    expect((await admin.request('DELETE', `/admin/identity-providers/${down.body.id}`)).status).toBe(204);
    expect((await admin.get(`/admin/identity-providers/${down.body.id}`)).status).toBe(404);
  });
});
