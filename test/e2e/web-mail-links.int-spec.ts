import { renderMail } from '@remiss/application';
import { MailJobData } from '@remiss/queue';
import { waitForRow } from '@remiss/testing';
import { Browser } from 'playwright-core';
import { settleOutbox, uploadExtract } from '../integration/support/recommendation-case';
import { clearScreenshots, launchChromium, screenshot, seriousViolations } from '../support/browser';
import { ApiClient, pdf, startTestApp, TestApp } from '../support/test-app';

/**
 * Every mail template's links, followed in Debian's Chromium by someone not signed in: the login page, then the
 * page the link names (the recipient's page for municipalities, the case page for KSL). The mails come through the
 * worker to the in-process SMTP server; the reminder, the daily digest and the follow-up (due months later) are
 * rendered by the same renderer from the rows the story leaves. axe-core on the login page and on each landing page.
 */
jest.setTimeout(120000);

const PUBLIC_URL = 'http://remiss.test';
const TITLE = 'Mejllänkarna';

describe('the links in every mail open the right page of the web UI', () => {
  let app: TestApp;
  let browser: Browser;
  let ksl: ApiClient;
  let caseId = '';
  let draftId = '';
  const recipient: Record<string, string> = {};
  const links = new Map<string, string[]>();

  /** The links into Remiss of a mail's HTML and text parts. */
  function linksOf(html: string, text: string): string[] {
    const found = [...html.matchAll(/href="(http:\/\/remiss\.test\/[^"]*)"/g)].map((m) => m[1]);
    const plain = [...text.matchAll(/http:\/\/remiss\.test\/\S*/g)].map((m) => m[0].replace(/[.,)]+$/, ''));
    return [...new Set([...found, ...plain])];
  }

  /** The mail of a template as delivered over SMTP (found by its logged subject and addressee). */
  async function delivered(template: string, to: string) {
    const row = await waitForRow<{ subject: string }>(app.ds, `SELECT subject FROM mail_log WHERE template = $1 AND status = 'sent' AND to_addresses LIKE $2 ORDER BY created_at LIMIT 1`, [template, `%${to}%`]);
    const [mail] = await app.ctx.smtp.waitFor(1, (m) => m.parsed.subject === row.subject && m.envelopeTo.includes(to));
    links.set(template, linksOf(String(mail.parsed.html || ''), mail.parsed.text ?? ''));
  }

  async function rendered(data: MailJobData) {
    const mail = await renderMail(data, { manager: app.ds.manager, publicUrl: PUBLIC_URL, now: app.clock.now() });
    links.set(data.template, linksOf(String(mail.message.html), String(mail.message.text)));
  }

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: '2013-02-01T09:00:00+01:00' });
    ksl = await app.as('kansli@ksl.se');
    browser = await launchChromium();
    clearScreenshots(/^mejllank-.*\.png$/);
    const ok = <T extends { status: number; body: unknown }>(r: T): T => {
      if (r.status >= 300) throw new Error(`${r.status}: ${JSON.stringify(r.body)}`);
      return r;
    };
    const ekero = await app.as('handlaggare@ekero.example.se');
    const tyreso = await app.as('handlaggare@tyreso.example.se');
    caseId = ok(await ksl.post('/cases', { title: TITLE, registryNumber: 'KSL/12/0053' })).body.id;
    ok(await ksl.post(`/cases/${caseId}/start-drafting`));
    const draft = ok(await ksl.upload({ name: 'Förslag.pdf', type: 'application/pdf', content: pdf('utkast') }, { kind: 'draft', title: 'Förslag' }));
    ok(await ksl.post(`/cases/${caseId}/drafts`, { documentId: draft.body.id }));
    draftId = draft.body.id;
    const ids = { ekero: await app.organisationId('ekero'), tyreso: await app.organisationId('tyreso') };
    const remiss = ok(await ksl.post(`/cases/${caseId}/rounds`, { deadline: '2013-05-02', organisationIds: Object.values(ids), documentId: draft.body.id }));
    await settleOutbox(app);
    for (const row of (await ksl.get(`/cases/${caseId}`)).body.matrix) recipient[row.organisationId === ids.ekero ? 'ekero' : 'tyreso'] = row.recipientId;
    await delivered('remiss-sent', 'handlaggare@ekero.example.se');

    ok(await ekero.post(`/recipients/${recipient.ekero}/extension-requests`, { requestedDate: '2013-05-31', reason: 'Nämnden sammanträder i maj.' }));
    ok(await tyreso.post(`/recipients/${recipient.tyreso}/extension-requests`, { requestedDate: '2013-06-14', reason: 'Vi hinner inte.' }));
    await settleOutbox(app);
    await delivered('extension-requested', 'kansli@ksl.se');
    const [kslOrg] = await app.ds.query(`SELECT organisation_id AS id FROM cases WHERE id = $1`, [caseId]);
    await rendered({ template: 'daily-digest', organisationId: kslOrg.id, date: '2013-02-01' });
    const requests = (await ksl.get('/extension-requests?status=pending')).body.items as Array<{ id: string; recipientId: string }>;
    ok(await ksl.post(`/extension-requests/${requests.find((r) => r.recipientId === recipient.ekero)!.id}/grant`, {}));
    ok(await ksl.post(`/extension-requests/${requests.find((r) => r.recipientId === recipient.tyreso)!.id}/deny`, { comment: 'Sammanställningen ska vara klar i maj.' }));
    await settleOutbox(app);
    await delivered('extension-granted', 'handlaggare@ekero.example.se');
    await delivered('extension-denied', 'handlaggare@tyreso.example.se');
    const [reminder] = await app.ds.query(`SELECT id FROM reminders WHERE recipient_id = $1 AND status = 'pending' ORDER BY due_at LIMIT 1`, [recipient.ekero]);
    await rendered({ template: 'reminder', reminderId: reminder.id });

    ok(await ekero.post(`/recipients/${recipient.ekero}/answer`, { position: 'tillstyrker', text: 'Ekerö tillstyrker.' }));
    await settleOutbox(app);
    await delivered('answer-received', 'handlaggare@ekero.example.se');

    app.clock.set('2013-05-06T09:00:00+02:00');
    ok(await ksl.post(`/cases/${caseId}/rounds/close`, { roundId: remiss.body.roundId }));
    const adjusted = ok(await ksl.upload({ name: 'Justerat.pdf', type: 'application/pdf', content: pdf('justerat') }, { kind: 'adjusted', title: 'Justerat förslag' }));
    ok(await ksl.post(`/cases/${caseId}/adjusted-proposal`, { documentId: adjusted.body.id }));
    ok(await ksl.post(`/cases/${caseId}/ready`));
    app.clock.set('2013-06-05T09:00:00+02:00');
    const rec = ok(await ksl.post(`/cases/${caseId}/recommendations`, { deadline: '2013-11-15', organisationIds: [ids.ekero], documentId: adjusted.body.id }));
    await settleOutbox(app);
    await delivered('recommendation-sent', 'namndsekreterare@ekero.example.se');
    const [{ id: decisionRecipient }] = await app.ds.query(`SELECT id FROM recipients WHERE round_id = $1`, [rec.body.roundId]);
    recipient.recommendation = decisionRecipient;
    app.clock.set('2013-09-26T10:00:00+02:00');
    const secretary = await app.as('namndsekreterare@ekero.example.se');
    const documentId = await uploadExtract(secretary, 'Protokollsutdrag KF § 95');
    ok(await secretary.post(`/recipients/${decisionRecipient}/decisions`, {
      bodyKind: 'council', bodyName: 'Kommunfullmäktige', meetingDate: '2013-09-25', paragraph: '§ 95', outcome: 'adopt', text: 'Kommunfullmäktige antar överenskommelsen.', immediate: true, documentId,
    }));
    ok(await secretary.post(`/recipients/${decisionRecipient}/dispatch`, {}));
    await settleOutbox(app);
    await delivered('decision-dispatched', 'registrator@ksl.se');
    ok(await ksl.post(`/recipients/${decisionRecipient}/receipt`, {}));
    await settleOutbox(app);
    await delivered('dispatch-receipt', 'namndsekreterare@ekero.example.se');
    const [followUp] = await app.ds.query(`SELECT id FROM reminders WHERE case_id = $1 AND kind = 'follow-up' AND status = 'pending'`, [caseId]);
    await rendered({ template: 'follow-up', reminderId: followUp.id });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** Opens a link signed out, signs in on the login page it shows, and returns where it lands. */
  async function follow(link: string, email: string, name: string) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    page.setDefaultTimeout(10000);
    try {
      await page.goto(link.replace(PUBLIC_URL, app.baseUrl));
      await page.getByText('Logga in för att öppna sidan du följde en länk till.').waitFor();
      await screenshot(page, `mejllank-${name}-inloggning`);
      expect({ page: `${name} (inloggning)`, violations: await seriousViolations(page) }).toEqual({ page: `${name} (inloggning)`, violations: [] });
      await page.getByLabel('E-postadress').fill(email);
      await page.getByLabel('Lösenord').fill('remiss');
      await page.getByRole('button', { name: 'Logga in' }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await page.getByRole('button', { name: 'Logga ut' }).waitFor();
      await page.locator('h1:not(:has-text("Logga in"))').waitFor();
      const landed = { path: new URL(page.url()).pathname, heading: await heading.innerText() };
      await screenshot(page, `mejllank-${name}`);
      expect({ page: name, violations: await seriousViolations(page) }).toEqual({ page: name, violations: [] });
      return { landed };
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  const municipal: Array<[string, string]> = [
    ['remiss-sent', 'handlaggare@ekero.example.se'],
    ['extension-granted', 'handlaggare@ekero.example.se'],
    ['extension-denied', 'handlaggare@tyreso.example.se'],
    ['reminder', 'handlaggare@ekero.example.se'],
    ['answer-received', 'handlaggare@ekero.example.se'],
  ];

  it.each(municipal)('%s: a municipal officer lands on the remiss page', async (template, email) => {
    const [link] = links.get(template)!;
    const who = email.includes('tyreso') ? 'tyreso' : 'ekero';
    expect(link).toBe(`${PUBLIC_URL}/app/mina-remisser/${recipient[who]}`);
    const { landed } = await follow(link, email, template);
    expect(landed).toEqual({ path: `/app/mina-remisser/${recipient[who]}`, heading: `Remiss: ${TITLE}` });
  });

  it.each(['recommendation-sent', 'dispatch-receipt'])('%s: the committee secretary lands on the recommendation page', async (template) => {
    const [link] = links.get(template)!;
    expect(link).toBe(`${PUBLIC_URL}/app/mina-remisser/${recipient.recommendation}`);
    const { landed } = await follow(link, 'namndsekreterare@ekero.example.se', template);
    expect(landed).toEqual({ path: `/app/mina-remisser/${recipient.recommendation}`, heading: `Rekommendation: ${TITLE}` });
  });

  it.each(['extension-requested', 'decision-dispatched', 'daily-digest', 'follow-up'])('%s: KSL lands on the case page', async (template) => {
    const list = links.get(template)!;
    expect(list.length).toBeGreaterThan(0);
    for (const link of list) expect(link).toBe(`${PUBLIC_URL}/app/arenden/${caseId}`);
    const { landed } = await follow(list[0], 'kansli@ksl.se', template);
    expect(landed).toEqual({ path: `/app/arenden/${caseId}`, heading: TITLE });
  });

  it('a link of a mail sent before the UI moved under /app (/arenden/<id>) still opens the case page', async () => {
    const { landed } = await follow(`${PUBLIC_URL}/arenden/${caseId}`, 'kansli@ksl.se', 'gammal-lank');
    expect(landed).toEqual({ path: `/app/arenden/${caseId}`, heading: TITLE });
  });

  it("a document link (the compilation DOCX's) opens the document's page after sign-in", async () => {
    const { landed } = await follow(`${PUBLIC_URL}/app/dokument/${draftId}`, 'handlaggare@ekero.example.se', 'dokument');
    expect(landed).toEqual({ path: `/app/dokument/${draftId}`, heading: 'Förslag' });
  });
});
