import { Browser, Page } from 'playwright-core';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn as signInAs } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * The web UI in Debian's Chromium against the real API and worker: the main story from the remiss to the
 * dispatched decision, axe-core on every page, keyboard use, and the case page's render time with 26 recipients.
 */
jest.setTimeout(60000);

describe('the web UI in a browser', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let ksl: ApiClient;
  let caseUrl = '';
  const pages: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    browser = await launchChromium();
    clearScreenshots(/^\d{2}-.*\.png$/);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    page.setDefaultTimeout(10000);
  }, 60000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Every page the story visits: a screenshot and no serious or critical axe violation. */
  async function check(name: string) {
    await page.locator('h1').first().waitFor();
    await screenshot(page, `${String(pages.length + 1).padStart(2, '0')}-${name}`);
    pages.push(name);
    expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
  }

  const signIn = (email: string) => signInAs(page, app.baseUrl, email);

  async function go(link: string) {
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link }).click();
  }

  it('signs in with the keyboard only, shows a Swedish error for a wrong password and a visible focus', async () => {
    await page.goto(`${app.baseUrl}/`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    await check('logga-in');
    // The page's h1 has focus after loading, so the first Tab reaches the e-mail field.
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('H1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>(`document.activeElement.getAttribute('type')`)).toBe('email');
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
    await page.keyboard.type('kansli@ksl.se');
    await page.keyboard.press('Tab');
    await page.keyboard.type('fel-lösenord');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Fel e-postadress eller lösenord.' }).waitFor();
    expect(await page.getByLabel('E-postadress').inputValue()).toBe('kansli@ksl.se');
    await page.getByLabel('Lösenord').fill('remiss');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Ärenden', level: 1 }).waitFor();
    await check('arenden-tom');
  });

  it('the secretariat opens a case, uploads a draft and sends the remiss to three municipalities', async () => {
    await page.getByRole('link', { name: 'Nytt ärende' }).click();
    await page.getByLabel('Rubrik').fill('Överenskommelse om nyanlända');
    await page.getByLabel('Diarienummer (valfritt)').fill('KSL/12/0053');
    await check('nytt-arende');
    await page.getByRole('button', { name: 'Öppna ärendet' }).click();
    await page.getByRole('heading', { name: 'Överenskommelse om nyanlända' }).waitFor();
    await page.getByRole('button', { name: 'Börja ta fram förslaget' }).click();
    const upload = page.getByRole('form', { name: 'Ny version av förslaget' });
    await upload.getByLabel('Titel').fill('Förslag, version 1');
    await upload.getByLabel('Fil').setInputFiles({ name: 'Förslag.pdf', mimeType: 'application/pdf', buffer: pdf('utkast') });
    await upload.getByRole('button', { name: 'Ladda upp' }).click();
    await page.getByRole('cell', { name: 'Förslag, version 1' }).waitFor();
    caseUrl = page.url();

    await page.getByRole('button', { name: 'Skicka på remiss' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skicka på remiss' });
    await dialog.getByLabel('Sista svarsdag').fill('2013-05-01');
    await dialog.getByText(/Närmaste vardag är .*2 maj 2013/).waitFor();
    await dialog.getByLabel('Ämne (valfritt)').fill('Remiss: överenskommelse om nyanlända');
    await dialog.getByLabel('Meddelande (valfritt)').fill('Svara senast den 2 maj. Frågor till kansliet.');
    expect(await dialog.getByLabel('Dokument som skickas').locator('option:checked').innerText()).toBe('Förslag, version 1 (version 1)');
    await check('skicka-remiss-dialog');
    await dialog.getByRole('button', { name: 'Skicka remissen' }).click();
    await dialog.getByText(/Mottagare:/).waitFor(); // no recipients chosen: the error sits by the list
    expect(await dialog.getByLabel('Sista svarsdag').inputValue()).toBe('2013-05-01'); // nothing typed is lost
    for (const name of ['Ekerö kommun', 'Tyresö kommun', 'Danderyds kommun']) await dialog.getByLabel(name, { exact: true }).check();
    // The check step says what will happen; a deadline on a holiday must be confirmed with the checkbox.
    await dialog.getByRole('button', { name: 'Skicka remissen' }).click();
    await dialog.getByText(/^Skicka remissen till 3 kommuner med sista dag 1 maj 2013 \(.+\)\.$/).waitFor();
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe('Kontrollera innan du fortsätter');
    expect(await dialog.locator('.summary').innerText()).toContain('Danderyds kommun, Ekerö kommun, Tyresö kommun');
    await check('skicka-remiss-kontroll');
    await dialog.getByRole('button', { name: 'Bekräfta och skicka remissen' }).click();
    await dialog.getByText('Kryssa i rutan för att bekräfta, eller välj Ändra.').waitFor();
    expect((await ksl.get('/cases')).body.items.filter((c: { state: string }) => c.state === 'onRemiss')).toHaveLength(0); // nothing sent yet
    await dialog.getByRole('button', { name: 'Ändra' }).click();
    await dialog.getByRole('button', { name: /Använd .*2 maj 2013/ }).click();
    expect(await dialog.getByLabel('Sista svarsdag').inputValue()).toBe('2013-05-02');
    await dialog.getByRole('button', { name: 'Skicka remissen' }).click();
    await dialog.getByText('Skicka remissen till 3 kommuner med sista dag 2 maj 2013.').waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(0); // a working day and time enough: nothing to confirm
    await dialog.getByRole('button', { name: 'Bekräfta och skicka remissen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const done = page.getByRole('status').filter({ hasText: 'Remissen är skickad' });
    await done.getByText('Skickad till 3 kommuner med sista dag 2 maj 2013.', { exact: false }).waitFor();
    expect(await page.evaluate<string>(`document.activeElement.className`)).toBe('done-panel');
    await page.getByRole('table', { name: /Omgång 1: Remiss/ }).getByRole('row').nth(3).waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('På remiss');
    await check('arende-pa-remiss');
  });

  it('a municipality asks for an extension, the secretariat grants it, the municipality sees it and answers', async () => {
    await signIn('handlaggare@ekero.example.se');
    await page.getByRole('heading', { name: 'Mina remisser' }).waitFor();
    await check('mina-remisser');
    await page.getByRole('link', { name: /KSL\/12\/0053/ }).click();
    // What KSL sent, before the answer form: subject, message, the proposal (downloadable) and whom to contact.
    const sent = page.getByRole('region', { name: 'Det här har Kommunförbundet Stockholms län skickat' });
    await sent.getByText('Remiss: överenskommelse om nyanlända').waitFor();
    await sent.getByText('Svara senast den 2 maj. Frågor till kansliet.').waitFor();
    await sent.getByRole('link', { name: 'kansli@ksl.se' }).waitFor();
    const [proposal] = await Promise.all([page.waitForEvent('download'), sent.getByRole('button', { name: 'Förslag, version 1 (version 1)' }).click()]);
    expect(proposal.suggestedFilename()).toBe('Förslag.pdf');
    const answerForm = page.getByRole('form', { name: 'Besvara remissen' });
    expect(await page.evaluate<boolean>(`(() => { const a = document.getElementById('sent-heading'), b = document.getElementById('answer-heading'); return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING); })()`)).toBe(true);
    await answerForm.waitFor();
    const ext = page.getByRole('form', { name: 'Begär anstånd' });
    await ext.getByLabel('Önskad ny sista dag').fill('2013-05-31');
    await ext.getByLabel('Skäl').fill('Ärendet behandlas i socialnämnden först i maj.');
    await check('remiss-kommun');
    await ext.getByRole('button', { name: 'Begär anstånd' }).click();
    await page.getByRole('status').filter({ hasText: 'Anstånd är begärt' }).waitFor();
    await page.getByText('Begärt till 31 maj 2013, väntar på beslut').waitFor();

    await signIn('kansli@ksl.se');
    await go('Anståndsbegäranden');
    await page.getByRole('heading', { name: /Ekerö kommun: anstånd till 31 maj 2013/ }).waitFor();
    await check('anstandsbegaranden');
    await page.getByRole('form', { name: /Bevilja anstånd för Ekerö/ }).getByRole('button', { name: 'Bevilja' }).click();
    await page.getByText('Bevilja Ekerö kommun anstånd till 31 maj 2013.').waitFor();
    await check('bevilja-kontroll');
    await page.getByRole('button', { name: 'Bekräfta och bevilja' }).click();
    await page.getByRole('status').filter({ hasText: 'Anstånd beviljat för Ekerö kommun' }).waitFor();
    await page.getByText('Inga anståndsbegäranden.').waitFor();

    await signIn('handlaggare@ekero.example.se');
    await page.getByText('(anstånd, ursprungligen 2 maj 2013)').waitFor();
    expect(await page.getByRole('row', { name: /KSL\/12\/0053/ }).innerText()).toContain('31 maj 2013');
    await page.getByRole('link', { name: /KSL\/12\/0053/ }).click();
    const answer = page.getByRole('form', { name: 'Besvara remissen' });
    await answer.getByLabel('Ställningstagande').selectOption('tillstyrker');
    await answer.getByRole('button', { name: 'Skicka svaret' }).click();
    // Every error at once in the summary at the top, each a link to its field; the field's own error beside it.
    const summary = answer.getByRole('alert').filter({ hasText: 'Det finns problem' });
    await summary.getByRole('link', { name: 'Yttrande: skriv ert yttrande' }).waitFor();
    expect(await page.evaluate<string>('document.activeElement.className')).toBe('error-summary');
    await summary.getByRole('link', { name: 'Yttrande: skriv ert yttrande' }).click();
    expect(await page.evaluate<string>('document.activeElement.tagName')).toBe('TEXTAREA');
    await answer.locator('.field-error').getByText('skriv ert yttrande').waitFor();
    expect(await answer.getByLabel('Ställningstagande').inputValue()).toBe('tillstyrker');
    await answer.getByLabel('Yttrande', { exact: true }).fill('Ekerö kommun tillstyrker förslaget.');
    expect(await answer.locator('.field-error, .error-summary').count()).toBe(0); // fixed: the error is gone
    await answer.getByLabel('Ert diarienummer (valfritt)').fill('KS13/250-133');
    await answer.getByLabel('Bifoga yttrandet som fil (valfritt)').setInputFiles({ name: 'Yttrande.pdf', mimeType: 'application/pdf', buffer: pdf('svar') });
    await answer.getByRole('button', { name: 'Skicka svaret' }).click();
    await page.getByRole('status').filter({ hasText: 'Svaret är skickat' }).waitFor();
    await page.getByText('Tillstyrker, inkom 1 februari 2013').waitFor();
    await page.getByRole('list', { name: 'Bifogat till ert svar' }).getByRole('button', { name: 'Remissvar Yttrande.pdf' }).waitFor();
    // A correction opens with the current answer filled in.
    expect(await page.getByRole('form', { name: 'Rätta remissvaret' }).getByLabel('Yttrande', { exact: true }).inputValue()).toBe('Ekerö kommun tillstyrker förslaget.');
    await check('remiss-besvarad');
  });

  it('the matrix shows the answer and the extension; the compilation offers CSV and DOCX', async () => {
    await signIn('kansli@ksl.se');
    await page.goto(caseUrl);
    const ekero = page.getByRole('row', { name: /Ekerö kommun/ });
    await ekero.getByText('Tillstyrker').waitFor();
    const text = await ekero.innerText();
    expect(text).toContain('Besvarad');
    expect(text).toContain('Anstånd beviljat');
    expect(text).toContain('31 maj 2013');
    expect(text).toContain('Remissvar Yttrande.pdf');
    await page.getByRole('link', { name: /Sammanställning omgång 1/ }).click();
    await page.getByRole('heading', { name: 'Sammanställning, omgång 1' }).waitFor();
    // The municipality's attachment is in KSL's compilation, and opens.
    const attachment = page.getByRole('table', { name: 'Svar i omgång 1' }).getByRole('row', { name: /Ekerö kommun/ }).getByRole('button', { name: 'Remissvar Yttrande.pdf' });
    const [file] = await Promise.all([page.waitForEvent('download'), attachment.click()]);
    expect(file.suggestedFilename()).toBe('Yttrande.pdf');
    await check('sammanstallning');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('sammanstallning-1.csv');
    for (const link of ['Diarium', 'Utskick']) {
      await go(link);
      await page.getByRole('heading', { name: link, level: 1 }).waitFor();
      await check(link.toLowerCase());
    }
  });

  it('a committee secretary registers the decision on the recommendation and dispatches it', async () => {
    const view = await ksl.get(`/cases/${caseUrl.split('/').pop()}`);
    const caseId = view.body.id;
    expect((await ksl.post(`/cases/${caseId}/rounds/close`, { roundId: view.body.rounds[0].id })).status).toBe(200);
    const adjusted = await ksl.upload({ name: 'Justerat.pdf', type: 'application/pdf', content: pdf('justerat') }, { kind: 'adjusted', title: 'Justerat förslag' });
    expect((await ksl.post(`/cases/${caseId}/adjusted-proposal`, { documentId: adjusted.body.id })).status).toBe(200);
    expect((await ksl.post(`/cases/${caseId}/ready`)).status).toBe(200);
    app.clock.set('2013-06-05T09:00:00+02:00');
    const sent = await ksl.post(`/cases/${caseId}/recommendations`, { deadline: '2013-11-15', organisationIds: [await app.organisationId('ekero')] });
    expect(sent.status).toBe(201);
    app.clock.set('2013-09-26T10:00:00+02:00');

    await signIn('namndsekreterare@ekero.example.se');
    await page.getByRole('row', { name: /Rekommendation/ }).getByRole('link').click();
    // First the committee's decision (not final), with the committee's extract.
    let form = page.getByRole('form', { name: 'Registrera beslut' });
    await form.getByLabel('Organets namn').fill('Socialnämnden');
    await form.getByLabel('Sammanträdesdatum').fill('2013-09-12');
    await form.getByLabel('Paragraf').fill('§ 130');
    await form.getByLabel('Beslut', { exact: true }).selectOption('adopt');
    await form.getByLabel('Beslutstext').fill('Socialnämnden föreslår kommunfullmäktige att anta överenskommelsen.');
    await form.getByLabel('Omedelbar justering').check();
    await form.getByLabel('Slutligt beslut (på delegation)').uncheck();
    await form.getByLabel('Protokollsutdrag').setInputFiles({ name: 'Utdrag SN 130.pdf', mimeType: 'application/pdf', buffer: pdf('§ 130') });
    await check('registrera-beslut');
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Registrera beslutet Socialnämnden 12 september 2013 § 130.').waitFor();
    await check('registrera-beslut-kontroll');
    await page.getByRole('button', { name: 'Bekräfta och registrera beslutet' }).click();
    const registered = page.getByRole('status').filter({ hasText: 'Beslutet är registrerat' });
    await registered.getByText('Socialnämnden 12 september 2013 § 130: Antar.').waitFor();
    await registered.getByText('Protokollsutdrag: Utdrag SN 130.pdf.').waitFor();
    expect(await page.evaluate<string>(`document.activeElement.className`)).toBe('done-panel');
    // The form is empty again: no values and no file carried over to the council's decision.
    form = page.getByRole('form', { name: 'Registrera beslut' });
    expect(await form.getByLabel('Organets namn').inputValue()).toBe('');
    expect(await form.getByLabel('Paragraf').inputValue()).toBe('');
    expect(await form.getByLabel('Beslutstext').inputValue()).toBe('');
    expect(await form.getByLabel('Protokollsutdrag').evaluate((el) => (el as unknown as { files: { length: number } }).files.length)).toBe(0);
    await check('registrera-beslut-klart');
    await form.getByLabel('Beslutande organ').selectOption('council');
    await form.getByLabel('Organets namn').fill('Kommunfullmäktige');
    await form.getByLabel('Sammanträdesdatum').fill('2013-09-25');
    await form.getByLabel('Paragraf').fill('§ 95');
    await form.getByLabel('Beslutstext').fill('Kommunfullmäktige antar överenskommelsen.');
    await form.getByLabel('Omedelbar justering').check();
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Inget (krävs för att kunna expediera)').waitFor(); // the committee's extract is not reused
    await page.getByRole('button', { name: 'Ändra' }).click();
    await form.getByLabel('Protokollsutdrag').setInputFiles({ name: 'Utdrag KF 95.pdf', mimeType: 'application/pdf', buffer: pdf('§ 95') });
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByRole('button', { name: 'Bekräfta och registrera beslutet' }).click();
    await page.getByRole('status').filter({ hasText: 'Kommunfullmäktige 25 september 2013 § 95: Antar, slutligt beslut.' }).waitFor();
    const dispatch = page.getByRole('form', { name: 'Expediera beslutet' });
    await dispatch.getByRole('button', { name: 'Expediera' }).click();
    await page.getByText('Expediera Kommunfullmäktige 25 september 2013 § 95 till Kommunförbundet Stockholms län.').waitFor();
    await check('expediera-kontroll');
    await page.getByRole('button', { name: 'Bekräfta och expediera' }).click();
    await page.getByRole('status').filter({ hasText: 'Beslutet är expedierat' }).waitFor();
    await page.getByText(/Expedierat 26 september 2013/).waitFor();
    await check('beslut-expedierat');
    const extracts: Array<{ title: string; filename: string }> = await app.ds.query(
      `SELECT d.title, d.filename FROM decisions x JOIN documents d ON d.id = x.document_id WHERE x.recipient_id = $1 ORDER BY x.meeting_date`,
      [await (async () => {
        const view = (await ksl.get(`/cases/${caseId}`)).body;
        const recommendation = view.rounds.find((r: { kind: string }) => r.kind === 'recommendation').id;
        return view.matrix.find((r: { roundId: string }) => r.roundId === recommendation).recipientId;
      })()],
    );
    expect(extracts.map((e) => e.filename)).toEqual(['Utdrag SN 130.pdf', 'Utdrag KF 95.pdf']);

    await signIn('kansli@ksl.se');
    await page.goto(caseUrl);
    await page.getByRole('table', { name: /Rekommendation/ }).getByText(/25 september 2013 § ?95/).waitFor();
    await page.getByRole('link', { name: 'Partsregister' }).click();
    await page.getByRole('heading', { name: /Partsregister/ }).waitFor();
    await check('partsregister');
  });

  it('renders the case page with 26 recipients (time printed, not asserted)', async () => {
    const created = await ksl.post('/cases', { title: 'Remiss till alla 26 kommuner' });
    const id = created.body.id;
    await ksl.post(`/cases/${id}/start-drafting`);
    const doc = await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('26') }, { kind: 'draft', title: 'Förslag' });
    await ksl.post(`/cases/${id}/drafts`, { documentId: doc.body.id });
    const groups = await ksl.get('/groups');
    const all = groups.body.items.find((g: { slug: string }) => g.slug === 'alla-kommuner');
    expect((await ksl.post(`/cases/${id}/rounds`, { deadline: '2013-12-20', groupIds: [all.id] })).body.recipients).toBe(26);

    const rows = page.getByRole('table', { name: /Omgång 1: Remiss/ }).locator('tbody tr');
    let started = Date.now();
    await page.goto(`${app.baseUrl}/app/arenden/${id}`);
    await rows.nth(25).waitFor();
    const fullLoad = Date.now() - started;
    await go('Ärenden');
    await page.getByRole('link', { name: 'Remiss till alla 26 kommuner' }).waitFor();
    started = Date.now();
    await page.getByRole('link', { name: 'Remiss till alla 26 kommuner' }).click();
    await rows.nth(25).waitFor();
    const inApp = Date.now() - started;
    expect(await rows.count()).toBe(26);
    await check('arende-26-kommuner');
    process.stdout.write(`[webb] ärendesidan med 26 remissinstanser: ${fullLoad} ms vid sidladdning, ${inApp} ms vid navigering i appen\n`);
  });
});
