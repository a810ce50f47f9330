import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { councilCases, councilDocuments, meetings } from './schema.ts';

/** Who is looking: the public sees only what has been published; the council also sees drafts. */
export type Audience = 'public' | 'council';

/** Meetings in the public eye: a planned meeting's agenda is still a draft, so only the meeting itself shows. */
export function agendaPublished(state: string): boolean {
  return state !== 'planned';
}

export async function listMeetings(db: Queryable, year?: number) {
  const rows = await db
    .select({
      id: meetings.id,
      year: meetings.year,
      sequence: meetings.sequence,
      date: meetings.date,
      startTime: meetings.startTime,
      endTime: meetings.endTime,
      place: meetings.place,
      state: meetings.state,
      noticeSentAt: meetings.noticeSentAt,
      incomplete: meetings.incomplete,
      version: meetings.version,
      cases: count(councilCases.id),
    })
    .from(meetings)
    .leftJoin(councilCases, eq(councilCases.meetingId, meetings.id))
    .where(year ? eq(meetings.year, year) : undefined)
    .groupBy(meetings.id)
    .orderBy(desc(meetings.year), asc(meetings.sequence));
  return rows;
}

export async function findMeeting(db: Queryable, year: number, sequence: number) {
  const [meeting] = await db
    .select()
    .from(meetings)
    .where(and(eq(meetings.year, year), eq(meetings.sequence, sequence)));
  return meeting ?? null;
}

export async function findMeetingById(db: Queryable, id: string) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, id));
  return meeting ?? null;
}

/** The agenda in order; the public gets nothing before the notice and never a screened paper's content. */
export async function listAgenda(db: Queryable, meetingId: string) {
  return db
    .select({
      id: councilCases.id,
      position: councilCases.position,
      agendaRole: councilCases.agendaRole,
      year: councilCases.year,
      sequence: councilCases.sequence,
      numberAsPrinted: councilCases.numberAsPrinted,
      title: councilCases.title,
      type: councilCases.type,
      screened: councilCases.screened,
      decision: councilCases.decision,
      version: councilCases.version,
    })
    .from(councilCases)
    .where(eq(councilCases.meetingId, meetingId))
    .orderBy(asc(councilCases.position));
}

export type CaseRow = typeof councilCases.$inferSelect;

export async function findCaseByNumber(db: Queryable, year: number, sequence: number) {
  const [row] = await db
    .select({ c: councilCases, meeting: meetings })
    .from(councilCases)
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(and(eq(councilCases.year, year), eq(councilCases.sequence, sequence)));
  return row ?? null;
}

export async function findCaseById(db: Queryable, id: string) {
  const [row] = await db
    .select({ c: councilCases, meeting: meetings })
    .from(councilCases)
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(eq(councilCases.id, id));
  return row ?? null;
}

/** Whether the public may read this case paper: its notice is out and it is not screened. */
export function casePublic(c: Pick<CaseRow, 'screened'>, meeting: { state: string }): boolean {
  return agendaPublished(meeting.state) && !c.screened;
}

export async function findDocument(db: Queryable, id: string) {
  const [doc] = await db.select().from(councilDocuments).where(eq(councilDocuments.id, id));
  return doc ?? null;
}

export async function listDocuments(db: Queryable, audience: Audience) {
  return db
    .select({ id: councilDocuments.id, title: councilDocuments.title, kind: councilDocuments.kind, visibility: councilDocuments.visibility })
    .from(councilDocuments)
    .where(audience === 'public' ? eq(councilDocuments.visibility, 'public') : ne(councilDocuments.visibility, 'internal'))
    .orderBy(asc(councilDocuments.title));
}

/** Meetings still open for new cases, for "bring forward". */
export async function plannedMeetings(db: Queryable) {
  return db
    .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, date: meetings.date })
    .from(meetings)
    .where(eq(meetings.state, 'planned'))
    .orderBy(asc(meetings.year), asc(meetings.sequence));
}

export async function casesByIds(db: Queryable, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(councilCases).where(inArray(councilCases.id, ids));
}
