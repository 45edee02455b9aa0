import { Browser, Page } from 'playwright-core';
import { caseOnRecommendation, uploadExtract } from '../integration/support/recommendation-case';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn as signInAs } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * Following up in Debian's Chromium: the planned and sent reminders per recipient (the officer's page and the
 * case page's matrix), the decision outcomes and the compilation's totals, in-app notifications, the calendar
 * subscription page, assigning a remiss to a named officer, the grouped history and the help texts; axe-core on
 * every page state at 1280 and 390 px.
 */
jest.setTimeout(90000);

describe('following up in the web UI', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let ksl: ApiClient;
  let caseId = '';
  const recipient: Record<string, string> = {};
  const axeCounts: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    caseId = (await ksl.post('/cases', { title: 'Remiss om kollektivtrafik' })).body.id;
    await ksl.post(`/cases/${caseId}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('trafik') }, { kind: 'draft', title: 'Trafikförslag' });
    await ksl.post(`/cases/${caseId}/drafts`, { documentId: doc.body.id });
    const slugs = ['ekero', 'tyreso', 'botkyrka'];
    const ids = await Promise.all(slugs.map((s) => app.organisationId(s)));
    expect((await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-05-15', organisationIds: ids })).status).toBe(201);
    const view = (await ksl.get(`/cases/${caseId}`)).body;
    for (const row of view.matrix) recipient[slugs[ids.indexOf(row.organisationId)]] = row.recipientId;
    browser = await launchChromium();
    clearScreenshots(/^uppfoljning-.*\.png$/);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Stockholm' });
    page.setDefaultTimeout(10000);
  }, 120000);
  afterAll(async () => {
    process.stdout.write(`[webb] axe (WCAG 2.1 AA, allvarliga och kritiska) per sidläge: ${axeCounts.join('; ')}\n`);
    await browser?.close();
    await app?.close();
  });

  /** axe at 1280 px and at 390 px (no sideways scrolling of the page there), with a screenshot of each. */
  async function check(name: string) {
    await page.locator('h1').first().waitFor();
    for (const [width, height] of [[1280, 900], [390, 844]]) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `uppfoljning-${name}-${width}`);
      const violations = await seriousViolations(page);
      axeCounts.push(`${name} ${width}px: ${violations.length}`);
      expect({ page: name, width, violations }).toEqual({ page: name, width, violations: [] });
      if (width === 390) expect({ page: name, sideways: await page.evaluate<boolean>('document.documentElement.scrollWidth > 390') }).toEqual({ page: name, sideways: false });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  const signIn = (email: string) => signInAs(page, app.baseUrl, email);

  it('shows the officer the planned reminders, and KSL each recipient’s reminders in the matrix, also after an extension', async () => {
    await signIn('handlaggare@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${recipient.ekero}`);
    const section = page.getByRole('region', { name: 'Påminnelser' });
    await section.getByText(/0 skickade, \d+ planerade\./).waitFor();
    await section.getByRole('row', { name: /14 dagar före svarsdagen.*15 maj 2013.*Planerad/ }).waitFor();
    await check('paminnelser-handlaggare');

    app.clock.set('2013-04-10T09:00:00+02:00');
    const asked = await (await app.as('handlaggare@ekero.example.se')).post(`/recipients/${recipient.ekero}/extension-requests`, { requestedDate: '2013-06-14', reason: 'Nämnden sammanträder i juni.' });
    expect((await ksl.post(`/extension-requests/${asked.body.extensionRequestId}/grant`, { comment: 'Beviljas.' })).status).toBe(200);
    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${caseId}`);
    const row = page.getByRole('row', { name: /Ekerö kommun/ });
    await row.getByText('Visa påminnelser till Ekerö kommun').click();
    const list = row.getByRole('list', { name: 'Påminnelser till Ekerö kommun' });
    await list.getByText(/ersatt .*flyttades till 2013-06-14 \(anstånd\)/).first().waitFor();
    await list.getByText(/Inför svarsdagen: planerad/).first().waitFor();
    await check('paminnelser-matris');
  });

  it('shows a decision’s outcome in the matrix after a “not adopt” and its receipt, and the compilation’s totals', async () => {
    const rec = await caseOnRecommendation(app, ksl, ['danderyd', 'nacka', 'salem'], { danderyd: { position: 'avstyrker', text: 'Danderyd avstyrker.' } });
    app.clock.set('2013-09-26T10:00:00+02:00');
    const secretary = await app.as('namndsekreterare@danderyd.example.se');
    const documentId = await uploadExtract(secretary, 'Protokollsutdrag KF § 12');
    const decided = await secretary.post(`/recipients/${rec.recipient.danderyd}/decisions`, {
      bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-09-23', paragraph: '§ 12', outcome: 'notAdopt', text: 'Fullmäktige antar inte överenskommelsen.', justeringDate: '2013-09-25', documentId,
    });
    expect(decided.status).toBe(201);
    expect((await secretary.post(`/recipients/${rec.recipient.danderyd}/dispatch`, {})).status).toBe(201);
    expect((await ksl.post(`/recipients/${rec.recipient.danderyd}/receipt`, {})).status).toBe(200);
    const row = (await ksl.get(`/cases/${rec.caseId}`)).body.matrix.find((r: { recipientId: string }) => r.recipientId === rec.recipient.danderyd);
    expect(row).toMatchObject({ state: 'received', outcome: 'notAdopt', decision: { outcome: 'notAdopt', bodyName: 'Kommunfullmäktige', paragraph: '§ 12', immediate: false } });

    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}`);
    const line = page.getByRole('table', { name: /Rekommendation/ }).getByRole('row', { name: /Danderyds kommun/ });
    await line.getByText('Kommunfullmäktige 23 september 2013 § 12: antar inte').waitFor();
    await line.getByText('Mottagen').waitFor();
    await check('matris-beslut');

    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}/omgangar/${rec.roundId}/sammanstallning`);
    const totals = page.getByRole('region', { name: 'Summering' });
    await totals.getByText('1 av 3, varav 0 efter sista dag').waitFor();
    await totals.getByRole('list', { name: 'Beslut per utfall' }).getByText('Antar inte: 1').waitFor();
    await check('sammanstallning-summering');
    const remissRound = (await ksl.get(`/cases/${rec.caseId}`)).body.rounds.find((r: { kind: string }) => r.kind === 'remiss').id;
    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}/omgangar/${remissRound}/sammanstallning`);
    await page.getByRole('region', { name: 'Summering' }).getByRole('list', { name: 'Ställningstaganden' }).getByText('Avstyrker: 1').waitFor();
    await page.getByRole('region', { name: 'Summering' }).getByText('2, varav 0 försenade').waitFor();
  });

  it('shows in-app notifications in the header and on their page, and marks them read', async () => {
    await signIn('handlaggare@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/start`);
    // a new remiss and a granted extension (the first test) are unread
    const bell = page.getByRole('banner').getByRole('button', { name: /Aviseringar\s*2 olästa/ });
    await bell.waitFor();
    await bell.click();
    expect(await bell.getAttribute('aria-expanded')).toBe('true');
    const latest = page.getByRole('list', { name: 'Senaste aviseringar' });
    await latest.getByRole('link', { name: 'Ny remiss från Kommunförbundet Stockholms län' }).waitFor();
    await check('aviseringar-klocka');
    await latest.getByRole('link', { name: 'Anstånd beviljat' }).click();
    await page.waitForURL(`**/app/mina-remisser/${recipient.ekero}`);
    await page.getByRole('banner').getByRole('button', { name: /Aviseringar\s*1 olästa/ }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: /Aviseringar/ }).click();
    await page.getByRole('link', { name: 'Alla aviseringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aviseringar' }).waitFor();
    const list = page.getByRole('list', { name: 'Aviseringar' });
    await list.getByText('Remiss om kollektivtrafik. Ny sista dag: fredag 14 juni 2013.').waitFor();
    await check('aviseringar-sida');
    await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
    await page.getByRole('status').filter({ hasText: '1 avisering markerad som läst' }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: /^\W*Aviseringar$/ }).waitFor();
    expect((await (await app.as('handlaggare@ekero.example.se')).get('/notifications/unread-count')).body).toEqual({ unread: 0 });
  });

  it('gives the deadlines’ calendar feed a page: the address to copy, Outlook and Google steps, renewal for the secretariat', async () => {
    await signIn('handlaggare@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/kalender`);
    const own = (await (await app.as('handlaggare@ekero.example.se')).get('/calendar/feed-url')).body.url;
    expect(await page.getByLabel('Adress till kalendern').inputValue()).toBe(own);
    await page.getByRole('heading', { name: 'Så lägger du till kalendern i Outlook' }).waitFor();
    expect(await page.getByRole('button', { name: 'Byt adress' }).count()).toBe(0); // an officer cannot renew it
    await check('kalender-handlaggare');

    await signIn('kansli@ksl.se');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await page.goto(`${app.baseUrl}/app/kalender`);
    const before = await page.getByLabel('Adress till kalendern').inputValue();
    await page.getByRole('button', { name: 'Kopiera adressen' }).click();
    await page.getByRole('status').filter({ hasText: 'Adressen är kopierad' }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(before);
    // the feed's address is under PUBLIC_URL; ask the test's own server
    const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, app.baseUrl);
    expect((await fetch(local(before))).status).toBe(200);
    await page.getByRole('button', { name: 'Byt adress' }).click();
    await check('kalender-byt-bekrafta');
    await page.getByRole('button', { name: 'Ja, byt adress' }).click();
    await page.getByRole('status').filter({ hasText: 'Kalenderadressen är bytt' }).waitFor();
    // the page reloads the address after the renewal (polled from here: the UI's CSP forbids evaluated strings)
    const field = page.getByLabel('Adress till kalendern');
    let after = await field.inputValue();
    for (let i = 0; i < 100 && after === before; i += 1) {
      await page.waitForTimeout(100);
      after = await field.inputValue();
    }
    expect(after).not.toBe(before);
    expect((await fetch(local(before))).status).toBeGreaterThanOrEqual(400);
    expect((await fetch(local(after))).status).toBe(200);
    await check('kalender-bytt');
  });

  it('lets a municipality assign a remiss to a named officer, shown on the officer’s start page and inbox', async () => {
    await signIn('kansli@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${recipient.ekero}`);
    const form = page.getByRole('form', { name: 'Tilldela handläggare' });
    await form.getByLabel('Handläggare').selectOption({ label: 'Handläggare Ekerö kommun (handläggare)' });
    await check('tilldela');
    await form.getByRole('button', { name: 'Spara handläggare' }).click();
    await page.getByRole('status').filter({ hasText: 'Remissen är tilldelad Handläggare Ekerö kommun' }).waitFor();
    await page.getByText('Tilldelad Handläggare Ekerö kommun.').waitFor();

    await signIn('handlaggare@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/start`);
    await page.getByRole('list', { name: /Öppna uppgifter/ }).getByText(/Remiss om kollektivtrafik, från Kommunförbundet Stockholms län – tilldelad dig/).waitFor();
    await check('start-tilldelad');
    await page.goto(`${app.baseUrl}/app/mina-remisser`);
    await page.getByLabel('Visa').selectOption({ label: 'Tilldelade mig' });
    await page.getByRole('row', { name: /Remiss om kollektivtrafik.*Handläggare Ekerö kommun/ }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // the header and the one assigned
    await check('mina-remisser-tilldelade');
    await page.getByLabel('Visa').selectOption({ label: 'Våra tidigare svar och beslut' });
    await page.getByText('Ni har inte svarat eller beslutat om något ännu.').waitFor();
  });

  it('groups the same event for many recipients into one history line, and helps on each step', async () => {
    const view = (await ksl.get(`/cases/${caseId}`)).body;
    app.clock.set('2013-06-20T10:00:00+02:00');
    expect((await ksl.post(`/cases/${caseId}/rounds/close`, { roundId: view.rounds[0].id })).status).toBe(200);
    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${caseId}`);
    const help = page.getByRole('complementary', { name: 'Om det här steget' });
    await help.getByText(/Remissomgången är stängd\. Läs sammanställningen/).waitFor();
    const history = page.getByRole('region', { name: 'Händelser' });
    // the three recipients' "round closed" are one line with the count, their names behind "Visa vilka"
    const line = history.getByRole('listitem').filter({ hasText: 'Omgången stängdes (3 mottagare)' });
    expect(await line.count()).toBe(1);
    await line.getByText('Visa vilka').click();
    for (const name of ['Botkyrka kommun', 'Ekerö kommun', 'Tyresö kommun']) await line.getByText(new RegExp(name)).waitFor();
    await check('historik-grupperad');
    // the municipality's page helps on its step too
    await signIn('handlaggare@tyreso.example.se');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${recipient.tyreso}`);
    await page.getByRole('complementary', { name: 'Om det här steget' }).getByText('Remissomgången är stängd. Inga fler svar tas emot.').waitFor();
    await check('hjalp-mottagare');
  });
});
