import * as fs from 'node:fs';
import * as path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(__dirname, '../../test-artifacts/screenshots');
const AXE = require.resolve('axe-core/axe.min.js');

/** Debian's Chromium, headless and off the network; one sentence on how to install it when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium saknas (${CHROMIUM}): installera den med "sudo apt-get install -y chromium" och kör testerna igen.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Removes one spec's earlier screenshots (those whose names match), so the folder shows this run; others' stay. */
export function clearScreenshots(names: RegExp): void {
  if (!fs.existsSync(SCREENSHOTS)) return;
  for (const file of fs.readdirSync(SCREENSHOTS)) if (names.test(file)) fs.rmSync(path.join(SCREENSHOTS, file), { force: true });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.1 A/AA rules on the current page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string | null; help: string; targets: string[] }>> {
  // Run as strings: this file is type-checked without the DOM library.
  // Evaluated rather than added as a <script>: the UI's Content-Security-Policy blocks inline scripts.
  if (!(await page.evaluate<boolean>(`typeof window.axe !== 'undefined'`))) await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const violations = await page.evaluate<AxeViolation[]>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations)`,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}

/** Signs in through the UI as a seeded user (password `remiss`), signing out whoever was signed in. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/app/`);
  const out = page.getByRole('button', { name: 'Logga ut' });
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (await out.isVisible()) await out.click();
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill('remiss');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}
