import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';
import { pdfText } from '../support/pdf-text.ts';

// Every secret gets its own word, so a hit names what leaked. Letters only: the words must survive PDF text
// extraction and HTML escaping unchanged.
const run = Date.now().toString(36).replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)] ?? 'x');
const secret = {
  plannedCase: `Lekkplanlagt${run}`,
  screenedTitle: `Lekkskjermet${run}`,
  screenedBody: `Lekkbakgrunn${run}`,
  screenedDecision: `Lekkvedtak${run}`,
  draftMinutes: `Lekkreferat${run}`,
  declaration: `Lekkhabilitet${run}`,
  privateNote: `Lekknotat${run}`,
  comment: `Lekkkommentar${run}`,
  internalFile: `Lekkinterntvedlegg${run}`,
  councilFile: `Lekkraadsvedlegg${run}`,
  fileContent: `Lekkfilinnhold${run}`,
  proposal: `Lekkinnmelding${run}`,
};

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function createMeeting(page: Page, date: string): Promise<string> {
  await visit(page, '/sekretariat/moter');
  await page.getByLabel('Dato').fill(date);
  await page.getByRole('button', { name: 'Opprett møte' }).click();
  await page.waitForURL((url) => /^\/sekretariat\/moter\/[0-9a-f-]{36}$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

async function addCase(page: Page, meetingUrl: string, title: string, background: string): Promise<string> {
  await visit(page, meetingUrl);
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Bakgrunn').fill(background);
  await page.getByRole('button', { name: 'Legg til sak' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/sekretariat/saker/'));
  return new URL(page.url()).pathname;
}

const SKIP = [/^\/logg-(inn|ut)/, /^\/sprak\//, /^\/auth\//, /\.xlsx$/, /\.docx$/];

/** Follows every same-origin link from the public entry points as an anonymous visitor; returns each answer's text. */
async function crawl(starts: string[], limit = 2500): Promise<Map<string, { status: number; text: string }>> {
  const origin = new URL(baseUrl()).origin;
  const seen = new Map<string, { status: number; text: string }>();
  const queued = new Set(starts);
  const perPath = new Map<string, number>();
  const queue = [...starts];
  while (queue.length > 0 && seen.size < limit) {
    const next = queue.shift() as string;
    const response = await fetch(`${origin}${next}`, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const body = Buffer.from(await response.arrayBuffer());
    const text = type.includes('application/pdf') ? pdfText(body) : /text|json|calendar|xml|csv/.test(type) ? body.toString('utf8') : '';
    seen.set(next, { status: response.status, text });
    const location = response.headers.get('location');
    const found = [...text.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&'));
    found.push(...[...text.matchAll(/"(?:url|href|self)"\s*:\s*"([^"]+)"/g)].map((m) => m[1] ?? ''));
    if (location) found.push(location);
    for (const raw of found) {
      let url: URL;
      try {
        url = new URL(raw, `${origin}${next}`);
      } catch {
        continue;
      }
      if (url.origin !== origin || SKIP.some((s) => s.test(url.pathname))) continue;
      const key = `${url.pathname}${url.search}`;
      if (queued.has(key)) continue;
      // Filter variants of one page show the same records; a few per page are enough to cover them.
      const variants = perPath.get(url.pathname) ?? 0;
      if (url.search && variants >= 3) continue;
      perPath.set(url.pathname, variants + 1);
      queued.add(key);
      queue.push(key);
    }
  }
  return seen;
}

describe('nothing internal reaches the public', () => {
  it('crawls every public page, feed, file and API answer as anonymous and finds no draft, screened, private or council-only text', async () => {
    const page = await (await newContext(browser)).newPage();
    await signInAs(page, 'sekretariat@ho21.example');

    const planned = await createMeeting(page, '2023-03-03');
    await addCase(page, planned, secret.plannedCase, secret.plannedCase);

    const held = await createMeeting(page, '2023-06-06');
    const screenedCase = await addCase(page, held, secret.screenedTitle, secret.screenedBody);
    await page.getByRole('checkbox', { name: 'Skjermet (unntatt offentlighet)' }).check();
    await page.getByLabel('Hjemmel og begrunnelse').fill('offl. § 14');
    await page.getByRole('button', { name: 'Lagre skjerming' }).click();
    await page.getByText('Saksframlegget er skjermet (offl. § 14).', { exact: false }).waitFor();
    await expectAccessible(page);
    await visit(page, held);
    const secondTab = await page.context().newPage();
    await visit(secondTab, held);
    await page.getByRole('button', { name: 'Send innkalling' }).click();
    await page.getByText('Innkallingen er sendt.', { exact: false }).waitFor();
    // The other tab still offers to send the notice; sending it again must not renumber or mail twice.
    await secondTab.getByRole('button', { name: 'Send innkalling' }).click();
    const conflict = secondTab.getByRole('alert').filter({ hasText: 'Det du prøvde' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Innkalling sendt');
    await expectAccessible(secondTab);
    await secondTab.close();
    await page.getByRole('button', { name: 'Marker som avholdt' }).click();
    await page.getByRole('button', { name: 'Lag utkast til referat' }).waitFor();

    // Files on a public item that only the secretariat or the council may read.
    await visit(page, held);
    await page.getByRole('link', { name: 'Rediger Godkjenning av innkalling og saksliste' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/sekretariat/saker/'));
    const itemUrl = new URL(page.url()).pathname;
    for (const [title, visibility] of [
      [secret.internalFile, 'Intern (sekretariatet)'],
      [secret.councilFile, 'Rådet (medlemmene)'],
    ] as const) {
      await page.goto(itemUrl);
      const form = page.getByRole('form', { name: 'Legg til vedlegg' });
      await form.getByLabel('Tittel').fill(title);
      await form.getByLabel('Synlighet').selectOption({ label: visibility });
      await form.getByLabel('Fil').setInputFiles({ name: `${title}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${secret.fileContent}\n`) });
      await form.getByRole('button', { name: 'Last opp vedlegg' }).click();
      await page.waitForURL((url) => url.search.includes('lagret=1'));
      await page.getByText('Vedlegget er lagret', { exact: false }).first().waitFor();
      await page.getByText(title).first().waitFor();
    }
    await expectAccessible(page);

    await visit(page, screenedCase);
    await page.getByRole('textbox', { name: 'Vedtak', exact: true }).fill(secret.screenedDecision);
    await page.getByRole('button', { name: 'Registrer vedtak' }).click();
    await page.waitForURL((url) => url.search.includes('lagret=1'));

    await visit(page, held);
    await page.getByRole('button', { name: 'Lag utkast til referat' }).click();
    const body = page.getByLabel('Referattekst');
    await body.waitFor();
    expect(await body.inputValue()).toContain('Unntatt offentlighet (offl. § 14)');
    expect(await body.inputValue()).not.toContain(secret.screenedTitle);
    await body.fill(`${await body.inputValue()}\n${secret.draftMinutes}`);
    await page.getByLabel('Frist for kommentarer').fill('2023-06-20');
    await page.getByRole('button', { name: 'Send på høring til medlemmene' }).click();
    await page.getByRole('heading', { name: 'Referat (På høring)' }).waitFor();

    const member = await (await newContext(browser)).newPage();
    await signInAs(member, 'medlem@ho21.example');
    await visit(member, '/min-side/moter/2023/2');
    const caseName = (await member.getByRole('heading', { name: secret.screenedTitle }).textContent())?.split(':')[0]?.trim() ?? '';
    const declaration = member.getByRole('form', { name: `Habilitet for ${caseName} ${secret.screenedTitle}` });
    await declaration.getByLabel('Min vurdering').selectOption('disqualified');
    await declaration.getByLabel('Begrunnelse').fill(secret.declaration);
    await declaration.getByRole('button', { name: 'Lagre vurdering' }).click();
    await member.getByText('Habilitetsvurderingen din er lagret.').waitFor();
    const note = member.getByRole('form', { name: `Private notater for ${caseName} ${secret.screenedTitle}` });
    await note.getByLabel('Mine private notater').fill(secret.privateNote);
    await note.getByRole('button', { name: 'Lagre notat' }).click();
    await member.getByText('Notatet ditt er lagret.').waitFor();
    // Disqualified now, the member can no longer pick the screened case for a comment on the minutes.
    expect(await member.getByLabel('Gjelder').locator('option', { hasText: secret.screenedTitle }).count()).toBe(0);
    await member.getByLabel('Din kommentar').fill(secret.comment);
    await member.getByRole('button', { name: 'Send kommentar' }).click();
    await member.getByText('Kommentaren er sendt til sekretariatet.').waitFor();
    await expectAccessible(member);
    await visit(member, '/min-side/saker');
    await member.getByLabel('Tittel').fill(secret.proposal);
    await member.getByLabel('Hva saken gjelder').fill(secret.proposal);
    await member.getByLabel('Hvorfor rådet bør ta opp saken').fill(secret.proposal);
    await member.getByRole('button', { name: 'Send inn saken' }).click();
    await member.getByText('Saken er meldt inn.').waitFor();

    const pages = await crawl(['/', '/moter', '/moter/2023/1', '/moter/2023/2', '/radet', '/dokumenter', '/strategien', '/monitor', '/moter.ics', '/api/v1/meetings', '/api/v1/meetings/2023/2', '/api/v1/strategy', '/api/v1/measures', '/api/v1/indicators']);
    const leaks = [...pages].flatMap(([url, { text }]) => Object.entries(secret).filter(([, word]) => text.includes(word)).map(([name]) => `${name} in ${url}`));
    expect(leaks).toEqual([]);
    const paths = [...pages.keys()];
    expect(paths).toEqual(expect.arrayContaining(['/moter/2023/2', '/moter/2023/2/innkalling.pdf', '/moter/2020/1']));
    expect(paths.length).toBeGreaterThan(100);
    expect(pages.get('/moter/2023/2')?.text).toContain('Skjermet sak');
    expect([...pages.values()].filter((p) => p.status >= 500)).toEqual([]);

    // Asked for directly, the internal addresses answer as if nothing were there.
    const number = /Sak (\d+)\/2023/.exec(caseName);
    for (const [url, status] of [
      [`/moter/2023/2/saker/${number?.[1]}-2023`, 404],
      [`/moter/2023/2/saker/${number?.[1]}-2023/saksframlegg.pdf`, 404],
      [`/api/v1/cases/2023/${number?.[1]}`, 404],
      ['/moter/2023/2/motebok.pdf', 404],
      ['/moter/2023/2/referat.pdf', 404],
    ] as const) {
      expect((await fetch(`${baseUrl()}${url}`, { redirect: 'manual' })).status, url).toBe(status);
    }
    const anonymous = await (await newContext(browser)).newPage();
    await visit(anonymous, '/moter/2023/2');
    expect(await anonymous.content()).not.toContain(secret.screenedTitle);
  }, 600_000);
});
