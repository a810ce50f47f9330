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
    await visit(member, '/sekretariat/strategi/tiltak/so09-02', 403);
    const anonymous = await (await newContext(browser)).newPage();
    await anonymous.goto('/sekretariat/strategi/aktorer');
    expect(new URL(anonymous.url()).pathname).toBe('/logg-inn');
  });

  it('shows the overview with every focus area and its measures, reachable from the secretariat page', async () => {
    const page = await secretariat();
    await visit(page, '/sekretariat');
    await page.getByRole('link', { name: 'Rediger strategien, tiltakene og statusen deres' }).click();
    await page.waitForURL('**/sekretariat/strategi');
    await expectAccessible(page);
    expect(await page.getByRole('table', { name: 'Tiltak under Økt brukermedvirkning' }).getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByRole('button', { name: /^Flytt opp: / }).count()).toBeGreaterThan(40);
  }, 120_000);

  it('shows the forms for measures, focus areas, goal statements and actors without axe violations', async () => {
    const page = await secretariat();
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
  }, 240_000);

  it('keeps what was typed and shows the error next to the field when a new actor has no name', async () => {
    const page = await secretariat({ javaScript: false });
    await visit(page, '/sekretariat/strategi/aktorer/ny');
    await page.getByLabel('Kortnavn').fill('DEMO');
    await page.getByLabel('Type').selectOption('agency');
    await page.getByRole('button', { name: 'Opprett' }).click();
    await page.getByText('Fyll ut feltet.').waitFor();
    expect(await page.getByLabel('Kortnavn').inputValue()).toBe('DEMO');
    expect(await page.getByLabel('Type').inputValue()).toBe('agency');
    expect(await page.getByLabel('Navn', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
  }, 120_000);

  it('adds a status entry without JavaScript and shows it in the history; a bad date is reported next to the field', async () => {
    const page = await secretariat({ javaScript: false });
    await visit(page, '/sekretariat/strategi/tiltak/so09-02');
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
  }, 120_000);

  it('gives the second of two editors a conflict view with both versions, and lets them re-apply theirs', async () => {
    const first = await secretariat();
    const second = await secretariat();
    await visit(first, '/sekretariat/strategi/tiltak/so09-03');
    await visit(second, '/sekretariat/strategi/tiltak/so09-03');
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
  }, 120_000);

  it('previews an import with one bad row, names the row, column and reason, and writes nothing', async () => {
    const page = await secretariat({ javaScript: false });
    await visit(page, '/sekretariat/strategi/import');
    const template = await page.request.get('/sekretariat/strategi/import/mal.xlsx');
    expect(template.status()).toBe(200);
    expect(template.headers()['content-type']).toContain('spreadsheetml');
    const csv = [
      'measureId,focusAreaId,title,subPoints,inGovernmentActionPlan,actorIds,statusDate,statusLevel,statusText,statusSource',
      'so09-04,utvikling-av-de-menneskelige-ressursene,Importert tittel som ikke skal lagres,,ja,ks,2026-04-01,implemented,Ferdig,Møte 2/2026',
      ',utvikling-av-de-menneskelige-ressursene,Nytt tiltak som ikke skal lagres,,,,,,,',
      'so09-05,utvikling-av-de-menneskelige-ressursene,Tiltak med feil,,,,2026-04-31,implemented,,Møte 2/2026',
    ].join('\n');
    await page.getByLabel('Fil (XLSX eller CSV)').setInputFiles({ name: 'status.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Last opp og se forhåndsvisning' }).click();
    await page.getByRole('heading', { name: 'Forhåndsvisning av importen' }).waitFor();
    await expectAccessible(page);
    expect(await page.getByRole('main').textContent()).toContain('1 nye, 1 endret, 0 uendret, 1 med feil.');
    const rows = page.getByRole('table', { name: /Hver rad i filen/ }).getByRole('row');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(3).textContent()).toContain('Kolonne statusDate: Skriv en gyldig dato.');
    expect(await rows.nth(3).textContent()).toContain('Feil');
    expect(await page.getByRole('button', { name: 'Bekreft og lagre importen' }).count()).toBe(0);
    expect(await page.getByRole('main').textContent()).toContain('Ingenting er lagret.');

    await visit(page, '/sekretariat/strategi/tiltak/so09-04');
    expect(await page.getByLabel('Tiltak', { exact: true }).inputValue()).not.toBe('Importert tittel som ikke skal lagres');
    expect(await page.getByRole('table', { name: /Alle statuser/ }).getByRole('row').count()).toBe(2);
  }, 120_000);

  it('confirms a clean import and shows the new status in the measure history', async () => {
    const page = await secretariat();
    await visit(page, '/sekretariat/strategi/import');
    const csv = [
      'measureId;focusAreaId;title;subPoints;inGovernmentActionPlan;actorIds;statusDate;statusLevel;statusText;statusSource',
      'so09-06;utvikling-av-de-menneskelige-ressursene;Importert og lagret tiltak;første|andre;Delvis;ks;2026-05-20;planned;Planlagt etter import;Møte 3/2026',
    ].join('\n');
    await page.getByLabel('Fil (XLSX eller CSV)').setInputFiles({ name: 'status.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Last opp og se forhåndsvisning' }).click();
    await page.getByRole('button', { name: 'Bekreft og lagre importen' }).click();
    await page.getByText(/Importen er lagret/).waitFor();
    await expectAccessible(page);
    await visit(page, '/sekretariat/strategi/tiltak/so09-06');
    expect(await page.getByLabel('Tiltak', { exact: true }).inputValue()).toBe('Importert og lagret tiltak');
    const newest = page.getByRole('table', { name: /Alle statuser/ }).getByRole('row').nth(1);
    expect(await newest.textContent()).toContain('Planlagt etter import');
  }, 120_000);
});
