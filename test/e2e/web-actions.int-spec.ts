import { waitUntil } from '@remiss/testing';
import { Browser, Page } from 'playwright-core';
import { caseOnRecommendation, RecommendationCase, settleOutbox, uploadExtract } from '../integration/support/recommendation-case';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn as signInAs } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * The web UI's further actions in Debian's Chromium: seminar and withdrawal on the case page, decline and correction
 * of an answer, a preparation, the receipt of a dispatched decision, a termination and the mail log; axe-core on each.
 */
jest.setTimeout(60000);

describe('the web UI actions in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let ksl: ApiClient;
  let rec: RecommendationCase;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    rec = await caseOnRecommendation(app, ksl, ['ekero', 'tyreso']);
    browser = await launchChromium();
    clearScreenshots(/^atgard-.*\.png$/);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    page.setDefaultTimeout(10000);
  }, 90000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function check(name: string) {
    await page.locator('h1').first().waitFor();
    await screenshot(page, `atgard-${name}`);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  const signIn = (email: string) => signInAs(page, app.baseUrl, email);

  async function caseOnRemiss(title: string, slugs: string[]): Promise<string> {
    const id = (await ksl.post('/cases', { title })).body.id;
    await ksl.post(`/cases/${id}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf(title) }, { kind: 'draft', title });
    await ksl.post(`/cases/${id}/drafts`, { documentId: doc.body.id });
    const ids = await Promise.all(slugs.map((s) => app.organisationId(s)));
    expect((await ksl.post(`/cases/${id}/rounds`, { deadline: '2013-09-30', organisationIds: ids })).status).toBe(201);
    await settleOutbox(app);
    return id;
  }

  it('the secretariat schedules and holds a seminar, then withdraws the case', async () => {
    const before = app.clock.now().toISOString();
    const id = (await ksl.post('/cases', { title: 'Seminariefallet' })).body.id;
    await ksl.post(`/cases/${id}/start-drafting`);
    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${id}`);
    await page.getByRole('button', { name: 'Planera seminarium' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planera seminarium' });
    await dialog.getByRole('button', { name: 'Planera seminariet' }).click();
    // Both missing fields at once, in plain Swedish, each linked from the summary.
    const summary = dialog.getByRole('alert').filter({ hasText: 'Det finns problem' });
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Datum: skriv ett datum, t.ex. 2013-05-02', 'Plats: skriv var seminariet hålls']);
    await dialog.getByLabel('Datum').fill('2013-06-20');
    await dialog.getByLabel('Plats').fill('KSL, Stockholm');
    await dialog.getByLabel('Inbjudna (valfritt)').fill('Länets kommuner\nRegionen');
    await check('seminarium-dialog');
    await dialog.getByRole('button', { name: 'Planera seminariet' }).click();
    await page.getByText('Status: Seminarium planerat').waitFor();
    // Before its day the seminar cannot be recorded as held: the page warns, and the API refuses with a plain 409.
    await page.getByText(/Seminariet är planerat till 20 juni 2013, KSL, Stockholm \(\d+ dagar kvar\)\. Det kan registreras som genomfört först den dagen\.$/).waitFor();
    expect(await page.getByRole('button', { name: 'Seminariet är genomfört' }).count()).toBe(0);
    await check('seminarium-fore-dagen');
    const early = await ksl.post(`/cases/${id}/seminar/held`);
    expect({ status: early.status, code: early.body.code, message: early.body.message }).toEqual({
      status: 409,
      code: 'SEMINAR.NOT_YET_HELD',
      message: 'Seminariet är planerat till torsdag 20 juni 2013 och kan registreras som genomfört först den dagen. Ändra datumet genom att ställa in seminariet och planera ett nytt.',
    });
    app.clock.set('2013-06-20T15:00:00+02:00');
    await page.reload();
    await page.getByText('Seminariet var planerat till 20 juni 2013.').waitFor();
    await page.getByRole('button', { name: 'Seminariet är genomfört' }).click();
    await page.getByText('Status: Förslag tas fram').waitFor();
    await page.getByRole('button', { name: 'Återkalla ärendet' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Återkalla ärendet' });
    await withdraw.getByLabel('Skäl').fill('Uppdraget har återtagits av styrelsen.');
    await withdraw.getByRole('button', { name: 'Återkalla ärendet' }).click();
    await withdraw.getByText(/^Återkalla ärendet .*Seminariefallet\.$/).waitFor();
    await check('aterkalla-kontroll');
    await withdraw.getByRole('button', { name: 'Bekräfta och återkalla ärendet' }).click();
    await page.getByRole('status').filter({ hasText: 'Ärendet är återkallat' }).waitFor();
    await page.getByText('Status: Återkallat').waitFor();
    expect(await page.getByRole('heading', { name: 'Nästa steg' }).count()).toBe(0);
    app.clock.set(before);
  });

  it('a municipality declines a remiss; another corrects its answer', async () => {
    const id = await caseOnRemiss('Avståendefallet', ['ekero', 'tyreso']);
    await signIn('handlaggare@ekero.example.se');
    await page.getByRole('link', { name: /Avståendefallet/ }).click();
    const decline = page.getByRole('form', { name: 'Avstå från att svara' });
    await decline.getByLabel('Skäl till att ni avstår').fill('Kommunen berörs inte av förslaget.');
    await check('avsta');
    await decline.getByRole('button', { name: 'Avstå från att svara' }).click();
    await page.getByText('Avstår', { exact: true }).waitFor();

    const tyreso = await app.as('handlaggare@tyreso.example.se');
    const row = (await ksl.get(`/cases/${id}`)).body.matrix.find((r: { organisationName: string }) => r.organisationName === 'Tyresö kommun');
    expect((await tyreso.post(`/recipients/${row.recipientId}/answer`, { position: 'avstyrker', text: 'Fel svar.' })).status).toBe(201);
    await signIn('handlaggare@tyreso.example.se');
    await page.getByRole('link', { name: /Avståendefallet/ }).click();
    const correct = page.getByRole('form', { name: 'Rätta remissvaret' });
    await correct.getByLabel('Ställningstagande').selectOption('tillstyrker');
    await correct.getByLabel('Yttrande', { exact: true }).fill('Tyresö kommun tillstyrker förslaget.');
    await check('ratta-svar');
    await correct.getByRole('button', { name: 'Skicka rättelsen' }).click();
    await page.getByText(/^Tillstyrker, inkom/).waitFor();
    expect((await ksl.get(`/cases/${id}`)).body.matrix.find((r: { recipientId: string }) => r.recipientId === row.recipientId).answerVersion).toBe(2);
  });

  it('a committee secretary registers a preparation; KSL registers the receipt of the dispatched decision', async () => {
    app.clock.set('2013-09-26T10:00:00+02:00');
    await signIn('namndsekreterare@ekero.example.se');
    await page.getByRole('row', { name: /Rekommendation/ }).getByRole('link').click();
    const form = page.getByRole('form', { name: 'Registrera beredning' });
    await form.getByLabel('Slag av beredning').selectOption('tjansteutlatande');
    await form.getByLabel('Datum').fill('2013-08-29');
    await form.getByLabel('Upprättad av').fill('Socialkontoret');
    await form.getByLabel('Rubrik').fill('Överenskommelse om nyanlända');
    await check('beredning');
    await form.getByRole('button', { name: 'Registrera beredningen' }).click();
    await page.getByText('Tjänsteutlåtande 29 augusti 2013, Socialkontoret: Överenskommelse om nyanlända').waitFor();

    const secretary = await app.as('namndsekreterare@ekero.example.se');
    const documentId = await uploadExtract(secretary, 'Protokollsutdrag KF § 95');
    const decided = await secretary.post(`/recipients/${rec.recipient.ekero}/decisions`, {
      bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-09-25', paragraph: '§ 95', outcome: 'adopt', text: 'Kommunfullmäktige antar överenskommelsen.', immediate: true, documentId,
    });
    expect(decided.status).toBe(201);
    expect((await secretary.post(`/recipients/${rec.recipient.ekero}/dispatch`, {})).status).toBe(201);
    await settleOutbox(app);

    await signIn('kansli@ksl.se');
    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}`);
    const receipt = page.getByRole('form', { name: 'Mottagande av beslut från Ekerö kommun' });
    // no number to type: the decision was registered at dispatch, the receipt confirms that entry
    expect(await receipt.getByRole('textbox').count()).toBe(0);
    await check('mottagande');
    await receipt.getByRole('button', { name: 'Registrera mottagandet' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Mottagandet av beslutet från Ekerö kommun är registrerat' });
    await done.getByText(/Diarienummer: KSL\/12\/0053-\d+\./).waitFor();
    await page.getByRole('table', { name: /Rekommendation/ }).getByRole('row', { name: /Ekerö kommun/ }).getByText('Mottagen').waitFor();
    expect(await receipt.count()).toBe(0);
    await check('mottagande registrerat');
  });

  it('the secretariat registers a termination on the register of parties and reads the mail log', async () => {
    app.clock.set('2014-01-10T10:00:00+01:00');
    await page.goto(`${app.baseUrl}/app/arenden/${rec.caseId}/parter`);
    const form = page.getByRole('form', { name: 'Registrera uppsägning' });
    await form.getByLabel('Part som säger upp').selectOption({ label: 'Ekerö kommun' });
    await form.getByLabel('Dag då uppsägningen kom fram').fill('2013-12-02');
    await form.getByLabel('Anteckning (valfri)').fill('Uppsägning enligt KF-beslut.');
    await check('uppsagning');
    await form.getByRole('button', { name: 'Registrera uppsägningen' }).click();
    await page.getByRole('row', { name: /Ekerö kommun/ }).getByText('2 september 2014').waitFor();

    await waitUntil(async () => (await app.ds.query(`SELECT count(*)::int AS n FROM mail_log`))[0].n > 0, 10000, 'utskicksloggen');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Utskick' }).click();
    await page.getByRole('table', { name: /\d+ brev/ }).getByRole('link', { name: 'KSL/12/0053' }).first().waitFor();
    await check('utskickslogg');
  });
});
