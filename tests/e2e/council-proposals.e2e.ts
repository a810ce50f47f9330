import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, launchBrowser, newContext, signInAs, visit } from '../support/browser.ts';

let browser: Browser;
// The steps follow one another and share the pages and the meeting they make.
let member: Page;
let meetingName = '';
let sequence = '';
let caseNumber = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

async function pageAs(email: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await signInAs(page, email);
  return page;
}

/** A pattern for a name that contains the text as written (the titles hold parentheses). */
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const ACCEPTED = 'Rekruttering til forskning i kommunene (e2e)';
const DECLINED = 'Egen biobank for rådet (e2e)';
const WITHDRAWN = 'Sak som trekkes (e2e)';

async function propose(page: Page, title: string) {
  await page.getByLabel('Tittel').fill(title);
  await page.getByLabel('Hva saken gjelder').fill(`Bakgrunn for «${title}».`);
  await page.getByLabel('Hvorfor rådet bør ta opp saken').fill('Rådet bør gi et råd.');
  await page.getByRole('button', { name: 'Send inn saken' }).click();
  await page.getByText('Saken er meldt inn.').waitFor();
}

describe('members propose cases, the secretariat handles them', () => {
  it('lets a member propose cases and withdraw one; the chair reads them, observers do not propose', async () => {
    member = await pageAs('medlem@ho21.example');
    await visit(member, '/min-side');
    await member.getByRole('link', { name: 'Meld inn en sak, og se sakene du har meldt inn' }).click();
    await member.waitForURL('**/min-side/saker');
    await expectAccessible(member);
    await member.getByRole('button', { name: 'Send inn saken' }).click();
    await member.getByText('Fyll ut feltet.').first().waitFor();
    await expectAccessible(member);
    await propose(member, ACCEPTED);
    await propose(member, DECLINED);
    await propose(member, WITHDRAWN);
    await expectAccessible(member);
    const mine = member.getByRole('table', { name: 'Saker du har meldt inn, med status' });
    // Other browser tests share the server and may have proposed cases as the same member: look at ours.
    const ours = [WITHDRAWN, DECLINED, ACCEPTED];
    expect((await mine.getByRole('rowheader').allTextContents()).filter((title) => ours.includes(title))).toEqual(ours);
    await member.getByRole('button', { name: `Trekk saken «${WITHDRAWN}»` }).click();
    await member.getByText('Saken er trukket.').waitFor();
    expect(await mine.getByRole('row', { name: containing(WITHDRAWN) }).getByText('Trukket').count()).toBe(1);

    const observer = await pageAs('observator@ho21.example');
    await visit(observer, '/min-side/saker', 403);

    const chair = await pageAs('leder@ho21.example');
    await visit(chair, '/min-side/saker');
    const all = chair.getByRole('table', { name: 'Saker medlemmene har meldt inn' });
    expect(await all.getByRole('row', { name: containing(DECLINED) }).textContent()).toContain('Mia Medlem (demo)');
    expect(await chair.getByRole('button', { name: /Avslå|Sett opp/ }).count()).toBe(0);

  }, 240_000);

  it('lets the secretariat decline one with a reason, accept another into a new meeting, and set up its reference group', async () => {
    const secretariat = await pageAs('sekretariat@ho21.example');
    await visit(secretariat, '/sekretariat');
    await secretariat.getByRole('link', { name: /^Innmeldte saker \(\d+ til behandling\)$/ }).waitFor();
    await visit(secretariat, '/sekretariat/moter');
    await secretariat.getByLabel('Dato').fill('2021-04-14');
    await secretariat.getByLabel('Starttid').fill('10:00');
    await secretariat.getByLabel('Sluttid').fill('15:00');
    await secretariat.getByRole('button', { name: 'Opprett møte' }).click();
    await secretariat.waitForURL(/\/sekretariat\/moter\/[0-9a-f-]{36}$/);
    const meetingUrl = new URL(secretariat.url()).pathname;
    await visit(secretariat, meetingUrl);
    meetingName = (await secretariat.getByRole('heading', { level: 1 }).textContent()) ?? '';
    expect(meetingName).toMatch(/^Møte \d+\/2021$/);
    sequence = meetingName.replace(/^Møte (\d+)\/2021$/, '$1');

    await visit(secretariat, '/sekretariat/innmeldte-saker');
    const staleTab = await pageAs('sekretariat@ho21.example');
    await visit(staleTab, '/sekretariat/innmeldte-saker');
    const decline = secretariat.getByRole('form', { name: `Avslå «${DECLINED}»` });
    await decline.getByRole('button', { name: 'Avslå' }).click();
    await secretariat.getByText('Skriv en begrunnelse som medlemmet kan lese.').waitFor();
    await expectAccessible(secretariat);
    await secretariat.getByRole('form', { name: `Avslå «${DECLINED}»` }).getByLabel('Begrunnelse (medlemmet ser den)').fill('Rådet har ikke mandat til å drive en biobank.');
    await secretariat.getByRole('form', { name: `Avslå «${DECLINED}»` }).getByRole('button', { name: 'Avslå' }).click();
    await secretariat.getByText('Innmeldingen er avslått').waitFor();
    await expectAccessible(secretariat);
    const stale = staleTab.getByRole('form', { name: `Avslå «${DECLINED}»` });
    await stale.getByLabel('Begrunnelse (medlemmet ser den)').fill('En annen begrunnelse');
    await stale.getByRole('button', { name: 'Avslå' }).click();
    await staleTab.getByText('Innmeldingen er allerede behandlet, kanskje i et annet vindu. Den har nå status «Avslått».').waitFor();
    await expectAccessible(staleTab);

    const accept = secretariat.getByRole('form', { name: `Sett opp «${ACCEPTED}» på et møte` });
    await accept.getByLabel('Møte').selectOption({ label: meetingName });
    await accept.getByRole('button', { name: 'Sett opp på møtet' }).click();
    await secretariat.getByRole('heading', { level: 1, name: containing(ACCEPTED) }).waitFor();
    expect(await secretariat.getByText('Innmeldt av Mia Medlem (demo)').count()).toBe(1);
    expect(await secretariat.getByLabel('Type sak').inputValue()).toBe('discussion');
    await expectAccessible(secretariat);

    const group = secretariat.locator('#reference-group');
    await group.getByLabel('Medlem', { exact: true }).selectOption({ label: 'Mia Medlem (demo)' });
    await group.getByRole('button', { name: 'Legg til i referansegruppen' }).click();
    await group.getByRole('button', { name: 'Fjern Mia Medlem (demo) fra referansegruppen' }).waitFor();
    await group.getByLabel('Medlem', { exact: true }).selectOption({ label: 'Rolf Rådsleder (demo)' });
    await group.getByRole('button', { name: 'Legg til i referansegruppen' }).click();
    await group.getByRole('button', { name: 'Fjern Rolf Rådsleder (demo) fra referansegruppen' }).click();
    await group.getByRole('button', { name: 'Fjern Rolf Rådsleder (demo) fra referansegruppen' }).waitFor({ state: 'detached' });
    expect(await group.getByRole('listitem').allTextContents()).toEqual(['Mia Medlem (demo) (Demo helseforetak HF (demo))Fjern']);
    await expectAccessible(secretariat);

    await visit(secretariat, meetingUrl);
    const agenda = secretariat.getByRole('table', { name: `Saksliste for ${meetingName}` });
    expect(await agenda.getByText(ACCEPTED).count()).toBe(1);
    await secretariat.getByRole('button', { name: 'Send innkalling' }).click();
    await secretariat.getByText('Innkallingen er sendt.').waitFor();
    const row = agenda.getByRole('row', { name: containing(ACCEPTED) });
    caseNumber = ((await row.getByRole('rowheader').textContent()) ?? '').replace(/^Sak (\d+)\/2021$/, '$1');

    await visit(secretariat, '/sekretariat/innmeldte-saker');
    expect(await secretariat.getByRole('table', { name: 'Innmeldinger som er satt opp, avslått eller trukket' }).getByRole('rowheader').allTextContents()).toEqual(
      expect.arrayContaining([ACCEPTED, DECLINED, WITHDRAWN]),
    );

  }, 240_000);

  it('shows the member the answer, the case and the reference group, and gives them a personal calendar feed', async () => {
    await visit(member, '/min-side/saker');
    const mine = member.getByRole('table', { name: 'Saker du har meldt inn, med status' });
    expect(await mine.getByRole('row', { name: containing(DECLINED) }).textContent()).toContain('Rådet har ikke mandat til å drive en biobank.');
    await mine.getByRole('link', { name: `Satt opp i ${meetingName}` }).click();
    await member.waitForURL(`**/min-side/moter/2021/${sequence}`);
    await expectAccessible(member);
    await visit(member, '/min-side');
    expect(await member.getByRole('link', { name: `Sak ${caseNumber}/2021 ${ACCEPTED}` }).count()).toBe(1);

    const anonymous = await (await newContext(browser)).newPage();
    await visit(anonymous, `/moter/2021/${sequence}/saker/${caseNumber}-2021`);
    const participants = anonymous.getByRole('region', { name: 'Referansegruppe' });
    expect(await participants.textContent()).toContain('Mia Medlem (demo)');
    expect(await participants.textContent()).not.toContain('Innmeldt av');
    await visit(member, `/moter/2021/${sequence}/saker/${caseNumber}-2021`);
    expect(await member.getByText('Innmeldt av Mia Medlem (demo)').count()).toBe(1);

    await visit(member, '/min-side/kalender');
    await member.getByRole('button', { name: 'Lag ny lenke' }).click();
    const link = member.getByLabel('Din kalenderlenke');
    await link.waitFor();
    await expectAccessible(member);
    const first = new URL(await link.inputValue()).pathname;
    expect(first).toMatch(/^\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await fetch(`${baseUrl()}${first}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics).toContain('DTSTART:20210414T100000');
    expect(ics).toContain(`/min-side/moter/2021/${sequence}`);
    expect(ics).not.toContain(ACCEPTED);

    await visit(member, '/min-side/kalender');
    expect(await member.getByText(/^Du har en aktiv lenke, laget /).count()).toBe(1);
    expect(await member.content()).not.toContain(first);
    await member.getByRole('button', { name: 'Lag ny lenke' }).click();
    await member.getByLabel('Din kalenderlenke').waitFor();
    const second = new URL(await member.getByLabel('Din kalenderlenke').inputValue()).pathname;
    expect(second).not.toBe(first);
    expect((await fetch(`${baseUrl()}${first}`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}${second}`)).status).toBe(200);
    expect((await fetch(`${baseUrl()}/kalender/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/kalender/ukjent.ics`)).status).toBe(404);
  }, 240_000);
});
