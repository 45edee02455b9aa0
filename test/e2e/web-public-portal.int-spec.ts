import { Browser, BrowserContext, Page } from 'playwright-core';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * The public portal in Debian's Chromium: with JavaScript disabled a person without an account finds a remiss
 * by searching, reads what was sent, the recipients' status and the answers, downloads a public document, and
 * sees a secret one only as "Sekretessmarkerad enligt …"; with JavaScript on, axe-core (WCAG 2.1 A/AA) finds
 * nothing serious on any public page, and the secretariat marks a document secret in the web UI.
 */
jest.setTimeout(120_000);

describe('public portal in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let noScript: BrowserContext;
  let withScript: BrowserContext;
  let ksl: ApiClient;
  const ids: Record<string, string> = {};
  const consoleLines: string[] = [];

  const upload = async (client: ApiClient, kind: string, title: string) => (await client.upload({ name: `${title}.pdf`, type: 'application/pdf', content: pdf(title) }, { kind, title })).body.id as string;

  beforeAll(async () => {
    clearScreenshots(/^offentligt-/);
    app = await startTestApp({ now: '2013-02-11T09:00:00+01:00', env: { PUBLIC_MAX_REQUESTS_PER_ADDRESS: '100000' } });
    ksl = await app.as('kansli@ksl.se');
    const org = (slug: string) => app.organisationId(slug);
    ids.case = (await ksl.post('/cases', { title: 'Överenskommelse om samverkan gällande nyanlända', registryNumber: 'KSL/12/0053' })).body.id;
    await ksl.post(`/cases/${ids.case}/start-drafting`);
    const draft = await upload(ksl, 'draft', 'Arbetsutkast');
    await ksl.post(`/cases/${ids.case}/drafts`, { documentId: draft });
    ids.remissDoc = await upload(ksl, 'remiss', 'Remissversion av överenskommelsen');
    const sent = await ksl.post(`/cases/${ids.case}/rounds`, { deadline: '2013-04-30', organisationIds: [await org('ekero'), await org('botkyrka')], documentId: ids.remissDoc });
    expect(sent.status).toBe(201);
    const view = (await ksl.get(`/cases/${ids.case}`)).body;
    const ekero = view.matrix.find((r: { organisationName: string }) => r.organisationName === 'Ekerö kommun').recipientId;
    const officer = await app.as('handlaggare@ekero.example.se');
    ids.answerDoc = await upload(officer, 'answer', 'Ekerös yttrande');
    app.clock.set('2013-03-20T09:00:00+01:00');
    expect((await officer.post(`/recipients/${ekero}/answer`, { position: 'synpunkter', text: 'Ekerö ser gärna en tydligare uppföljning.', documentIds: [ids.answerDoc] })).status).toBe(201);
    expect((await ksl.post(`/documents/${ids.answerDoc}/secrecy`, { extent: 'whole', legalGround: 'OSL 21 kap. 7 §', reason: 'Uppgifter om enskilda' })).status).toBe(201);

    browser = await launchChromium();
    noScript = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
    withScript = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const open = async (context: BrowserContext): Promise<Page> => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
    return page;
  };

  it('works without JavaScript: find by search, read the case, download a public document, see the secret one masked', async () => {
    const page = await open(noScript);
    await page.goto(`${app.baseUrl}/offentligt`);
    await page.getByRole('heading', { level: 1, name: 'Offentliga remisser' }).waitFor();
    await page.getByRole('link', { name: 'Kommunförbundet Stockholms län' }).click();
    await page.getByRole('heading', { level: 1, name: /Remisser från Kommunförbundet Stockholms län/ }).waitFor();
    await page.getByLabel('Mottagare').fill('Ekerö');
    await page.getByLabel('Rubrik').fill('nyanlända');
    await page.getByRole('button', { name: 'Sök' }).click();
    expect(page.url()).toContain('recipient=Eker');
    await page.getByRole('table').getByRole('link', { name: 'Överenskommelse om samverkan gällande nyanlända' }).click();
    await page.getByRole('heading', { level: 1, name: 'Överenskommelse om samverkan gällande nyanlända' }).waitFor();
    const main = page.getByRole('main');
    await expect(main.getByText('KSL/12/0053').first().isVisible()).resolves.toBe(true);
    const recipients = page.getByRole('region', { name: /Mottagare/ });
    expect(await recipients.getByRole('row').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/Botkyrka kommun\s+Skickad/), expect.stringMatching(/Ekerö kommun\s+Besvarad/)]));
    expect(await main.innerText()).toContain('Ekerö ser gärna en tydligare uppföljning.');
    expect(await main.innerText()).toContain('Ekerös yttrande, 11 februari 2013: Sekretessmarkerad enligt OSL 21 kap. 7 §');
    expect(await main.innerText()).not.toContain('Arbetsutkast');
    expect(await page.getByRole('link', { name: 'Ekerös yttrande' }).count()).toBe(0);
    expect(await page.locator('#logghuvud').innerText()).toMatch(/^[0-9a-f]{64}$/);
    await screenshot(page, 'offentligt-remiss-utan-js');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Remissversion av överenskommelsen' }).click();
    expect((await download).suggestedFilename()).toBe('Remissversion av överenskommelsen.pdf');

    await page.goto(`${app.baseUrl}/offentligt/ksl/diarium`);
    await page.getByRole('heading', { level: 1, name: /Diarium för Kommunförbundet Stockholms län/ }).waitFor();
    expect(await page.getByRole('region', { name: 'Diarieposter' }).innerText()).toContain('Överenskommelse om samverkan gällande nyanlända');
    const missing = await page.goto(`${app.baseUrl}/offentligt/ksl/remisser/00000000-0000-4000-8000-000000000000`);
    expect(missing?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await page.close();
  });

  it('passes axe (WCAG 2.1 AA) on every public page, with no CSP message', async () => {
    const page = await open(withScript);
    const pages = [
      '/offentligt',
      '/offentligt/ksl',
      '/offentligt/ksl?q=nyanl%C3%A4nda&recipient=Eker%C3%B6&from=2013-01-01',
      '/offentligt/ksl?q=finns-inte',
      `/offentligt/ksl/remisser/${ids.case}`,
      '/offentligt/ksl/diarium',
      '/offentligt/ekero/diarium',
      '/offentligt/ksl/remisser/00000000-0000-4000-8000-000000000000',
    ];
    const found: Record<string, unknown[]> = {};
    for (const path of pages) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const violations = await seriousViolations(page);
      if (violations.length > 0) found[path] = violations;
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/offentligt/ksl/remisser/${ids.case}`);
    await screenshot(page, 'offentligt-remiss-390');
    const narrow = await seriousViolations(page);
    if (narrow.length > 0) found['390 px'] = narrow;
    expect(found).toEqual({});
    expect(consoleLines.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    await page.close();
  });

  it('lets the secretariat mark the remiss document secret in the web UI; the public page then masks it', async () => {
    const page = await open(withScript);
    await signIn(page, app.baseUrl, 'kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${ids.case}`);
    const panel = page.getByRole('region', { name: 'Sekretess' });
    await panel.waitFor();
    await panel.getByLabel('Handling', { exact: true }).selectOption({ label: 'Dokument: Remissversion av överenskommelsen' });
    await panel.getByLabel('Omfattning', { exact: true }).selectOption({ label: 'Delar av handlingen' });
    await panel.getByLabel('Lagrum', { exact: true }).fill('OSL 19 kap. 1 §');
    await panel.getByLabel('Skäl', { exact: true }).fill('Affärsförhållanden');
    await panel.getByRole('button', { name: 'Sekretessmarkera' }).click();
    await panel.getByRole('region', { name: 'Gällande sekretessmarkeringar' }).getByText('OSL 19 kap. 1 §').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'offentligt-sekretess-kansli');

    // a new visitor (the first context's browser cache may keep the page for its max-age, as it should)
    const fresh = await browser.newContext({ javaScriptEnabled: false, locale: 'sv-SE' });
    const pub = await open(fresh);
    await pub.goto(`${app.baseUrl}/offentligt/ksl/remisser/${ids.case}`);
    expect(await pub.getByRole('main').innerText()).toContain('Remissversion av överenskommelsen, 11 februari 2013: Delvis sekretessmarkerad enligt OSL 19 kap. 1 §');
    expect(await pub.getByRole('link', { name: 'Remissversion av överenskommelsen' }).count()).toBe(0);
    expect((await fetch(`${app.baseUrl}/public/documents/${ids.remissDoc}/content`)).status).toBe(403);
    await fresh.close();
    await page.close();
  });
});
