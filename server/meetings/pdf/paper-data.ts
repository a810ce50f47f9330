import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { caseDetailsMany } from '../case-details.ts';
import type { Audience, CaseRow } from '../queries.ts';
import { councilCases, meetings, type CaseSection, type CaseType } from '../schema.ts';

/** Everything a printed case paper shows, already reduced to what the reader may see. */
export interface PaperData {
  meetingNumber: string;
  caseNumber: string | null;
  title: string;
  type: CaseType | null;
  to: string | null;
  from: string | null;
  caseOfficer: string | null;
  attachments: string[];
  previouslyHandled: string[];
  sections: CaseSection[];
  footnotes: { marker: string; text: string }[];
  proposedDecision: string | null;
  decision: string | null;
}

export const TYPE_TEXT: Record<CaseType | 'none', string> = {
  decision: 'Vedtakssak',
  discussion: 'Diskusjonssak',
  information: 'Orienteringssak',
  none: '',
};

function number(sequence: number | null, year: number | null): string | null {
  return sequence != null && year != null ? `${sequence}/${year}` : null;
}

/** The printed papers of many cases of one meeting, each as its audience may read it, in a fixed number of queries. */
export async function paperDataMany(db: Queryable, papers: { c: CaseRow; audience: Audience }[], meeting: { year: number; sequence: number }): Promise<PaperData[]> {
  const details = await caseDetailsMany(db, papers);
  return papers.map(({ c }) => {
    const d = details.get(c.id);
    if (!d) throw new Error('case details missing');
    return {
      meetingNumber: `${meeting.sequence}/${meeting.year}`,
      caseNumber: number(c.sequence, c.year),
      title: c.title,
      type: c.type,
      to: c.to,
      from: c.from,
      caseOfficer: c.caseOfficer,
      attachments: d.attachments.map((a) => `${a.label}: ${a.title}`),
      previouslyHandled: d.previousHandlings.length
        ? d.previousHandlings.map((h) => `Sak ${number(h.sequence, h.year) ?? '(uten nummer)'} ${h.title}, møte ${h.meetingSequence}/${h.meetingYear}`)
        : c.previouslyHandledText
          ? [c.previouslyHandledText]
          : [],
      sections: c.sections,
      footnotes: c.footnotes.map((f) => ({ marker: f.marker, text: f.text })),
      proposedDecision: c.proposedDecision,
      decision: c.decision,
    };
  });
}

export async function paperData(db: Queryable, c: CaseRow, meeting: { year: number; sequence: number }, audience: Audience): Promise<PaperData> {
  const [paper] = await paperDataMany(db, [{ c, audience }], meeting);
  if (!paper) throw new Error('paper missing');
  return paper;
}

export interface NoticeData {
  meetingNumber: string;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  place: string | null;
  agenda: { caseNumber: string | null; title: string; type: CaseType | null }[];
}

/** The notice with its agenda; a screened case keeps its number but not its title for readers outside the council. */
export async function noticeData(db: Queryable, meetingId: string, audience: Audience): Promise<NoticeData | null> {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const agenda = await db.select().from(councilCases).where(eq(councilCases.meetingId, meetingId)).orderBy(asc(councilCases.position));
  return {
    meetingNumber: `${meeting.sequence}/${meeting.year}`,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    agenda: agenda.map((c) => ({
      caseNumber: number(c.sequence, c.year),
      title: c.screened && audience === 'public' ? 'Skjermet sak' : c.title,
      type: c.type,
    })),
  };
}
