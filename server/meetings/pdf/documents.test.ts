import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../tests/support/pdf-text.ts';
import { loadCouncilDataSet } from '../../council/data-set.ts';
import { renderCasePaperPdf, renderMeetingBookPdf, renderMinutesPdf, renderNoticePdf } from './documents.tsx';
import type { NoticeData, PaperData } from './paper-data.ts';

const sak7 = loadCouncilDataSet().meetings[0]?.cases[6];
if (!sak7) throw new Error('Sak 7/2020 missing');
const paper: PaperData = {
  meetingNumber: '1/2020',
  caseNumber: '7/2020',
  title: sak7.title,
  type: sak7.type,
  to: sak7.to,
  from: sak7.from,
  caseOfficer: sak7.caseOfficer,
  attachments: sak7.attachments.map((a) => `${a.label}: ${a.title}`),
  previouslyHandled: [],
  sections: sak7.sections,
  footnotes: [],
  proposedDecision: sak7.proposedDecision,
  decision: null,
};
const notice: NoticeData = {
  meetingNumber: '2/2020',
  date: '2020-06-10',
  startTime: '10:00',
  endTime: '15:00',
  place: 'Forskningsrådet, Lysaker',
  agenda: [{ caseNumber: '13/2020', title: 'Godkjenning av innkalling og saksliste', type: 'decision' }],
};

describe('PDF documents', () => {
  it('lays out a case paper as the seed does, with æøå intact', async () => {
    const pdf = await renderCasePaperPdf(paper);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    for (const expected of ['Saksframlegg Møte 1/2020', 'Sak 7/2020', 'Type sak', 'Orienteringssak', 'Saksbehandler', 'Henrietta Blankson', 'Vedlegg', 'Tidligere behandlet', 'Hvorfor saken fremmes', 'Forslag til vedtak']) {
      expect(text.replace(/\n/g, ' '), expected).toContain(expected);
    }
    expect(text).toMatch(/side 1 av \d/);
  });

  it('makes a notice with the agenda and a meeting book with one bookmark per paper', async () => {
    const noticeText = pdfText(await renderNoticePdf(notice));
    expect(noticeText).toContain('Innkalling til møte 2/2020');
    expect(noticeText).toContain('Sak 13/2020');
    const book = await renderMeetingBookPdf(notice, [
      { kind: 'paper', paper },
      { kind: 'minutes', minutes: { meetingNumber: '1/2020', status: 'Utkast på høring', body: 'Referat fra møte 1/2020 i HelseOmsorg21-rådet' } },
      { kind: 'paper', paper: { ...paper, caseNumber: '8/2020', title: 'Viktige meldinger' } },
    ]);
    const raw = book.toString('latin1');
    expect(raw).toContain('/Outlines');
    expect(raw.match(/\/Parent \d+ 0 R/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    expect(pdfText(book)).toContain('Referat fra møte 1/2020 i HelseOmsorg21-rådet');
  });

  it('prints the minutes with their state on every page, so a draft is never taken for the record', async () => {
    const text = pdfText(
      await renderMinutesPdf({
        meetingNumber: '2/2020',
        status: 'Utkast på høring, frist 2020-06-20',
        body: 'Referat fra møte 2/2020 i HelseOmsorg21-rådet\n\nTil stede: Rolf Rådsleder (demo)\n\nSak 13/2020 Godkjenning av innkalling og saksliste\nVedtak: Godkjent.',
      }),
    );
    for (const expected of ['Referat fra møte 2/2020 i HelseOmsorg21-rådet', 'Utkast på høring, frist 2020-06-20', 'Sak 13/2020 Godkjenning av innkalling og saksliste', 'Vedtak: Godkjent.']) {
      expect(text, expected).toContain(expected);
    }
  });

  it('embeds its font, so the paper looks the same everywhere and Sámi names print', async () => {
    const pdf = await renderNoticePdf({ ...notice, place: 'Sámi allaskuvla, Guovdageaidnu – Čáhcesuolu, Đ ŋ š ŧ ž' });
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).toContain('DejaVuSans');
    expect(raw).not.toContain('/Helvetica');
    expect(pdfText(pdf)).toContain('Sámi allaskuvla, Guovdageaidnu – Čáhcesuolu, Đ ŋ š ŧ ž');
  });
});
