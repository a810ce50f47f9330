import { describe, expect, it } from 'vitest';
import { loadCouncilDataSet } from '../council/data-set.ts';
import { fieldsToSections, sectionsToFields } from './sections.ts';

describe('case paper sections and the edit form', () => {
  it('round-trips every paper of meeting 1/2020 unchanged', () => {
    for (const c of loadCouncilDataSet().meetings[0]?.cases ?? []) {
      expect(fieldsToSections(sectionsToFields(c.sections)), c.caseNumberText).toEqual(c.sections);
    }
  });

  it('turns "## " lines in the main points into sub-headings and drops empty sections', () => {
    expect(fieldsToSections({ intro: '', background: 'A\n\nB', whyRaised: '  ', mainPoints: 'Intro\n\n## Del 1\n\nTekst' })).toEqual([
      { heading: 'Bakgrunn', level: 1, body: ['A', 'B'] },
      { heading: 'Hovedpunkter', level: 1, body: ['Intro'] },
      { heading: 'Del 1', level: 2, body: ['Tekst'] },
    ]);
  });
});
