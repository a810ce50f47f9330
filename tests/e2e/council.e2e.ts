import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, newContext, visit } from '../support/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await (await newContext(browser)).newPage();
});

describe('the council in public', () => {
  it('shows the mandate, the six sectors with their seats and the former term', async () => {
    await visit(page, '/radet');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('HelseOmsorg21-rådet');
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(7);
    expect(await page.getByRole('rowheader').allTextContents()).toEqual([
      'universitets- og høgskolesektoren',
      'spesialisthelsetjenesten',
      'kommunesektoren og fastlegene',
      'instituttsektor',
      'næringslivet',
      'frivillig sektor/brukerorganisasjoner',
    ]);
    expect(await page.getByText('Rådet består av 16 medlemmer med følgende sammensetning:').count()).toBe(1);
    expect(await page.getByText('Camilla Stoltenberg', { exact: false }).count()).toBe(1);
  });

  it('lists meeting 1/2020 and shows its twelve numbered cases and a case paper with all its fields', async () => {
    await visit(page, '/moter');
    await page.getByRole('link', { name: 'Møte 1/2020' }).click();
    await page.waitForURL('**/moter/2020/1');
    await visit(page, '/moter/2020/1');
    const cases = page.getByRole('table', { name: 'Saksliste for Møte 1/2020' }).getByRole('rowheader');
    expect(await cases.allTextContents()).toEqual(Array.from({ length: 12 }, (_, i) => `Sak ${i + 1}/2020`));
    expect(await page.getByText('Ikke kjent').count()).toBeGreaterThan(0);

    await page.getByRole('link', { name: 'Oppfølging av HO21-strategien i perioden 2015 – 2019' }).click();
    await page.waitForURL('**/saker/7-2020');
    await visit(page, '/moter/2020/1/saker/7-2020');
    expect(await page.getByText('Saksframlegg Møte 1/2020').count()).toBe(1);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Oppfølging av HO21-strategien i perioden 2015 – 2019');
    for (const label of ['Type sak', 'Til', 'Fra', 'Saksbehandler', 'Vedlegg', 'Tidligere behandlet']) {
      expect(await page.locator('dt', { hasText: new RegExp(`^${label}$`) }).count(), label).toBe(1);
    }
    expect(await page.getByText('Henrietta Blankson/Ina Kathrine Dahlsveen').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Forslag til vedtak' }).count()).toBe(1);
    await page.getByRole('link', { name: 'HO21-rådets egenvurdering årene 2015-2019' }).click();
    await page.waitForURL('**/dokumenter/ho21-radets-egenvurdering-2015-2019');
    await visit(page, '/dokumenter/ho21-radets-egenvurdering-2015-2019');
  });

  it('publishes an iCal feed and the documents', async () => {
    const ics = await fetch(`${baseUrl()}/moter.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('BEGIN:VCALENDAR');
    await visit(page, '/dokumenter');
    await visit(page, '/dokumenter/radets-arbeidsform');
    await visit(page, '/dokumenter/mandat-helseomsorg21-radet-2020-2024');
    await visit(page, '/dokumenter/oversikt-over-utvalgte-dokumenter');
    await visit(page, '/moter/2020/99', 404);
  });
});
