import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function openPage(javaScript = true): Promise<Page> {
  return (await newContext(browser, { javaScript })).newPage();
}

async function tableRows(page: Page): Promise<string[][]> {
  return page.locator('table.monitor-table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent?.trim() ?? '')));
}

describe('the monitor, public', () => {
  it('groups indicators on the front page, each with a small chart', async () => {
    const page = await openPage();
    await visit(page, '/monitor');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Grensesprengende forskning',
      'Satsingsområde: Høy kvalitet og sterkere internasjonalisering',
      'Andre indikatorer',
    ]);
    expect(await page.locator('.monitor-card svg[role~="graphics-document"]').count()).toBe(8);
    await page.getByRole('link', { name: 'Svarprosent i HO21-rådets spørreundersøkelse til aktørene' }).click();
    await page.waitForURL(/\/monitor\/aktorundersokelse-svarprosent$/);
  });

  for (const javaScript of [true, false]) {
    it(`shows an indicator with chart, table, summary and a filter kept in the URL, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const page = await openPage(javaScript);
      await visit(page, '/monitor/aktorundersokelse-svarprosent');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Svarprosent i HO21-rådets spørreundersøkelse til aktørene');
      expect(await page.locator('.monitor-summary').textContent()).toBe('Falt fra 42 i 2016 til 36 i 2018.');
      const chart = page.locator('.monitor-figure svg');
      expect(await chart.getAttribute('aria-label')).toBe('Svarprosent i HO21-rådets spørreundersøkelse til aktørene. Falt fra 42 i 2016 til 36 i 2018.');
      expect(await tableRows(page)).toEqual([
        ['2016', '42'],
        ['2017', '30'],
        ['2018', '36'],
      ]);
      await page.getByRole('checkbox', { name: '2017' }).uncheck();
      await page.getByRole('button', { name: 'Vis' }).click();
      await page.waitForURL(/year=2016&year=2018/);
      expect(await tableRows(page)).toEqual([
        ['2016', '42'],
        ['2018', '36'],
      ]);
      expect(await page.getByRole('checkbox', { name: '2017' }).isChecked()).toBe(false);
      await expectAccessible(page);
    });
  }

  it('opens a permalink with filters, in Norwegian number format, and shows the embed code for it', async () => {
    const page = await openPage();
    await visit(page, '/monitor/regionale-forskningsmidler-hrcs-2022?hrcs-activity=1,4,8');
    expect(await tableRows(page)).toEqual([
      ['Underbyggende forskning', '167,1'],
      ['Påvisning og diagnose', '214,8'],
      ['Helsetjenesteforskning', '72,3'],
    ]);
    expect(await page.locator('table.monitor-table caption').textContent()).toBe('Regionale forskningsmidler 2022 etter forskningsaktivitet (millioner kroner), 2022');
    expect(await page.locator('.monitor-summary').textContent()).toBe('Høyest: Påvisning og diagnose (214,8). Lavest: Helsetjenesteforskning (72,3).');
    const code = await page.getByLabel('Kode for innbygging').inputValue();
    expect(code).toContain('/monitor/embed/regionale-forskningsmidler-hrcs-2022?hrcs-activity=1%2C4%2C8');
  });

  it('downloads exactly what is shown, and everything', async () => {
    const page = await openPage();
    await visit(page, '/monitor/regionale-forskningsmidler-hrcs-2022?hrcs-activity=2');
    const read = async (name: RegExp, index: number) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).nth(index).click()]);
      return { name: download.suggestedFilename(), text: fs.readFileSync((await download.path())!, 'utf8') };
    };
    const shown = await read(/^CSV$/, 0);
    expect(shown.name).toBe('regionale-forskningsmidler-hrcs-2022-utvalg.csv');
    expect(shown.text.trim().split(/\r?\n/)).toHaveLength(2);
    expect(shown.text).toContain('2,Årsaksforhold,138.8');
    const all = await read(/^CSV$/, 1);
    expect(all.text.trim().split(/\r?\n/)).toHaveLength(9);
    const json = JSON.parse((await read(/^JSON-stat$/, 0)).text);
    expect(json).toMatchObject({ version: '2.0', class: 'dataset', size: [1, 1], value: [138.8] });
    const xlsx = await read(/^XLSX$/, 1);
    expect(xlsx.name).toBe('regionale-forskningsmidler-hrcs-2022.xlsx');
  });

  it('serves the chart in an iframe on another origin, and nothing else', async () => {
    const embed = `${baseUrl()}/monitor/embed/ho21-budsjett?year=2015,2018`;
    const site = http.createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(
        `<!DOCTYPE html><html lang="en"><head><title>Other site</title></head><body><main><h1>Other site</h1>` +
          `<iframe id="chart" title="HO21 chart" src="${embed}" width="700" height="480"></iframe>` +
          `<iframe id="page" title="HO21 page" src="${baseUrl()}/monitor/ho21-budsjett" width="700" height="200"></iframe></main></body></html>`,
      );
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    try {
      const port = (site.address() as AddressInfo).port;
      const page = await openPage();
      await page.goto(`http://localhost:${port}/`);
      const chart = page.frameLocator('#chart');
      await chart.locator('svg[role~="graphics-document"]').waitFor();
      expect(await chart.locator('h1').textContent()).toBe('HO21-budsjett per år');
      expect(await chart.locator('p').textContent()).toContain('Kilde: HO21-rådets egenvurdering 2015–2019');
      expect(await chart.locator('svg').getAttribute('aria-label')).toContain('Økte fra 3,5 i 2015 til 10,8 i 2018.');
      expect(await chart.locator('nav').count()).toBe(0);
      // Every other route keeps frame-ancestors 'none': the browser refuses to show it in the frame.
      const framed = await (await page.$('#page'))!.contentFrame();
      await framed!.waitForLoadState();
      expect(await framed!.getByRole('heading', { name: 'HO21-budsjett per år' }).count()).toBe(0);
      expect(await chart.getByRole('heading', { name: 'HO21-budsjett per år' }).count()).toBe(1);
      await expectAccessible(page);

      const direct = await fetch(embed);
      expect(direct.headers.get('content-security-policy')).toContain('frame-ancestors *');
      expect(direct.headers.get('x-frame-options')).toBeNull();
      const normal = await fetch(`${baseUrl()}/monitor/ho21-budsjett`);
      expect(normal.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(normal.headers.get('x-frame-options')).toBe('DENY');
      await visit(page, '/monitor/embed/ho21-budsjett');
    } finally {
      site.close();
    }
  });

  it('answers the API with JSON-stat, CSV and problem details', async () => {
    const list = await (await fetch(`${baseUrl()}/api/v1/indicators`)).json();
    expect(list.indicators.find((i: { id: string }) => i.id === 'horisont-2020-helse-returandel')).toMatchObject({
      unit: '%',
      goalStatementIds: ['okt-returandel-horisont-2020'],
      focusAreaIds: ['hoy-kvalitet-og-sterkere-internasjonalisering'],
    });
    const one = await (await fetch(`${baseUrl()}/api/v1/indicators/ho21-budsjett`)).json();
    expect(one.dimensions[0]).toMatchObject({ id: 'year', role: 'time' });
    const data = await fetch(`${baseUrl()}/api/v1/indicators/ho21-budsjett/data?year=2016,2017`);
    expect(data.headers.get('access-control-allow-origin')).toBe('*');
    expect(await data.json()).toMatchObject({ class: 'dataset', value: [6.8, 10.8] });
    const csv = await (await fetch(`${baseUrl()}/api/v1/indicators/ho21-budsjett/data?format=csv`)).text();
    expect(csv.trim().split(/\r?\n/)).toHaveLength(5);
    const bad = await fetch(`${baseUrl()}/api/v1/indicators/ho21-budsjett/data?year=1999`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect((await fetch(`${baseUrl()}/api/v1/indicators/finnes-ikke`)).status).toBe(404);
  });
});

describe('the monitor, secretariat', () => {
  it('uploads, previews with problems, and imports a file without JavaScript', async () => {
    const page = await openPage(false);
    await signInAs(page, 'sekretariat@ho21.example');
    await visit(page, '/sekretariat');
    await page.getByRole('link', { name: 'Monitor: import av tall' }).click();
    await page.waitForURL(/\/sekretariat\/monitor$/);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.waitForLoadState();
    expect(await page.getByText('Velg en indikator.').count()).toBe(1);
    expect(await page.getByText('Velg en fil.').count()).toBe(1);
    await expectAccessible(page);

    await page.getByLabel('Indikator').selectOption('helse-og-omsorgssektorens-andel-av-bnp');
    await page.getByLabel('Fil (JSON-stat 2.0, CSV eller XLSX)').setInputFiles({ name: 'feil.csv', mimeType: 'text/csv', buffer: Buffer.from('år;verdi\n2020;9,5\n2020;9,6\n2021;mye\n') });
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.waitForURL(/\/sekretariat\/monitor\/import\/\d+$/);
    expect(await page.getByRole('heading', { name: 'Problemer (2)' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Samme kombinasjon av kategorier som rad 2.' }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Ikke et tall: «mye».' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Importer og erstatt dagens tall' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Forkast' }).click();
    await page.waitForURL(/\/sekretariat\/monitor$/);

    await page.getByLabel('Indikator').selectOption('helse-og-omsorgssektorens-andel-av-bnp');
    await page.getByLabel('Fil (JSON-stat 2.0, CSV eller XLSX)').setInputFiles({ name: 'bnp.csv', mimeType: 'text/csv', buffer: Buffer.from('år;verdi\n2020;9,5\n2021;9,7\n') });
    await page.getByRole('button', { name: 'Forhåndsvis' }).click();
    await page.waitForURL(/\/sekretariat\/monitor\/import\/\d+$/);
    expect(await page.getByText('Ingen problemer funnet.').count()).toBe(1);
    await page.getByRole('button', { name: 'Importer og erstatt dagens tall' }).click();
    await expect
      .poll(async () => {
        await page.reload();
        return page.getByText('Importert: 2 observasjoner er nå indikatorens tall.').count();
      })
      .toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Se indikatoren' }).click();
    await page.waitForURL(/\/monitor\/helse-og-omsorgssektorens-andel-av-bnp$/);
    expect(await page.locator('.monitor-summary').textContent()).toBe('Økte fra 9,5 i 2020 til 9,7 i 2021.');
  });

  it('is closed to anyone but the secretariat', async () => {
    const page = await openPage();
    await page.goto('/sekretariat/monitor');
    expect(page.url()).toContain('/logg-inn');
    await signInAs(page, 'medlem@ho21.example');
    const response = await page.goto('/sekretariat/monitor');
    expect(response?.status()).toBe(403);
  });
});
