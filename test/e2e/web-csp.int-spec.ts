import { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot, signIn } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * The built UI under its Content-Security-Policy in Debian's Chromium: no violation and no CSP
 * message in the console while signing in, browsing, signing out (which revokes the session cookie) and
 * opening the queue dashboard through its session cookie.
 */
jest.setTimeout(60000);

describe('the web UI under its CSP in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const console: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ now: null });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    page.setDefaultTimeout(10000);
    page.on('console', (message) => console.push(`${message.type()}: ${message.text()}`));
    // Every violation, also those the console does not show, kept in the page's session storage.
    await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
      const seen = JSON.parse(sessionStorage.getItem('csp') || '[]');
      seen.push(e.violatedDirective + ' ' + e.blockedURI);
      sessionStorage.setItem('csp', JSON.stringify(seen));
    })`);
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const violations = () => page.evaluate<string[]>(`JSON.parse(sessionStorage.getItem('csp') || '[]')`);
  const cspMessages = () => console.filter((m) => /Content Security Policy|Refused to/i.test(m));

  it('loads, signs in and browses with no CSP violation', async () => {
    await signIn(page, app.baseUrl, 'kansli@ksl.se');
    for (const [link, heading] of [
      ['Ärenden', 'Ärenden'],
      ['Diarium', 'Diarium'],
      ['Utskick', 'Utskick'],
    ]) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { level: 1, name: new RegExp(heading) }).waitFor();
    }
    await screenshot(page, 'csp-inloggad');
    expect(await violations()).toEqual([]);
    expect(cspMessages()).toEqual([]);
  });

  it('keeps the session in an HttpOnly cookie, not in storage; signing out with the server ends it', async () => {
    const session = (await page.context().cookies(app.baseUrl)).find((c) => c.name === 'remiss_session')!;
    expect([session.httpOnly, session.sameSite, session.path]).toEqual([true, 'Lax', '/']);
    expect(await page.evaluate<string>(`JSON.stringify(Object.keys(sessionStorage).concat(Object.keys(localStorage)).filter((k) => k !== 'csp')) + document.cookie`)).toBe('[]');
    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/auth/logout'));
    await page.getByRole('button', { name: 'Logga ut' }).click();
    expect((await loggedOut).status()).toBe(204);
    await page.getByRole('button', { name: 'Logga in' }).waitFor();
    expect((await fetch(`${app.baseUrl}/auth/me`, { headers: { cookie: `remiss_session=${session.value}` } })).status).toBe(401);
    expect((await page.context().cookies(app.baseUrl)).map((c) => c.name)).not.toContain('remiss_session');
    expect(await violations()).toEqual([]);
  });

  it('opens the queue dashboard from the administrator\'s "Köer" button without a token in the URL', async () => {
    await signIn(page, app.baseUrl, 'admin@ksl.se');
    await page.getByRole('button', { name: 'Köer' }).click();
    await page.waitForURL(`${app.baseUrl}/admin/queues`);
    await page.getByText('remiss-mail').first().waitFor();
    await screenshot(page, 'csp-koer');
    const cookies = (await page.context().cookies(`${app.baseUrl}/admin/queues`)).filter((c) => c.name === 'remiss_queues');
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path])).toEqual([['remiss_queues', true, 'Strict', '/admin/queues']]);
    // bull-board's only violation is its Google Fonts stylesheet, which the policy keeps out on purpose
    // (this also shows that the listener above sees violations).
    expect(await violations()).toEqual([expect.stringMatching(/^style-src-elem https:\/\/fonts\.googleapis\.com\//)]);
  });
});
