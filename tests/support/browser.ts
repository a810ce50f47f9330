import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const baseUrl = () => inject('baseUrl');

/** Debian's Chromium, headless, with its own profile and temp dirs, and no calls home (the network is closed). */
export async function launchBrowser(): Promise<Browser> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-chromium-'));
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), TMPDIR: home },
  });
}

export async function newContext(browser: Browser, options: { javaScript?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'nb-NO' });
  // axe needs JavaScript in the page, so "without JavaScript" means: the app's own scripts never load.
  if (options.javaScript === false) await context.route('**/assets/*.js', (route) => route.abort());
  return context;
}

/** Fails the test with every WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** Opens a page, checks it answered as expected and is accessible. */
export async function visit(page: Page, url: string, status = 200) {
  const response = await page.goto(url);
  expect(response?.status(), `status of ${url}`).toBe(status);
  await expectAccessible(page);
  return response;
}

/** Fills in and submits the sign-in form; resolves when the answer (error or next page) has rendered. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto('/logg-inn');
  await page.getByLabel('E-postadresse').fill(email);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.waitForFunction(() => !location.pathname.startsWith('/logg-inn') || document.querySelector('[role="alert"]'));
}

/** Signs in with a demo account and waits until the user menu shows the account. */
export async function signInAs(page: Page, email: string, password = 'ho21-demo-passord') {
  await submitSignIn(page, email, password);
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}
