import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, visit } from '../support/browser.ts';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
beforeEach(async () => {
  page = await (await newContext(browser)).newPage();
});

const main = () => page.getByRole('main');
// Journeys that visit several pages run axe on each; on a busy two-core machine that outgrows the default.
const JOURNEY_TIMEOUT = 150_000;

/** Clicks a link and checks the page it leads to like `visit` does. */
async function follow(p: Page, name: string | RegExp, within = p.getByRole('main')) {
  await Promise.all([p.waitForNavigation(), within.getByRole('link', { name, exact: typeof name === 'string' }).first().click()]);
  await expectAccessible(p);
}

async function latestLevelCounts(): Promise<Record<string, number>> {
  const measures = (await (await fetch(`${baseUrl()}/api/v1/measures`)).json()) as { latestStatus: { level: string } | null }[];
  const counts: Record<string, number> = {};
  for (const m of measures) {
    const level = m.latestStatus?.level ?? 'unknown';
    counts[level] = (counts[level] ?? 0) + 1;
  }
  return counts;
}

describe('the public strategy pages', () => {
  it('browse from the home page to the strategy, a focus area, a measure and an actor', async () => {
    await visit(page, '/');
    const entry = main().getByRole('link', { name: /^Strategien/ });
    expect(await entry.textContent()).toContain('10 satsingsområder og 54 tiltak, med status hos de ansvarlige aktørene.');
    await Promise.all([page.waitForNavigation(), entry.click()]);
    await expectAccessible(page);
    expect(new URL(page.url()).pathname).toBe('/strategien');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('HelseOmsorg21');
    expect(await main().textContent()).toContain('Kunnskap, innovasjon og næringsutvikling for bedre folkehelse.');
    // The secretariat's browser tests add status entries to the same server's data, so compare with the open API.
    const counts = await latestLevelCounts();
    expect(await main().textContent()).toContain(`Av 54 tiltak er ${counts.implemented} innført, ${counts['partly-implemented']} delvis innført`);
    expect(await main().textContent()).toContain('24. november 2015');
    const card = main().getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Helsedata som nasjonalt fortrinn' }) });
    expect(await card.getByRole('list', { name: 'Status for tiltakene i Helsedata som nasjonalt fortrinn' }).textContent()).toContain('Delvis innført: 2');

    await follow(page, 'Helsedata som nasjonalt fortrinn');
    expect(new URL(page.url()).pathname).toBe('/strategien/satsingsomrader/helsedata-som-nasjonalt-fortrinn');
    expect(await main().textContent()).toContain('Økt utnyttelse av helsedata for forskning');
    const table = main().getByRole('table');
    expect(await table.locator('caption').textContent()).toBe('Tiltak i Helsedata som nasjonalt fortrinn: 4 av 4');
    expect(await table.getByRole('row').count()).toBe(5);

    await follow(page, 'Videreutvikle biobanker og biobanktjenester');
    expect(new URL(page.url()).pathname).toBe('/strategien/tiltak/so04-04');
    const timeline = main().getByRole('region', { name: 'Statushistorikk' });
    expect(await timeline.textContent()).toContain('Møte 1/2020: Under arbeid');
    expect(await timeline.textContent()).toContain('Kilde: Sak 7/2020 Vedlegg 2_4');

    await follow(page, 'Biobankene');
    expect(new URL(page.url()).pathname).toBe('/strategien/aktorer/biobankene');
    expect(await main().getByRole('heading', { level: 2 }).first().textContent()).toBe('Status hos den ansvarlige aktøren');
    expect(await main().getByRole('table').textContent()).toContain('Videreutvikle biobanker og biobanktjenester');
  }, JOURNEY_TIMEOUT);

  it('shows the actor register, the goal statements, the status overview and an incomplete measure', async () => {
    await visit(page, '/strategien/aktorer');
    expect(await main().getByRole('heading', { name: 'Departementer' }).count()).toBe(1);
    expect(await main().getByRole('heading', { name: 'Grupper av aktører' }).count()).toBe(1);
    await visit(page, '/strategien/malformuleringer');
    expect(await main().getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'God folkehelse',
      'Grensesprengende forskning',
      'Næringsutvikling og nasjonal økonomisk utvikling',
    ]);
    await visit(page, '/strategien/status');
    expect(await main().locator('svg[role~="graphics-document"]').getAttribute('aria-label')).toContain(`Av 54 tiltak er ${(await latestLevelCounts()).implemented} innført`);
    expect(await main().getByRole('table').locator('tfoot').textContent()).toContain('54');
    await visit(page, '/strategien/tiltak/so10-02');
    expect(await main().textContent()).toContain('Teksten er ufullstendig i kilden.');
  }, JOURNEY_TIMEOUT);

  it('answers 404 with the not-found page for unknown ids', async () => {
    for (const path of ['/strategien/tiltak/finnes-ikke', '/strategien/satsingsomrader/finnes-ikke', '/strategien/aktorer/finnes-ikke']) {
      await visit(page, path, 404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siden finnes ikke.');
    }
  }, JOURNEY_TIMEOUT);

  it('filters a focus area without JavaScript, with the filter in the URL, and says when nothing matches', async () => {
    const noJs = await (await newContext(browser, { javaScript: false })).newPage();
    await visit(noJs, '/strategien/satsingsomrader/helsedata-som-nasjonalt-fortrinn');
    await noJs.getByLabel('Siste status').selectOption('partly-implemented');
    await Promise.all([noJs.waitForNavigation(), noJs.getByRole('button', { name: 'Vis tiltak' }).click()]);
    const url = new URL(noJs.url());
    expect(url.searchParams.get('level')).toBe('partly-implemented');
    await expectAccessible(noJs);
    const rows = noJs.getByRole('main').getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).getByRole('rowheader').textContent()).toBe('Enklere og bedre regelverk og forvaltning');
    expect(await rows.nth(2).getByRole('rowheader').textContent()).toBe('Utvide datagrunnlaget');
    expect(await noJs.getByLabel('Siste status').inputValue()).toBe('partly-implemented');

    await noJs.getByLabel('Inkludert i regjeringens handlingsplan').selectOption('no');
    await Promise.all([noJs.waitForNavigation(), noJs.getByRole('button', { name: 'Vis tiltak' }).click()]);
    expect(new URL(noJs.url()).searchParams.get('actionPlan')).toBe('no');
    expect(await noJs.getByRole('main').getByRole('table').count()).toBe(0);
    expect(await noJs.getByRole('main').textContent()).toContain('Ingen tiltak passer filteret.');
    await expectAccessible(noJs);
  }, JOURNEY_TIMEOUT);

  it('downloads the filtered measure list as CSV that Norwegian Excel reads', async () => {
    await visit(page, '/strategien/satsingsomrader/okt-brukermedvirkning?level=implemented');
    const [download] = await Promise.all([page.waitForEvent('download'), main().getByRole('link', { name: 'Last ned som CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('ho21-tiltak-okt-brukermedvirkning-implemented.csv');
    const bytes = fs.readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toMatch(/^Satsingsområde;Id;Tiltak;/);
    expect(lines[1]).toContain('Økt brukermedvirkning;so01-02;Retningslinjer for brukermedvirkning;');
    expect(lines.filter((l) => l.startsWith('Økt brukermedvirkning;'))).toHaveLength(2);
    const xlsx = await fetch(`${baseUrl()}/strategien/tiltak.xlsx?focusArea=okt-brukermedvirkning`);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });

  it('speaks English and nynorsk', async () => {
    await visit(page, '/strategien/satsingsomrader/helsedata-som-nasjonalt-fortrinn');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await main().getByRole('table').getByRole('columnheader').allTextContents()).toEqual([
      'Measure',
      'In the government’s action plan',
      'Latest status',
      'Responsible actors',
    ]);
    expect(await main().getByRole('table').textContent()).toContain('Partly implemented');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Nynorsk' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'nn');
    expect(await main().getByRole('table').getByRole('columnheader').last().textContent()).toBe('Ansvarlege aktørar');
    await expectAccessible(page);
  }, JOURNEY_TIMEOUT);

  it('stays cacheable for anonymous readers and serves the open API', async () => {
    const response = await fetch(`${baseUrl()}/strategien/satsingsomrader/okt-brukermedvirkning?level=unknown`);
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    const measures = await fetch(`${baseUrl()}/api/v1/measures?focusArea=okt-brukermedvirkning`);
    expect(measures.headers.get('access-control-allow-origin')).toBe('*');
    expect(await measures.json()).toHaveLength(6);
    const bad = await fetch(`${baseUrl()}/api/v1/measures?level=foo`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${baseUrl()}/api/v1/actors/finnes-ikke`)).status).toBe(404);
  });
});
