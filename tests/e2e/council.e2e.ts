import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';
import { pdfText } from '../support/pdf-text.ts';

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
    const meetings = (await (await fetch(`${baseUrl()}/api/v1/meetings`)).json()) as { number: string; date: string | null }[];
    expect(meetings[0]).toMatchObject({ number: '1/2020', date: null });
    const meeting = (await (await fetch(`${baseUrl()}/api/v1/meetings/2020/1`)).json()) as { cases: { number: string; type: string | null }[] };
    expect(meeting.cases.map((c) => c.number)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}/2020`));
    const sak7 = await fetch(`${baseUrl()}/api/v1/cases/2020/7`);
    expect(sak7.headers.get('content-type')).toContain('application/json');
    expect(((await sak7.json()) as { title: string }).title).toBe('Oppfølging av HO21-strategien i perioden 2015 – 2019');
    const missing = await fetch(`${baseUrl()}/api/v1/cases/2020/99`);
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'application/problem+json; charset=utf-8']);
    await visit(page, '/dokumenter');
    await visit(page, '/dokumenter/radets-arbeidsform');
    await visit(page, '/dokumenter/mandat-helseomsorg21-radet-2020-2024');
    await visit(page, '/dokumenter/oversikt-over-utvalgte-dokumenter');
    await visit(page, '/moter/2020/99', 404);
  });

  it('serves the case paper and the notice as PDF, and keeps the meeting book and DOCX from the public', async () => {
    await visit(page, '/moter/2020/1/saker/10-2020');
    const href = await page.getByRole('link', { name: 'Saksframlegg (PDF)' }).getAttribute('href');
    expect(href).toBe('/moter/2020/1/saker/10-2020/saksframlegg.pdf');
    const download = await page.request.get(href ?? '');
    expect(download.headers()['content-type']).toBe('application/pdf');
    const pdf = Buffer.from(await download.body());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Handlingsplan for kliniske studier');
    expect(text).toContain('Saksframlegg Møte 1/2020');
    expect(text).toContain('Forslag til vedtak');
    const notice = await fetch(`${baseUrl()}/moter/2020/1/innkalling.pdf`);
    expect(notice.headers.get('content-type')).toBe('application/pdf');
    expect(pdfText(Buffer.from(await notice.arrayBuffer()))).toContain('Sak 7/2020');
    expect((await fetch(`${baseUrl()}/moter/2020/1/motebok.pdf`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/moter/2020/1/saker/10-2020/saksframlegg.docx`)).status).toBe(404);
  });
});

describe('the secretariat and a member at work', () => {
  it('creates meeting 2/2020 with the fixed agenda, brings Sak 9/2020 forward, sends the notice, and a member declares a conflict', async () => {
    await signInAs(page, 'sekretariat@ho21.example');
    await visit(page, '/sekretariat/moter');
    await page.getByLabel('Dato').fill('2020-06-10');
    await page.getByLabel('Starttid').fill('10:00');
    await page.getByLabel('Sluttid').fill('15:00');
    await page.getByRole('button', { name: 'Opprett møte' }).click();
    await page.waitForURL(/\/sekretariat\/moter\/[0-9a-f-]{36}$/);
    const meetingUrl = new URL(page.url()).pathname;
    await visit(page, meetingUrl);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Møte 2/2020');
    const agenda = page.getByRole('table', { name: 'Saksliste for Møte 2/2020' });
    expect(await agenda.getByRole('cell').filter({ hasText: /^(Godkjenning|Spørsmål|Utestående|Status|Orienteringer|Eventuelt|Evaluering)/ }).allTextContents()).toEqual([
      'Godkjenning av innkalling og saksliste',
      'Spørsmål om habilitet',
      'Godkjenning av referat fra forrige møte',
      'Utestående fra forrige referat',
      'Status pågående saker',
      'Orienteringer',
      'Eventuelt',
      'Evaluering av møtet',
    ]);

    await visit(page, '/moter/2020/1/saker/9-2020');
    await page.getByRole('link', { name: 'Rediger saken' }).click();
    await page.waitForURL(/\/sekretariat\/saker\//);
    await expectAccessible(page);
    await page.getByLabel('Til møte').selectOption({ label: 'Møte 2/2020' });
    await page.getByRole('button', { name: 'Opprett ny behandling' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sak (får nummer ved innkalling) Handlingsplan for 2020 – 2021' }).waitFor();
    expect(await page.getByLabel('Type sak').inputValue()).toBe('decision');
    await expectAccessible(page);
    await page.getByRole('group', { name: 'Tiltak' }).locator('input[value="so05-01"]').check();
    await page.getByRole('button', { name: 'Lagre saken' }).click();
    await page.waitForURL((url) => url.search.includes('lagret=1'));
    expect(await page.getByRole('group', { name: 'Tiltak' }).locator('input[value="so05-01"]').isChecked()).toBe(true);

    await visit(page, meetingUrl);
    await page.getByRole('button', { name: 'Send innkalling' }).click();
    await page.getByText('Innkallingen er sendt. 3 medlemmer').waitFor();
    await expectAccessible(page);
    const numbers = await page.getByRole('table', { name: 'Saksliste for Møte 2/2020' }).getByRole('rowheader').allTextContents();
    expect(numbers).toEqual(Array.from({ length: 9 }, (_, i) => `Sak ${13 + i}/2020`));
    const outbox = path.join(inject('dataDir'), 'outbox');
    const mails = fs.readdirSync(outbox).map((f) => fs.readFileSync(path.join(outbox, f), 'utf8'));
    expect(mails.some((m) => m.includes('To: medlem@ho21.example') && m.includes('/min-side/moter/2020/2'))).toBe(true);

    await visit(page, '/moter/2020/2/saker/18-2020');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Handlingsplan for 2020 – 2021');
    expect(await page.getByRole('link', { name: /Sak 9\/2020 Handlingsplan for 2020 – 2021/ }).count()).toBe(1);
    expect(await page.locator('dd').getByRole('link', { name: /./ }).evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('/strategien/tiltak/so05-01');
    await visit(page, '/moter/2020/1/saker/9-2020');
    expect(await page.getByRole('link', { name: /Sak 18\/2020/ }).count()).toBe(1);
    await visit(page, '/strategien/tiltak/so05-01');
    await page.getByRole('region', { name: 'Behandlet i HelseOmsorg21-rådet' }).getByRole('link', { name: 'Sak 18/2020 Handlingsplan for 2020 – 2021' }).click();
    await page.waitForURL('**/moter/2020/2/saker/18-2020');

    const memberPage = await (await newContext(browser)).newPage();
    await signInAs(memberPage, 'medlem@ho21.example');
    await visit(memberPage, '/min-side');
    await memberPage.getByRole('link', { name: 'Møtebok: Møte 2/2020' }).click();
    await memberPage.waitForURL('**/min-side/moter/2020/2');
    await expectAccessible(memberPage);
    const form = memberPage.getByRole('form', { name: 'Habilitet for Sak 18/2020 Handlingsplan for 2020 – 2021' });
    await form.getByLabel('Min vurdering').selectOption('disqualified');
    await form.getByRole('button', { name: 'Lagre vurdering' }).click();
    await memberPage.getByText('Skriv hvorfor du mener du er inhabil.').waitFor();
    await expectAccessible(memberPage);
    const again = memberPage.getByRole('form', { name: 'Habilitet for Sak 18/2020 Handlingsplan for 2020 – 2021' });
    await again.getByLabel('Begrunnelse').fill('Arbeidsgiveren min har søkt om midler i saken.');
    await again.getByRole('button', { name: 'Lagre vurdering' }).click();
    await memberPage.getByText('Habilitetsvurderingen din er lagret.').waitFor();
    await visit(memberPage, '/min-side');
    expect(await memberPage.getByRole('table', { name: 'Habilitet per sak' }).textContent()).toContain('Inhabil – Arbeidsgiveren min har søkt om midler i saken.');

    const notesName = 'Private notater for Sak 18/2020 Handlingsplan for 2020 – 2021';
    await visit(memberPage, '/min-side/moter/2020/2');
    await memberPage.getByRole('form', { name: notesName }).getByLabel('Mine private notater').fill('Spør om budsjettet for 2021.');
    await memberPage.getByRole('form', { name: notesName }).getByRole('button', { name: 'Lagre notat' }).click();
    await memberPage.getByText('Notatet ditt er lagret.').waitFor();
    await expectAccessible(memberPage);
    expect(await memberPage.getByRole('form', { name: notesName }).getByLabel('Mine private notater').inputValue()).toBe('Spør om budsjettet for 2021.');
    const chairPage = await (await newContext(browser)).newPage();
    await signInAs(chairPage, 'leder@ho21.example');
    await visit(chairPage, '/min-side/moter/2020/2');
    expect(await chairPage.getByRole('form', { name: notesName }).getByLabel('Mine private notater').inputValue()).toBe('');
  }, 240_000);

  it('holds meeting 2/2020, drafts the minutes, takes a member comment, approves them at 3/2020 and only then publishes them', async () => {
    await signInAs(page, 'sekretariat@ho21.example');
    await visit(page, '/sekretariat/moter');
    await page.getByRole('link', { name: 'Møte 2/2020' }).click();
    await page.waitForURL(/\/sekretariat\/moter\/[0-9a-f-]{36}$/);
    const meetingUrl = new URL(page.url()).pathname;
    await page.getByRole('button', { name: 'Marker som avholdt' }).click();
    await page.getByRole('button', { name: 'Lag utkast til referat' }).click();
    await page.getByLabel('Referattekst').waitFor();
    await expectAccessible(page);
    expect(await page.getByLabel('Referattekst').inputValue()).toContain('Referat fra møte 2/2020 i HelseOmsorg21-rådet');
    await page.getByLabel('Frist for kommentarer').fill('2020-06-20');
    await page.getByRole('button', { name: 'Send på høring til medlemmene' }).click();
    await page.getByRole('heading', { name: 'Referat (På høring)' }).waitFor();

    const anonymous = await (await newContext(browser)).newPage();
    await visit(anonymous, '/moter/2020/2');
    expect(await anonymous.getByRole('heading', { name: 'Referat' }).count()).toBe(0);
    expect(await anonymous.content()).not.toContain('Referat fra møte 2/2020');
    expect((await fetch(`${baseUrl()}/moter/2020/2/referat.pdf`)).status).toBe(404);

    const memberPage = await (await newContext(browser)).newPage();
    await signInAs(memberPage, 'medlem@ho21.example');
    await visit(memberPage, '/min-side/moter/2020/2');
    // Declared disqualified for Sak 18/2020, the member cannot comment on how the minutes record it.
    const items = await memberPage.getByLabel('Gjelder').locator('option').allTextContents();
    expect(items).toContain('Sak 13/2020 Godkjenning av innkalling og saksliste');
    expect(items.some((o) => o.startsWith('Sak 18/2020'))).toBe(false);
    await memberPage.getByLabel('Gjelder').selectOption({ label: 'Sak 19/2020 Orienteringer' });
    await memberPage.getByLabel('Din kommentar').fill('Rett navnet på innlederen.');
    await memberPage.getByRole('button', { name: 'Send kommentar' }).click();
    await memberPage.getByText('Kommentaren er sendt til sekretariatet.').waitFor();
    await expectAccessible(memberPage);
    const draftPdf = await memberPage.request.get('/moter/2020/2/referat.pdf');
    expect(draftPdf.headers()['cache-control']).toBe('private, no-store');
    expect(pdfText(Buffer.from(await draftPdf.body()))).toContain('Utkast på høring, frist 2020-06-20');

    await visit(page, '/sekretariat/moter');
    await page.getByLabel('Dato').fill('2020-09-15');
    await page.getByRole('button', { name: 'Opprett møte' }).click();
    await page.waitForURL((url) => url.pathname !== '/sekretariat/moter');
    await page.getByRole('button', { name: 'Send innkalling' }).click();
    await page.getByText('Innkallingen er sendt.').waitFor();
    const book = await memberPage.request.get('/moter/2020/3/motebok.pdf');
    expect(book.status()).toBe(200);
    const bookText = pdfText(Buffer.from(await book.body()));
    expect(bookText.indexOf('Referat fra møte 2/2020 i HelseOmsorg21-rådet')).toBeGreaterThan(bookText.indexOf('Godkjenning av referat fra forrige møte'));

    await visit(page, meetingUrl);
    expect(await page.getByText('Rett navnet på innlederen.').count()).toBe(1);
    expect(await page.getByRole('listitem').filter({ hasText: 'Rett navnet på innlederen.' }).textContent()).toContain('(Sak 19/2020 Orienteringer)');
    await page.getByLabel('Godkjent i møte').selectOption({ label: 'Møte 3/2020' });
    await page.getByRole('button', { name: 'Registrer godkjenning' }).click();
    await page.getByRole('heading', { name: 'Referat (Godkjent)' }).waitFor();

    const publicPage = await (await newContext(browser)).newPage();
    await visit(publicPage, '/moter/2020/2');
    expect(await publicPage.getByRole('heading', { name: 'Referat', exact: true }).count()).toBe(1);
    expect(await publicPage.getByText('Referat fra møte 2/2020 i HelseOmsorg21-rådet').count()).toBe(1);
    const approvedPdf = await publicPage.request.get(await publicPage.getByRole('link', { name: 'Referat (PDF)' }).getAttribute('href') ?? '');
    expect(approvedPdf.status()).toBe(200);
    expect(pdfText(Buffer.from(await approvedPdf.body()))).toContain('Godkjent i møte 3/2020');
    await visit(publicPage, '/moter/2020/3');
    expect(await publicPage.getByRole('table', { name: 'Saksliste for Møte 3/2020' }).textContent()).toContain('Referatet fra møte 2/2020 godkjennes.');
  }, 240_000);
});
