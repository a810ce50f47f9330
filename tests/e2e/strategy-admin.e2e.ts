import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function secretariat(options: { javaScript?: boolean } = {}): Promise<Page> {
  const page = await (await newContext(browser, options)).newPage();
  await signInAs(page, 'sekretariat@ho21.example');
  return page;
}

describe('the secretariat edits the strategy', () => {
  it('lets only the secretariat in: a member gets 403, the public is sent to sign in', async () => {
    const member = await (await newContext(browser)).newPage();
    await signInAs(member, 'medlem@ho21.example');
    await visit(member, '/sekretariat/strategi', 403);
    await visit(member, '/sekretariat/strategi/tiltak/so02-01', 403);
    const anonymous = await (await newContext(browser)).newPage();
    await anonymous.goto('/sekretariat/strategi/aktorer');
    expect(new URL(anonymous.url()).pathname).toBe('/logg-inn');
  });

  it('shows the overview and every editing page without axe violations', async () => {
    const page = await secretariat();
    await visit(page, '/sekretariat');
    await page.getByRole('link', { name: 'Rediger strategien, tiltakene og statusen deres' }).click();
    await page.waitForURL('**/sekretariat/strategi');
    await expectAccessible(page);
    expect(await page.getByRole('table', { name: 'Tiltak under Økt brukermedvirkning' }).getByRole('row').count()).toBeGreaterThan(1);
    for (const path of [
      '/sekretariat/strategi/tiltak/ny',
      '/sekretariat/strategi/satsingsomrader/okt-brukermedvirkning',
      '/sekretariat/strategi/satsingsomrader/ny',
      '/sekretariat/strategi/malformuleringer',
      '/sekretariat/strategi/malformuleringer/okt-utnyttelse-av-helsedata',
      '/sekretariat/strategi/aktorer',
      '/sekretariat/strategi/aktorer/hod',
    ]) {
      await visit(page, path);
    }
  });

  it('adds a status entry without JavaScript and shows it in the history; a bad date is reported next to the field', async () => {
    const page = await secretariat({ javaScript: false });
    await visit(page, '/sekretariat/strategi/tiltak/so02-01');
    await page.getByLabel('Dato').fill('2026-02-30');
    await page.getByLabel('Statusnivå').selectOption('in-progress');
    await page.getByLabel('Statustekst').fill('Arbeidet med piloten er i gang');
    await page.getByLabel('Kilde').fill('Møte 1/2026');
    await page.getByRole('button', { name: 'Legg til status' }).click();
    await page.getByText('Skriv en gyldig dato.').waitFor();
    await expectAccessible(page);
    expect(await page.getByLabel('Statustekst').inputValue()).toBe('Arbeidet med piloten er i gang');
    expect(await page.getByLabel('Kilde').inputValue()).toBe('Møte 1/2026');

    await page.getByLabel('Dato').fill('2026-02-10');
    await page.getByRole('button', { name: 'Legg til status' }).click();
    await page.getByText('Endringene er lagret.').waitFor();
    await expectAccessible(page);
    const history = page.getByRole('table', { name: /Alle statuser, nyeste først/ });
    const newest = history.getByRole('row').nth(1);
    expect(await newest.textContent()).toContain('Arbeidet med piloten er i gang');
    expect(await newest.textContent()).toContain('Under arbeid');
    expect(await newest.textContent()).toContain('10. februar 2026');
    expect(await history.getByRole('row').count()).toBe(3);
  });

  it('gives the second of two editors a conflict view with both versions, and lets them re-apply theirs', async () => {
    const first = await secretariat();
    const second = await secretariat();
    await visit(first, '/sekretariat/strategi/tiltak/so02-02');
    await visit(second, '/sekretariat/strategi/tiltak/so02-02');
    const original = await first.getByLabel('Tiltak', { exact: true }).inputValue();

    await first.getByLabel('Tiltak', { exact: true }).fill(`${original} (første redaktør)`);
    await first.getByRole('button', { name: 'Lagre', exact: true }).click();
    await first.getByText('Endringene er lagret.').waitFor();

    await second.getByLabel('Tiltak', { exact: true }).fill(`${original} (andre redaktør)`);
    await second.getByLabel('Merknad').fill('Merknad fra andre redaktør');
    await second.getByRole('button', { name: 'Lagre', exact: true }).click();
    await second.getByRole('heading', { name: 'Noen andre har lagret endringer mens du redigerte' }).waitFor();
    await expectAccessible(second);
    const comparison = second.getByRole('table', { name: 'Dine verdier og de lagrede' });
    const titleRow = comparison.getByRole('row', { name: /^Tiltak/ });
    expect(await titleRow.textContent()).toContain(`${original} (andre redaktør)`);
    expect(await titleRow.textContent()).toContain(`${original} (første redaktør)`);
    expect(await second.getByRole('main').textContent()).toContain('Sist lagret av Sara Sekretær (demo)');
    expect(await second.getByLabel('Tiltak', { exact: true }).inputValue()).toBe(`${original} (andre redaktør)`);
    expect(await second.getByLabel('Merknad').inputValue()).toBe('Merknad fra andre redaktør');

    await second.getByRole('button', { name: 'Lagre mine verdier' }).click();
    await second.getByText('Endringene er lagret.').waitFor();
    expect(await second.getByLabel('Tiltak', { exact: true }).inputValue()).toBe(`${original} (andre redaktør)`);
    expect(await second.getByLabel('Merknad').inputValue()).toBe('Merknad fra andre redaktør');
  });
});
