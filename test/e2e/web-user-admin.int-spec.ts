import { Browser, Page } from 'playwright-core';
import { clearScreenshots, launchChromium, screenshot, seriousViolations, signIn } from '../support/browser';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * In Debian's Chromium: KSL's administrator invites a user to Ekerö on the users page; the invitation comes
 * through the worker to the SMTP server; the invited user follows the mail's link, chooses a password (the
 * rules are said in Swedish), is signed in, and signs in again with it. axe-core on every page.
 */
jest.setTimeout(180_000);

const PASSWORD = 'korrekt häst batteri häftklammer';

describe('inviting a user in the web UI and choosing a password from the mail', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    app = await startTestApp({ worker: true, now: null });
    browser = await launchChromium();
    page = await browser.newPage();
    clearScreenshots(/^anvandare-.*\.png$/);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  const axe = async (name: string) => {
    await screenshot(page, `anvandare-${name}`);
    expect(await seriousViolations(page)).toEqual([]);
  };

  it('the administrator invites, the user sets a password from the link and signs in', async () => {
    await signIn(page, app.baseUrl, 'admin@ksl.se');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Ekerö kommun' });
    await page.getByRole('cell', { name: 'handlaggare@ekero.example.se' }).waitFor();
    await axe('lista');

    const invite = page.getByRole('region', { name: 'Bjud in en användare' });
    await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await invite.getByRole('alert').getByText('Namn: ange ett namn').waitFor();
    await invite.getByLabel('Namn', { exact: true }).fill('Vera Webb');
    await invite.getByLabel('E-postadress').fill('vera.webb@ekero.example.se');
    await invite.getByLabel('Roll').selectOption({ label: 'Handläggare' });
    await invite.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByRole('status').getByText('Inbjudan skickad till vera.webb@ekero.example.se.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'vera.webb@ekero.example.se' });
    await row.getByText('Inbjuden, har inte valt lösenord').waitFor();
    await axe('inbjuden');

    const [mail] = await app.ctx.smtp.waitFor(1, (m) => m.envelopeTo.includes('vera.webb@ekero.example.se'));
    const link = /http:\/\/remiss\.test\/app\/losenord#[A-Za-z0-9_-]+/.exec(mail.parsed.text ?? '')?.[0];
    expect(link).toBeDefined();
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();

    await page.goto(link!.replace('http://remiss.test', app.baseUrl));
    await page.getByRole('heading', { level: 1, name: 'Välj ditt lösenord' }).waitFor();
    await page.getByText('vera.webb@ekero.example.se').waitFor();
    await axe('valj-losenord');
    await page.getByLabel('Nytt lösenord').fill('kort');
    await page.getByLabel('Upprepa lösenordet').fill('kort');
    await page.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
    await page.getByRole('alert').getByText('måste vara minst 12 tecken långt').waitFor();
    await page.getByLabel('Nytt lösenord').fill(PASSWORD);
    await page.getByLabel('Upprepa lösenordet').fill('något annat');
    await page.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
    await page.getByRole('alert').getByText('lösenorden är inte lika', { exact: false }).waitFor();
    await page.getByLabel('Upprepa lösenordet').fill(PASSWORD);
    await page.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
    await page.getByText('Vera Webb, Handläggare – Ekerö kommun').waitFor();
    expect(page.url()).not.toContain('#');
    await axe('inloggad');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByLabel('E-postadress').fill('vera.webb@ekero.example.se');
    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Vera Webb, Handläggare – Ekerö kommun').waitFor();

    // the link is used up
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.goto(link!.replace('http://remiss.test', app.baseUrl));
    await page.getByRole('heading', { level: 1, name: 'Länken fungerar inte' }).waitFor();
    await page.getByText('Länken är ogiltig eller har redan använts; be om en ny.').waitFor();
  });

  it('the forgot-password page answers the same for every address, and the audit log shows the invitation', async () => {
    await page.goto(`${app.baseUrl}/app/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const out = page.getByRole('button', { name: 'Logga ut' });
    if (await out.isVisible()) await out.click();
    await page.getByRole('link', { name: 'Glömt lösenordet?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Glömt lösenordet?' }).waitFor();
    await axe('glomt');
    await page.getByLabel('E-postadress').fill('ingen@ekero.example.se');
    await page.getByRole('button', { name: 'Skicka länk' }).click();
    await page.getByRole('status').getByText('Om det finns ett konto med den adressen', { exact: false }).waitFor();

    await signIn(page, app.baseUrl, 'admin@ksl.se');
    await page.getByRole('link', { name: 'Händelselogg' }).click();
    await page.getByLabel('Organisation', { exact: true }).selectOption({ label: 'Ekerö kommun' });
    await page.getByText('Administratör KSL bjöd in Vera Webb (vera.webb@ekero.example.se) som handläggare.').waitFor();
    await page.getByText('Vera Webb valde ett lösenord från inbjudan.').waitFor();
    await axe('handelselogg');
  });
});
