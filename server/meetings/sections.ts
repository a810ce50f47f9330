import type { CaseSection } from './schema.ts';

/** The editable parts of a case paper: unheaded text, and the three standard sections of the seed's papers. */
export interface CaseTextFields {
  intro: string;
  background: string;
  whyRaised: string;
  mainPoints: string;
}

export const SECTION_HEADINGS = { background: 'Bakgrunn', whyRaised: 'Hvorfor saken fremmes', mainPoints: 'Hovedpunkter' } as const;

const SUBHEADING = /^## (.+)$/;

function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/**
 * Splits a paper's sections into the form's text fields. Sub-headings under "Hovedpunkter" are written as
 * "## Heading" lines, so the round trip keeps the structure.
 */
export function sectionsToFields(sections: readonly CaseSection[]): CaseTextFields {
  const fields: Record<keyof CaseTextFields, string[]> = { intro: [], background: [], whyRaised: [], mainPoints: [] };
  let current: keyof CaseTextFields = 'intro';
  for (const s of sections) {
    if (s.level === 2) {
      fields.mainPoints.push(`## ${s.heading ?? ''}`, ...s.body);
      continue;
    }
    const key: keyof CaseTextFields = (Object.entries(SECTION_HEADINGS).find(([, h]) => h === s.heading)?.[0] as keyof CaseTextFields | undefined) ?? (s.heading === null ? 'intro' : current);
    current = key;
    if (s.heading !== null && !Object.values(SECTION_HEADINGS).includes(s.heading as never)) fields[key].push(`## ${s.heading}`);
    fields[key].push(...s.body);
  }
  return {
    intro: fields.intro.join('\n\n'),
    background: fields.background.join('\n\n'),
    whyRaised: fields.whyRaised.join('\n\n'),
    mainPoints: fields.mainPoints.join('\n\n'),
  };
}

/** Builds a paper's sections from the form's text fields; empty standard sections are left out. */
export function fieldsToSections(fields: CaseTextFields): CaseSection[] {
  const sections: CaseSection[] = [];
  const intro = paragraphs(fields.intro);
  if (intro.length > 0) sections.push({ heading: null, level: 1, body: intro });
  for (const key of ['background', 'whyRaised', 'mainPoints'] as const) {
    const parts = paragraphs(fields[key]);
    if (parts.length === 0) continue;
    let section: CaseSection = { heading: SECTION_HEADINGS[key], level: 1, body: [] };
    sections.push(section);
    for (const p of parts) {
      const sub = SUBHEADING.exec(p);
      if (sub && key === 'mainPoints') {
        section = { heading: sub[1] ?? '', level: 2, body: [] };
        sections.push(section);
      } else section.body.push(p);
    }
  }
  return sections;
}
