import { Browser, Page } from 'playwright-core';
import { caseOnRecommendation, RecommendationCase } from '../integration/support/recommendation-case';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn as signInAs } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * Feedback and flow in Debian's Chromium: error summaries linked to their fields, plain Swedish errors (also the
 * API's own 409), the Swedish date calendar and file button, keyboard-only answer and decision forms with focus on
 * the confirmation, "Justerad omedelbart", the compilation's "Inget svar (omgången stängd)", the case page's summary
 * line with a sortable and filterable matrix, print styles, the start page; axe-core on every state at 1280 and 390 px.
 */
jest.setTimeout(90000);

const SLUGS = ['botkyrka', 'danderyd', 'ekero', 'haninge', 'nacka', 'tyreso'];

describe('feedback and flow in the web UI', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let ksl: ApiClient;
  let rec: RecommendationCase;
  let remissCaseId = '';
  const axeCounts: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    rec = await caseOnRecommendation(app, ksl, SLUGS, { ekero: { position: 'tillstyrker', text: 'Ekerö kommun tillstyrker.' } });
    // A second case on remiss (clock 2013-06-05), deadline 30 September, to Ekerö and Tyresö.
    remissCaseId = (await ksl.post('/cases', { title: 'Remiss om kollektivtrafik' })).body.id;
    await ksl.post(`/cases/${remissCaseId}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('trafik') }, { kind: 'draft', title: 'Trafikförslag' });
    await ksl.post(`/cases/${remissCaseId}/drafts`, { documentId: doc.body.id });
    const ids = await Promise.all(['ekero', 'tyreso'].map((s) => app.organisationId(s)));
    expect((await ksl.post(`/cases/${remissCaseId}/rounds`, { deadline: '2013-09-30', organisationIds: ids })).status).toBe(201);
    browser = await launchChromium();
    clearScreenshots(/^flode-.*\.png$/);
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
      await screenshot(page, `flode-${name}-${width}`);
      const violations = await seriousViolations(page);
      axeCounts.push(`${name} ${width}px: ${violations.length}`);
      expect({ page: name, width, violations }).toEqual({ page: name, width, violations: [] });
      if (width === 390) expect({ page: name, sideways: await page.evaluate<boolean>('document.documentElement.scrollWidth > 390') }).toEqual({ page: name, sideways: false });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  const signIn = (email: string) => signInAs(page, app.baseUrl, email);
  const active = (expr: string) => page.evaluate<string>(`(() => { const el = document.activeElement; return String(${expr}); })()`);

  /** Presses Tab until the focused element matches the selector, or has the text given (keyboard only), at most 80 times. */
  async function tabTo(selector: string, text?: string) {
    const test = `(() => { const el = document.activeElement; return !!el && el.matches(${JSON.stringify(selector)}) && (${JSON.stringify(text ?? null)} === null || el.textContent === ${JSON.stringify(text ?? '')}); })()`;
    for (let i = 0; i < 80; i += 1) {
      if (await page.evaluate<boolean>(test)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab nådde aldrig ${selector} ${text ?? ''}`);
  }

  async function recipientOf(caseId: string, org: string, kind: 'remiss' | 'recommendation'): Promise<string> {
    const view = (await ksl.get(`/cases/${caseId}`)).body;
    // Matrix rows carry their round's id; the round carries its kind.
    const roundIds = new Set(view.rounds.filter((r: { kind: string }) => r.kind === kind).map((r: { id: string }) => r.id));
    return view.matrix.find((r: { organisationName: string; roundId: string }) => r.organisationName === org && roundIds.has(r.roundId)).recipientId;
  }

  it('KSL sees where each round stands in one line, sorts and filters the matrix; the compilation never says "Avslutad"', async () => {
    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}`);
    await page.getByText('Omgång 1: 1 av 6 har svarat, 0 anstånd, 0 försenade').waitFor();
    await page.getByText('Omgång 2: 0 av 6 har beslutat, 0 anstånd, 0 försenade').waitFor();
    const remissTable = page.getByRole('table', { name: /Omgång 1: Remiss/ });
    expect(await remissTable.getByRole('row', { name: /Tyresö kommun/ }).getByRole('cell').first().innerText()).toBe('Inget svar (omgången stängd)');
    expect(await remissTable.getByRole('row', { name: /Ekerö kommun/ }).getByRole('cell').first().innerText()).toBe('Besvarad (omgången stängd)');
    expect(await remissTable.getByText('Avslutad', { exact: true }).count()).toBe(0);
    await check('arende-sammanfattning');

    // Sort by name, descending; then only those who answered; then a search by name.
    const names = () => remissTable.locator('tbody th').allInnerTexts();
    await remissTable.getByRole('button', { name: 'Remissinstans' }).click();
    expect(await names()).toEqual(['Tyresö kommun', 'Nacka kommun', 'Haninge kommun', 'Ekerö kommun', 'Danderyds kommun', 'Botkyrka kommun']);
    expect(await remissTable.getByRole('columnheader', { name: 'Remissinstans' }).getAttribute('aria-sort')).toBe('descending');
    const round1 = page.locator('.round').first();
    await round1.getByLabel('Visa').selectOption({ label: 'Har svarat' });
    expect(await names()).toEqual(['Ekerö kommun']);
    await round1.getByText('Visar 1 av 6').waitFor();
    await round1.getByLabel('Visa').selectOption({ label: 'Alla' });
    await round1.getByLabel('Sök mottagare').fill('dand');
    expect(await names()).toEqual(['Danderyds kommun']);
    await check('matris-filtrerad');
    await round1.getByLabel('Sök mottagare').fill('');

    // Printed: no navigation, buttons or filters; every row of the matrix.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await round1.locator('.matrix-tools').isVisible()).toBe(false);
    expect(await remissTable.locator('tbody tr').count()).toBe(6);
    expect(await remissTable.isVisible()).toBe(true);
    await screenshot(page, 'flode-arende-utskrift');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Sammanställning omgång 1 (remiss)' }).click();
    const compilation = page.getByRole('table', { name: 'Svar i omgång 1' });
    expect(await compilation.getByRole('row', { name: /Nacka kommun/ }).getByRole('cell').first().innerText()).toBe('Inget svar (omgången stängd)');
    expect(await compilation.getByText('Avslutad', { exact: true }).count()).toBe(0);
    await check('sammanstallning');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Ladda ner CSV' }).isVisible()).toBe(false);
    expect(await compilation.locator('tbody tr').count()).toBe(6);
    await page.emulateMedia({ media: 'screen' });
  });

  it('the officer completes the answer form with the keyboard only: a linked error summary, Swedish calendar and file button, focus on the confirmation', async () => {
    await signIn('handlaggare@ekero.example.se');
    const recipientId = await recipientOf(remissCaseId, 'Ekerö kommun', 'remiss');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${recipientId}`);
    const answer = page.getByRole('form', { name: 'Besvara remissen' });
    await answer.waitFor();
    // The file input is labelled in Swedish even in an English browser.
    await answer.getByText('Välj fil', { exact: true }).waitFor();
    await answer.getByText('Ingen fil vald').waitFor();

    // Send with nothing filled in: both errors at once at the top, focus on the summary, each a link to its field.
    await tabTo('form[aria-labelledby="answer-heading"] button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = answer.locator('.error-summary');
    await summary.waitFor();
    expect(await active('el.className')).toBe('error-summary');
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Ställningstagande: välj ett ställningstagande', 'Yttrande: skriv ert yttrande']);
    await check('svar-fel');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await active('el.getAttribute("data-field")')).toBe('position');
    await page.keyboard.press('ArrowDown'); // "Tillstyrker"
    expect(await answer.getByLabel('Ställningstagande').inputValue()).toBe('tillstyrker');
    // The corrected field's error is gone; the other stays.
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Yttrande: skriv ert yttrande']);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ekerö kommun tillstyrker förslaget om kollektivtrafik.');
    expect(await answer.locator('.error-summary').count()).toBe(0);
    await answer.getByLabel('Bifoga yttrandet som fil (valfritt)').setInputFiles({ name: 'Yttrande trafik.pdf', mimeType: 'application/pdf', buffer: pdf('trafik svar') });
    await answer.getByText('Vald fil: Yttrande trafik.pdf').waitFor();

    // The extension form's calendar: Swedish month, arrows move, Enter picks, Escape closes.
    const ext = page.getByRole('form', { name: 'Begär anstånd' });
    await ext.getByLabel('Önskad ny sista dag').fill('2013-09-30');
    await ext.getByRole('button', { name: 'Välj datum' }).focus();
    await page.keyboard.press('Enter');
    await ext.getByRole('heading', { name: 'september 2013' }).waitFor();
    expect(await active('el.getAttribute("aria-label")')).toBe('måndag 30 september 2013');
    await check('kalender');
    await page.keyboard.press('ArrowRight');
    expect(await active('el.getAttribute("aria-label")')).toBe('tisdag 1 oktober 2013');
    await page.keyboard.press('Enter');
    expect(await ext.getByLabel('Önskad ny sista dag').inputValue()).toBe('2013-10-01');
    expect(await active('el.getAttribute("data-field")')).toBe('requestedDate');
    await ext.getByRole('button', { name: 'Välj datum' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await ext.getByRole('heading', { name: 'oktober 2013' }).count()).toBe(0);
    expect(await active('el.textContent')).toBe('Välj datum');
    expect(await ext.getByLabel('Önskad ny sista dag').getAttribute('type')).toBe('text');

    await tabTo('form[aria-labelledby="answer-heading"] button[type="submit"]');
    await page.keyboard.press('Enter');
    const done = page.getByRole('status').filter({ hasText: 'Svaret är skickat' });
    await done.waitFor();
    expect(await active('el.className')).toBe('done-panel');
    // The correction opens with the current answer filled in.
    const correct = page.getByRole('form', { name: 'Rätta remissvaret' });
    expect(await correct.getByLabel('Ställningstagande').inputValue()).toBe('tillstyrker');
    expect(await correct.getByLabel('Yttrande', { exact: true }).inputValue()).toBe('Ekerö kommun tillstyrker förslaget om kollektivtrafik.');
    await check('svar-klart');
  });

  it("a refused step says in plain Swedish what cannot be done, never the process's codes", async () => {
    const recipientId = await recipientOf(remissCaseId, 'Tyresö kommun', 'remiss');
    await signIn('handlaggare@tyreso.example.se');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${recipientId}`);
    const decline = page.getByRole('form', { name: 'Avstå från att svara' });
    await decline.getByLabel('Skäl till att ni avstår').fill('Berör inte kommunen.');
    // Meanwhile a colleague answers: the page's decline is no longer allowed.
    const tyreso = await app.as('handlaggare@tyreso.example.se');
    expect((await tyreso.post(`/recipients/${recipientId}/answer`, { position: 'avstyrker', text: 'Tyresö avstyrker.' })).status).toBe(201);
    await decline.getByRole('button', { name: 'Avstå från att svara' }).click();
    const error = decline.getByRole('alert');
    await error.getByText('Det går inte att avstå från att svara nu: remissinstansen har status "besvarad".').waitFor();
    expect(await error.innerText()).not.toMatch(/DECLINE|answered|[A-Z]{3,}_/);
    const api = await tyreso.post(`/recipients/${recipientId}/decline`, { reason: 'x' });
    expect({ status: api.status, state: api.body.state, event: api.body.event, accepted: Array.isArray(api.body.acceptedEvents) }).toEqual({ status: 409, state: 'answered', event: 'DECLINE', accepted: true });
    await check('nekat-steg');
  });

  it('the secretary completes the decision form with the keyboard only; the decision reads "Justerad omedelbart" without repeated names', async () => {
    app.clock.set('2013-09-26T10:00:00+02:00');
    await signIn('namndsekreterare@ekero.example.se');
    await page.goto(`${app.baseUrl}/app/mina-remisser/${rec.recipient.ekero}`);
    const form = page.getByRole('form', { name: 'Registrera beslut' });
    await form.waitFor();
    await tabTo('form[aria-labelledby="decision-heading"] button[type="submit"]');
    await page.keyboard.press('Enter');
    expect(await active('el.className')).toBe('error-summary');
    expect(await form.locator('.error-summary').getByRole('link').allInnerTexts()).toEqual([
      'Organets namn: skriv organets namn, t.ex. Socialnämnden',
      'Sammanträdesdatum: skriv ett datum, t.ex. 2013-05-02',
      'Paragraf: skriv paragrafen, t.ex. § 130',
      'Beslutstext: skriv beslutstexten',
      'Justeringsdatum: skriv justeringsdatum, eller markera omedelbar justering',
    ]);
    await check('beslut-fel');
    await tabTo('[data-field="bodyKind"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('Beslutande organ').inputValue()).toBe('council');
    await tabTo('[data-field="bodyName"]');
    await page.keyboard.type('Kommunfullmäktige');
    await tabTo('[data-field="meetingDate"]');
    await page.keyboard.type('2013-09-25');
    await tabTo('[data-field="paragraph"]');
    await page.keyboard.type('§ 95');
    await tabTo('[data-field="text"]');
    await page.keyboard.type('Kommunfullmäktige antar överenskommelsen.');
    await tabTo('#immediate');
    await page.keyboard.press('Space');
    expect(await form.locator('.error-summary').count()).toBe(0);
    await tabTo('form[aria-labelledby="decision-heading"] button[type="submit"]');
    await page.keyboard.press('Enter');
    expect(await active('el.textContent')).toBe('Kontrollera innan du fortsätter');
    const summary = page.locator('.check-answers .summary');
    expect(await summary.innerText()).toContain('Kommunfullmäktige');
    expect(await summary.innerText()).not.toContain('Kommunfullmäktige (');
    expect(await summary.innerText()).toContain('Justerad omedelbart');
    await check('beslut-kontroll');
    await tabTo('button', 'Bekräfta och registrera beslutet');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Beslutet är registrerat' }).waitFor();
    expect(await active('el.className')).toBe('done-panel');
    const list = page.getByRole('region', { name: 'Beslut', exact: true });
    await list.getByText('Kommunfullmäktige 25 september 2013 § 95: Antar. Justerad omedelbart').waitFor();
    expect(await list.innerText()).not.toContain('Kommunfullmäktige (');
    await check('beslut-klart');
    const chain = await (await app.as('namndsekreterare@ekero.example.se')).get(`/recipients/${rec.recipient.ekero}/decisions`);
    expect(chain.body.decisions.map((d: { immediate: boolean; justeringDate: string }) => [d.immediate, d.justeringDate])).toEqual([[true, '2013-09-25']]);
  });

  it('the start page lists my open tasks across cases, overdue first, then by deadline', async () => {
    // A third remiss to Ekerö whose deadline has passed by 26 September.
    app.clock.set('2013-06-05T09:00:00+02:00');
    const late = (await ksl.post('/cases', { title: 'Remiss om bredband' })).body.id;
    await ksl.post(`/cases/${late}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('bredband') }, { kind: 'draft', title: 'Bredband' });
    await ksl.post(`/cases/${late}/drafts`, { documentId: doc.body.id });
    expect((await ksl.post(`/cases/${late}/rounds`, { deadline: '2013-09-02', organisationIds: [await app.organisationId('ekero')] })).status).toBe(201);
    app.clock.set('2013-09-26T10:00:00+02:00');
    await signIn('handlaggare@ekero.example.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Att göra' }).click();
    await page.getByRole('heading', { name: 'Att göra', level: 1 }).waitFor();
    const tasks = page.getByRole('list', { name: /Öppna uppgifter/ }).getByRole('listitem');
    const texts = await tasks.allInnerTexts();
    expect(texts[0]).toContain('Remiss om bredband');
    expect(texts[0]).toContain('24 dagar försenad');
    // The rest in deadline order, nearest first.
    const deadlines = texts.slice(1).map((t) => /Sista dag (.+?)(?: \(|$)/m.exec(t)?.[1]);
    expect(deadlines).toEqual(deadlines.slice().sort((a, b) => isoOf(a).localeCompare(isoOf(b))));
    await check('att-gora');
    await tasks.first().getByRole('link', { name: /Besvara remissen/ }).click();
    await page.getByRole('form', { name: 'Besvara remissen' }).waitFor();
  });
});

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
/** "2 september 2013" → "2013-09-02" for comparing. */
function isoOf(text: string | undefined): string {
  const m = /(\d+) (\p{L}+) (\d{4})/u.exec(text ?? '');
  return m ? `${m[3]}-${String(MONTHS.indexOf(m[2]) + 1).padStart(2, '0')}-${m[1].padStart(2, '0')}` : '';
}
