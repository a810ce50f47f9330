import { describe, expect, it } from 'vitest';
import { zipEntry } from '../../tests/support/zip-entry.ts';
import { renderCasePaperDocx } from './docx.ts';

describe('the case paper as DOCX', () => {
  it('is a Word document with the header, the facts and the proposed decision', async () => {
    const docx = await renderCasePaperDocx({
      meetingNumber: '1/2020',
      caseNumber: '10/2020',
      title: 'Handlingsplan for kliniske studier',
      type: 'decision',
      to: 'HO21-rådet',
      from: 'Ole Johan Borge',
      caseOfficer: 'Henrietta Blankson/Ina Kathrine Dahlsveen',
      attachments: [],
      previouslyHandled: [],
      sections: [{ heading: 'Bakgrunn', level: 1, body: ['Helse- og omsorgsdepartementet utarbeider en handlingsplan.'] }],
      footnotes: [],
      proposedDecision: 'Rådet utarbeider et innspill.',
      decision: null,
    });
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const xml = zipEntry(docx, 'word/document.xml') ?? '';
    for (const text of ['Saksframlegg Møte 1/2020', 'Sak 10/2020', 'Handlingsplan for kliniske studier', 'Vedtakssak', 'Saksbehandler', 'Forslag til vedtak', 'Rådet utarbeider et innspill.']) {
      expect(xml, text).toContain(text);
    }
  });
});
