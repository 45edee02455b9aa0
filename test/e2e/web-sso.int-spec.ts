import { Browser, BrowserContext, Page } from 'playwright-core';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn } from '../support/browser';
import { EKERO_GROUPS, SsoWorld, startSsoWorld } from '../support/sso-world';

/**
 * Single sign-on in Debian's Chromium against a real OpenID Connect provider (oidc-provider on a loopback
 * port): "Logga in med Ekerö kommun" on the sign-in page, the provider's login form, back to the page the
 * link named; the user is made in Ekerö with the role the groups give, a changed group changes the role, an
 * unknown domain and a replayed callback are refused with Swedish messages, a change without the CSRF token
 * is refused, and signing out ends the cookie session. axe-core on the sign-in and administration pages.
 */
jest.setTimeout(180_000);

describe('single sign-on in a browser', () => {
  let world: SsoWorld;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    world = await startSsoWorld();
    base = world.app.baseUrl;
    browser = await launchChromium();
    clearScreenshots(/^sso-.*\.png$/);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await world?.close();
  });

  async function freshPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return { context, page };
  }

  /** From the sign-in page through the provider's form (when it asks: it remembers its own session). */
  async function viaProvider(page: Page, login: string): Promise<void> {
    await page.getByRole('link', { name: 'Logga in med Ekerö kommun' }).click();
    await page.waitForURL((url) => url.origin === world.idp.issuer || url.origin === base);
    if (new URL(page.url()).origin === world.idp.issuer) {
      await page.locator('input[name="login"]').fill(login);
      await page.locator('input[name="password"]').fill('vilket-som-helst');
      await page.getByRole('button', { name: 'Sign-in' }).click();
    }
    await page.waitForURL((url) => url.origin === base && !url.pathname.startsWith('/auth/'));
  }

  const userRow = async (email: string) =>
    (await world.app.ds.query(`SELECT u.role, o.slug FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.email = $1`, [email]))[0];

  it('signs a new user in with the organisation account, makes them in Ekerö with the mapped role, and follows the link asked for', async () => {
    world.idp.setUser('hanna', { email: 'hanna.holm@ekero.se', name: 'Hanna Holm', groups: [EKERO_GROUPS.officer] });
    const { context, page } = await freshPage();
    await page.goto(`${base}/app/mina-remisser`);
    await page.getByRole('link', { name: 'Logga in med Ekerö kommun' }).waitFor();
    await screenshot(page, 'sso-inloggningssida');
    expect(await seriousViolations(page)).toEqual([]);
    await viaProvider(page, 'hanna');
    expect(new URL(page.url()).pathname).toBe('/app/mina-remisser');
    await page.getByText('Hanna Holm, Handläggare – Ekerö kommun').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Mina remisser' }).waitFor();
    expect(await userRow('hanna.holm@ekero.se')).toEqual({ role: 'officer', slug: 'ekero' });
    await screenshot(page, 'sso-inloggad');

    // A change without the CSRF token is refused, even from the own page with the cookie.
    const status = await page.evaluate<number>(`fetch('/cases', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Utan kod' }) }).then((r) => r.status)`);
    expect(status).toBe(403);

    // The group changes at the provider: the next sign-in gives the new role.
    world.idp.setUser('hanna', { email: 'hanna.holm@ekero.se', name: 'Hanna Holm', groups: [EKERO_GROUPS.secretary] });
    const session = (await context.cookies(base)).find((c) => c.name === 'remiss_session')!;
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in med Ekerö kommun' }).waitFor();
    // Signing out ended the cookie session on the server.
    expect((await fetch(`${base}/auth/me`, { headers: { cookie: `remiss_session=${session.value}` } })).status).toBe(401);
    await viaProvider(page, 'hanna');
    await page.getByText('Hanna Holm, Nämndsekreterare – Ekerö kommun').waitFor();
    expect(await userRow('hanna.holm@ekero.se')).toEqual({ role: 'secretary', slug: 'ekero' });
    await context.close();
  });

  it('refuses a person from a domain the provider may not sign in, in Swedish on the sign-in page', async () => {
    world.idp.setUser('ivar', { email: 'ivar@example.com', name: 'Ivar', groups: [EKERO_GROUPS.officer] });
    const { context, page } = await freshPage();
    await page.goto(`${base}/app/`);
    await viaProvider(page, 'ivar');
    await page.getByRole('alert').getByText('Din e-postadress hör inte till en domän som får logga in med den här inloggningstjänsten.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    expect(await userRow('ivar@example.com')).toBeUndefined();
    expect((await context.cookies(base)).map((c) => c.name)).not.toContain('remiss_session');
    await screenshot(page, 'sso-fel-doman');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('refuses a replayed callback with a Swedish message', async () => {
    world.idp.setUser('jonas', { email: 'jonas@ekero.se', name: 'Jonas', groups: [EKERO_GROUPS.officer] });
    const { context, page } = await freshPage();
    const callbacks: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(`${base}/auth/oidc/callback`)) callbacks.push(request.url());
    });
    await page.goto(`${base}/app/`);
    await viaProvider(page, 'jonas');
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('link', { name: 'Logga in med Ekerö kommun' }).waitFor();
    expect(callbacks).toHaveLength(1);
    await page.goto(callbacks[0]);
    await page.getByRole('alert').getByText('Inloggningen kunde inte slutföras', { exact: false }).waitFor();
    expect((await context.cookies(base)).map((c) => c.name)).not.toContain('remiss_session');
    await screenshot(page, 'sso-aterspelad');
    await context.close();
  });

  it("shows KSL's administrator the identity providers and the sign-in audit", async () => {
    const { context, page } = await freshPage();
    await signIn(page, base, 'admin@ksl.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inloggningstjänster' }).click();
    await page.getByRole('cell', { name: idpIssuerCell() }).first().waitFor();
    await page.getByText(`${base}/auth/oidc/callback`).waitFor();
    await screenshot(page, 'sso-inloggningstjanster');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Inloggningar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggningar' }).waitFor();
    await page.getByRole('cell', { name: 'Nekad: e-postdomänen får inte logga in' }).first().waitFor();
    await page.getByRole('cell', { name: 'Hanna Holm (hanna.holm@ekero.se)' }).first().waitFor();
    await screenshot(page, 'sso-inloggningar');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  const idpIssuerCell = () => new RegExp(world.idp.issuer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
});
