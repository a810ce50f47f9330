import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const CASE = '/moter/2020/1/saker/8-2020';
const PDF_V1 = Buffer.from('%PDF-1.4\n% Statusrapport versjon 1\n');
const PDF_V2 = Buffer.from('%PDF-1.4\n% Statusrapport versjon 2\n');
const AUDIO = Buffer.from('ID3 lydopptak (test)');
const urls = { v1: '', v2: '', audio: '', council: '' };

async function newPage(): Promise<Page> {
  return (await newContext(browser)).newPage();
}

async function versionHref(page: Page, name: RegExp): Promise<string> {
  const href = await page.getByRole('link', { name }).getAttribute('href');
  if (!href) throw new Error(`no link ${name}`);
  return href;
}

describe('case attachments as files', () => {
  it('the secretariat uploads a public PDF and a second version, a council note and an internal audio recording', async () => {
    const page = await newPage();
    await signInAs(page, 'sekretariat@ho21.example');
    await visit(page, CASE);
    await page.getByRole('link', { name: 'Rediger saken' }).click();
    await page.waitForURL(/\/sekretariat\/saker\/[0-9a-f-]{36}$/);
    const adminCase = new URL(page.url()).pathname;
    await visit(page, adminCase);

    const add = page.getByRole('form', { name: 'Legg til vedlegg' });
    await add.getByLabel('Tittel').fill('Statusrapport (test)');
    await add.getByRole('button', { name: 'Last opp vedlegg' }).click();
    await page.getByText('Velg en fil.').waitFor();
    const attachmentsPage = new URL(page.url()).pathname;
    expect(attachmentsPage).toBe(`${adminCase}/vedlegg`);
    await expectAccessible(page);
    expect(await page.getByRole('form', { name: 'Legg til vedlegg' }).getByLabel('Tittel').inputValue()).toBe('Statusrapport (test)');

    await page.getByRole('form', { name: 'Legg til vedlegg' }).getByLabel('Fil').setInputFiles({ name: 'statusrapport.pdf', mimeType: 'application/pdf', buffer: PDF_V1 });
    await page.getByRole('button', { name: 'Last opp vedlegg' }).click();
    await page.waitForURL(/\/vedlegg\?lagret=1$/);
    await visit(page, `${attachmentsPage}?lagret=1`);
    expect(await page.getByText('Vedlegget er lagret.').count()).toBe(1);

    // Each submission starts from the page without "?lagret=1", so waiting for that URL waits for the answer.
    await page.goto(attachmentsPage);
    const newVersion = page.getByRole('form', { name: 'Last opp ny versjon av Statusrapport (test)' });
    await newVersion.getByLabel('Fil').setInputFiles({ name: 'statusrapport v2.pdf', mimeType: 'application/pdf', buffer: PDF_V2 });
    await newVersion.getByRole('button', { name: 'Last opp ny versjon' }).click();
    await page.waitForURL(/\/vedlegg\?lagret=1$/);

    const addAs = async (title: string, kind: string, visibility: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
      await page.goto(attachmentsPage);
      const form = page.getByRole('form', { name: 'Legg til vedlegg' });
      await form.getByLabel('Tittel').fill(title);
      await form.getByLabel('Type').selectOption({ label: kind });
      await form.getByLabel('Synlighet').selectOption({ label: visibility });
      await form.getByLabel('Fil').setInputFiles(file);
      await form.getByRole('button', { name: 'Last opp vedlegg' }).click();
    };
    await addAs('Lydopptak sak 8 (test)', 'Lydopptak', 'Offentlig', { name: 'opptak.mp3', mimeType: 'audio/mpeg', buffer: AUDIO });
    await page.getByText('Lydopptak kan bare være interne.').waitFor();
    await expectAccessible(page);
    await addAs('Lydopptak sak 8 (test)', 'Lydopptak', 'Intern (sekretariatet)', { name: 'opptak.mp3', mimeType: 'audio/mpeg', buffer: AUDIO });
    await page.waitForURL(/\/vedlegg\?lagret=1$/);
    await addAs('Notat til rådet (test)', 'Dokument', 'Rådet (medlemmene)', { name: 'notat.pdf', mimeType: 'application/pdf', buffer: PDF_V1 });
    await page.waitForURL(/\/vedlegg\?lagret=1$/);

    await visit(page, adminCase);
    urls.v1 = await versionHref(page, /^Versjon 1: statusrapport\.pdf/);
    urls.v2 = await versionHref(page, /^Versjon 2: statusrapport v2\.pdf/);
    urls.audio = await versionHref(page, /^Versjon 1: opptak\.mp3/);
    urls.council = await versionHref(page, /^Versjon 1: notat\.pdf/);
    expect(urls.audio).toMatch(/^\/moter\/2020\/1\/saker\/8-2020\/vedlegg\/[0-9a-f-]{36}\/1$/);

    const audio = await page.request.get(urls.audio);
    expect(audio.status()).toBe(200);
    expect(audio.headers()['content-type']).toBe('audio/mpeg');
    expect(audio.headers()['x-content-type-options']).toBe('nosniff');
    expect(audio.headers()['content-disposition']).toContain(`filename="opptak.mp3"`);
    expect(Buffer.from(await audio.body()).equals(AUDIO)).toBe(true);
  }, 120_000);

  it('the public sees only the public attachment, both its versions, and gets 404 for the others', async () => {
    const page = await newPage();
    await visit(page, CASE);
    expect(await page.getByRole('link', { name: /statusrapport/ }).count()).toBe(2);
    expect(await page.getByText('Lydopptak sak 8 (test)').count()).toBe(0);
    expect(await page.getByText('Notat til rådet (test)').count()).toBe(0);

    const v1 = await fetch(`${baseUrl()}${urls.v1}`);
    expect([v1.status, v1.headers.get('content-type'), v1.headers.get('x-content-type-options')]).toEqual([200, 'application/pdf', 'nosniff']);
    expect(v1.headers.get('content-disposition')).toContain(`filename*=UTF-8''statusrapport.pdf`);
    expect(Buffer.from(await v1.arrayBuffer()).equals(PDF_V1)).toBe(true);
    const v2 = await fetch(`${baseUrl()}${urls.v2}`);
    expect(Buffer.from(await v2.arrayBuffer()).equals(PDF_V2)).toBe(true);
    for (const hidden of [urls.audio, urls.council]) expect((await fetch(`${baseUrl()}${hidden}`)).status).toBe(404);

    const api = (await (await fetch(`${baseUrl()}/api/v1/cases/2020/8`)).json()) as { documents: { title: string; url: string; mediaType: string }[] };
    const files = api.documents.filter((d) => d.url.includes('/vedlegg/'));
    expect(files).toEqual([{ title: 'Statusrapport (test)', url: `${baseUrl()}${urls.v2}`, mediaType: 'application/pdf' }]);
  });

  it('a member sees the council attachment in the meeting book and on the case, never the internal recording', async () => {
    const page = await newPage();
    await signInAs(page, 'medlem@ho21.example');
    await visit(page, '/min-side/moter/2020/1');
    expect(await page.getByRole('link', { name: /^Versjon 1: notat\.pdf/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Versjon 2: statusrapport v2\.pdf/ }).count()).toBe(1);
    expect(await page.getByText('Lydopptak sak 8 (test)').count()).toBe(0);
    await visit(page, CASE);
    expect(await page.getByText('Notat til rådet (test)').count()).toBe(1);
    expect((await page.request.get(urls.council)).status()).toBe(200);
    expect((await page.request.get(urls.audio)).status()).toBe(404);
  });
});
