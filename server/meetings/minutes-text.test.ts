import { describe, expect, it } from 'vitest';
import { composeMinutes } from './minutes-text.ts';

describe('the minutes draft', () => {
  it('lists attendance and guests, each case with its decision, and who left for which item', () => {
    const text = composeMinutes({
      meetingNumber: '2/2020',
      date: '2020-06-10',
      place: 'Forskningsrådet, Lysaker',
      attendance: [
        { name: 'Rolf Rådsleder (demo)', status: 'present', from: null, to: null },
        { name: 'Mia Medlem (demo)', status: 'part', from: '14/2020', to: null },
        { name: 'Ola Observatør (demo)', status: 'absent', from: null, to: null },
      ],
      guests: [{ kind: 'speaker', name: 'Eva Eksempel (demo)', organisation: 'Demoinstituttet', topic: 'Kliniske studier' }],
      cases: [
        { number: '13/2020', title: 'Godkjenning av innkalling og saksliste', decision: 'Godkjent.', screenedUnder: null, disqualified: [] },
        { number: '14/2020', title: 'Personalsak om en navngitt person', decision: 'Hemmelig vedtak.', screenedUnder: 'offl. § 25', disqualified: [] },
        { number: '18/2020', title: 'Handlingsplan for 2020 – 2021', decision: null, screenedUnder: null, disqualified: [{ name: 'Mia Medlem (demo)', ground: 'discretionary' }] },
      ],
    });
    expect(text).toContain('Referat fra møte 2/2020 i HelseOmsorg21-rådet');
    expect(text).toContain('Til stede: Rolf Rådsleder (demo)');
    expect(text).toContain('Til stede i deler av møtet: Mia Medlem (demo) (fra sak 14/2020)');
    expect(text).toContain('Forfall: Ola Observatør (demo)');
    expect(text).toContain('Eksterne innledere: Eva Eksempel (demo), Demoinstituttet (Kliniske studier)');
    expect(text).toContain('Sak 13/2020 Godkjenning av innkalling og saksliste\nVedtak: Godkjent.');
    expect(text).toContain('Sak 14/2020 Unntatt offentlighet (offl. § 25)\nVedtak: Ført i saken, skjermet.');
    expect(text).not.toContain('Personalsak');
    expect(text).not.toContain('Hemmelig vedtak');
    expect(text).toContain('Sak 18/2020 Handlingsplan for 2020 – 2021\nMia Medlem (demo) fratrådte under behandlingen av saken (inhabil etter skjønn).\nVedtak: Intet');
  });
});
