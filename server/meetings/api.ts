import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/types.ts';
import { publicAttachmentFiles } from './attachment-access.ts';
import { agendaPublished } from './queries.ts';
import { caseAttachments, caseFocusAreas, caseHandlings, councilCases, councilDocuments, meetings } from './schema.ts';

// Presenters of the read-only public API: only what the public pages show, never a draft or a screened paper.

type MeetingRow = typeof meetings.$inferSelect;

function presentMeeting(m: MeetingRow) {
  return { id: m.id, number: `${m.sequence}/${m.year}`, year: m.year, sequence: m.sequence, date: m.date, place: m.place, state: m.state };
}

export async function apiMeetings(db: Queryable) {
  const rows = await db.select().from(meetings).orderBy(asc(meetings.year), asc(meetings.sequence));
  return rows.map(presentMeeting);
}

/** The public cases of the given meetings, with links, focus areas and documents fetched in batches. */
async function publicCases(db: Queryable, meetingRows: MeetingRow[], publicUrl: string, only?: { year: number; sequence: number }) {
  const published = meetingRows.filter((m) => agendaPublished(m.state));
  if (published.length === 0) return [];
  const cases = await db
    .select()
    .from(councilCases)
    .where(
      and(
        inArray(
          councilCases.meetingId,
          published.map((m) => m.id),
        ),
        eq(councilCases.screened, false),
        only ? and(eq(councilCases.year, only.year), eq(councilCases.sequence, only.sequence)) : undefined,
      ),
    )
    .orderBy(asc(councilCases.position));
  const ids = cases.map((c) => c.id);
  const previous = alias(councilCases, 'previous');
  const previousMeeting = alias(meetings, 'previous_meeting');
  if (ids.length === 0) return [];
  const [areas, handlings, attachments, files] = await Promise.all([
    db.select().from(caseFocusAreas).where(inArray(caseFocusAreas.caseId, ids)),
    db
      .select({ caseId: caseHandlings.caseId, previousCaseId: caseHandlings.previousCaseId })
      .from(caseHandlings)
      .innerJoin(previous, eq(previous.id, caseHandlings.previousCaseId))
      .innerJoin(previousMeeting, eq(previousMeeting.id, previous.meetingId))
      // Only earlier handlings the public can also read.
      .where(and(inArray(caseHandlings.caseId, ids), eq(previous.screened, false), ne(previousMeeting.state, 'planned'))),
    db
      .select({ caseId: caseAttachments.caseId, title: caseAttachments.title, documentId: caseAttachments.documentId })
      .from(caseAttachments)
      .innerJoin(councilDocuments, eq(councilDocuments.id, caseAttachments.documentId))
      .where(and(inArray(caseAttachments.caseId, ids), eq(caseAttachments.visibility, 'public'), eq(councilDocuments.visibility, 'public')))
      .orderBy(asc(caseAttachments.position)),
    publicAttachmentFiles(db, ids),
  ]);
  const byId = new Map(meetingRows.map((m) => [m.id, m]));
  return cases
    .filter((c) => c.sequence !== null && c.year !== null)
    .map((c) => {
      const m = byId.get(c.meetingId);
      const paper = `${publicUrl}/moter/${m?.year}/${m?.sequence}/saker/${c.sequence}-${c.year}/saksframlegg.pdf`;
      return {
        id: c.id,
        number: `${c.sequence}/${c.year}`,
        year: c.year,
        sequence: c.sequence,
        title: c.title,
        type: c.type,
        proposedDecision: c.proposedDecision,
        decision: c.decision,
        previousHandlingIds: handlings.filter((h) => h.caseId === c.id).map((h) => h.previousCaseId),
        focusAreaIds: areas.filter((a) => a.caseId === c.id).map((a) => a.focusAreaId),
        documents: [
          { title: `Saksframlegg sak ${c.sequence}/${c.year}`, url: paper, mediaType: 'application/pdf' },
          ...attachments.filter((a) => a.caseId === c.id).map((a) => ({ title: a.title, url: `${publicUrl}/dokumenter/${a.documentId}`, mediaType: 'text/html' })),
          ...files.filter((f) => f.caseId === c.id).map((f) => ({ title: f.title, url: `${publicUrl}/moter/${m?.year}/${m?.sequence}/saker/${c.sequence}-${c.year}/vedlegg/${f.attachmentId}/${f.versionNumber}`, mediaType: f.mediaType })),
        ],
      };
    });
}

export async function apiMeeting(db: Queryable, year: number, sequence: number, publicUrl: string) {
  const [m] = await db.select().from(meetings).where(and(eq(meetings.year, year), eq(meetings.sequence, sequence)));
  if (!m) return null;
  return { ...presentMeeting(m), cases: await publicCases(db, [m], publicUrl) };
}

export async function apiCase(db: Queryable, year: number, sequence: number, publicUrl: string) {
  const [row] = await db
    .select({ m: meetings })
    .from(councilCases)
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(and(eq(councilCases.year, year), eq(councilCases.sequence, sequence)));
  if (!row) return null;
  const [c] = await publicCases(db, [row.m], publicUrl, { year, sequence });
  if (!c) return null;
  return { ...c, meeting: presentMeeting(row.m) };
}
