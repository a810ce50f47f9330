import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, submitSignIn, visit } from '../support/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await (await newContext(browser)).newPage();
});

describe('the public site', () => {
  it('has the HO21 header, main navigation, skip link, landmarks and lang="nb"', async () => {
    await visit(page, '/');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expect.poll(() => page.getByRole('link', { name: 'Hopp til hovedinnhold' }).count()).toBe(1);
    const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Strategien', 'Rådet', 'Møter', 'Monitor', 'Dokumenter']);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).count()).toBe(1);
  });

  it('serves every navigation target and the accessibility statement without violations', async () => {
    for (const path of ['/strategien', '/radet', '/moter', '/monitor', '/dokumenter', '/tilgjengelighetserklaering']) {
      await visit(page, path);
    }
    await visit(page, '/finnes-ikke', 404);
  });

  it('switches language to nynorsk and English, and remembers it', async () => {
    await visit(page, '/tilgjengelighetserklaering');
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(page.url()).toMatch(/\/tilgjengelighetserklaering$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tilgjengelegheitserklæring');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.goto('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').first().textContent()).toBe('The strategy');
  });

  it('sends security headers: a nonce CSP without unsafe-inline scripts, nosniff, referrer policy, no framing', async () => {
    const response = await fetch(`${baseUrl()}/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const head = await fetch(`${baseUrl()}/`, { method: 'HEAD' });
    expect(head.headers.get('content-security-policy')).toMatch(/nonce-/);
    expect((await fetch(`${baseUrl()}/healthz`)).status).toBe(200);
    expect((await fetch(`${baseUrl()}/readyz`)).status).toBe(200);
  });
});

describe('signing in and out', () => {
  it('shows a clear message for a wrong password and keeps the address typed', async () => {
    await visit(page, '/logg-inn');
    await page.getByLabel('E-postadresse').fill('sekretariat@ho21.example');
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('E-postadressen eller passordet er feil.');
    expect(await page.getByLabel('E-postadresse').inputValue()).toBe('sekretariat@ho21.example');
    await expectAccessible(page);
  });

  it('locks an account after five failures with a message saying when to try again', async () => {
    for (let i = 0; i < 5; i++) await submitSignIn(page, 'medlem.som.glemte@ho21.example', `feil-${i}`);
    await submitSignIn(page, 'medlem.som.glemte@ho21.example', 'enda-et-forsok');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/For mange mislykkede forsøk\. Prøv igjen om \d+ minutter\./);
  });

  it('signs the secretariat in, shows its menu and the audit entry of that sign-in, then signs out', async () => {
    await signInAs(page, 'sekretariat@ho21.example');
    const userMenu = page.getByRole('navigation', { name: 'Brukermeny' });
    expect(await userMenu.textContent()).toContain('Sara Sekretær (demo)');
    await userMenu.getByRole('link', { name: 'Revisjonslogg' }).click();
    await page.waitForURL('**/sekretariat/revisjonslogg');
    await expectAccessible(page);
    const firstRow = page.getByRole('table').getByRole('row').nth(1);
    expect(await firstRow.textContent()).toContain('sign-in');
    await visit(page, '/sekretariat');
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('navigation', { name: 'Brukermeny' }).getByRole('link', { name: 'Logg inn' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto('/sekretariat');
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
  });

  it('signs in without JavaScript', async () => {
    const noJs = await (await newContext(browser, { javaScript: false })).newPage();
    await signInAs(noJs, 'leder@ho21.example');
    expect(await noJs.getByRole('navigation', { name: 'Brukermeny' }).textContent()).toContain('Rolf Rådsleder (demo)');
    await expectAccessible(noJs);
  });

  it('signs in through the OpenID provider and maps the role from the address', async () => {
    await visit(page, '/logg-inn');
    await page.getByRole('link', { name: 'Logg inn med Test-ID' }).click();
    await page.waitForURL(`${baseUrl()}/`);
    const userMenu = page.getByRole('navigation', { name: 'Brukermeny' });
    expect(await userMenu.textContent()).toContain('Oda Oidc (test) (Rådsmedlem)');
    await visit(page, '/min-side');
    expect(await page.getByRole('main').textContent()).toContain(inject('oidcEmail'));
  });
});

describe('authorisation', () => {
  it('answers 403 to a member on secretariat pages, and sends the public to sign in', async () => {
    await signInAs(page, 'medlem@ho21.example');
    await visit(page, '/sekretariat/revisjonslogg', 403);
    expect(await page.getByRole('main').textContent()).toContain('Du har ikke tilgang til denne siden.');
    const anonymous = await (await newContext(browser)).newPage();
    await anonymous.goto('/sekretariat');
    expect(new URL(anonymous.url()).pathname).toBe('/logg-inn');
    expect(new URL(anonymous.url()).searchParams.get('returnTo')).toBe('/sekretariat');
  });

  it('rejects a form post without the CSRF token, and one from another origin', async () => {
    const form = new URLSearchParams({ email: 'sekretariat@ho21.example', password: 'ho21-demo-passord' });
    const noToken = await fetch(`${baseUrl()}/logg-inn`, { method: 'POST', body: form, redirect: 'manual' });
    expect(noToken.status).toBe(403);
    await page.goto('/logg-inn');
    const token = await page.locator('input[name="_csrf"]').inputValue();
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const crossSite = await fetch(`${baseUrl()}/logg-inn`, {
      method: 'POST',
      body: new URLSearchParams({ ...Object.fromEntries(form), _csrf: token }),
      headers: { cookie, origin: 'https://evil.example' },
      redirect: 'manual',
    });
    // React Router's own origin check answers first (400); either way nothing is signed in.
    expect(crossSite.status).toBeGreaterThanOrEqual(400);
    expect(crossSite.status).toBeLessThan(500);
    expect(crossSite.headers.get('set-cookie') ?? '').not.toContain('ho21_session');
    const sameSite = await fetch(`${baseUrl()}/logg-inn`, {
      method: 'POST',
      body: new URLSearchParams({ ...Object.fromEntries(form), _csrf: token }),
      headers: { cookie, origin: baseUrl() },
      redirect: 'manual',
    });
    expect(sameSite.status).toBe(302);
    expect(sameSite.headers.get('set-cookie')).toMatch(/ho21_session=.*HttpOnly.*SameSite=Lax/i);
  });
});
