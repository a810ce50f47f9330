import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { possibleConflicts } from '../meetings/impartiality.ts';
import { councilCases, impartialityAssessments, meetings } from '../meetings/schema.ts';
import { councilAppointments, councilMembers } from './schema.ts';

/** The member record and the terms a user sits on. */
export async function membership(db: Queryable, userId: string) {
  const [member] = await db.select().from(councilMembers).where(eq(councilMembers.userId, userId));
  if (!member) return null;
  const appointments = await db.select().from(councilAppointments).where(eq(councilAppointments.memberId, member.id));
  return { member, termIds: [...new Set(appointments.map((a) => a.termId))] };
}

/**
 * Meetings of the member's terms not yet held (planned or with the notice sent), in number order. A meeting
 * whose day has passed without being recorded as held stays in the list, marked overdue, rather than
 * vanishing: the record is what is wrong, and the member should still reach its papers.
 */
export async function upcomingMeetings(db: Queryable, termIds: readonly string[], today: string) {
  if (termIds.length === 0) return [];
  const rows = await db
    .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, date: meetings.date, place: meetings.place, state: meetings.state })
    .from(meetings)
    .where(and(inArray(meetings.termId, [...termIds]), inArray(meetings.state, ['planned', 'notice-sent'])))
    .orderBy(asc(meetings.year), asc(meetings.sequence));
  const year = Number(today.slice(0, 4));
  return rows.map((m) => ({ ...m, overdue: m.date ? m.date < today : m.year < year }));
}

/** A member's meeting book: the agenda with their declaration and the possible-conflict hint per case. */
export async function meetingBook(db: Queryable, meetingId: string, member: { id: string; actorId: string | null }) {
  const agenda = await db
    .select({
      id: councilCases.id,
      year: councilCases.year,
      sequence: councilCases.sequence,
      title: councilCases.title,
      type: councilCases.type,
      agendaRole: councilCases.agendaRole,
      declared: impartialityAssessments.declared,
      declaredReason: impartialityAssessments.declaredReason,
      decided: impartialityAssessments.decided,
    })
    .from(councilCases)
    .leftJoin(impartialityAssessments, and(eq(impartialityAssessments.caseId, councilCases.id), eq(impartialityAssessments.memberId, member.id)))
    .where(and(eq(councilCases.meetingId, meetingId), ne(councilCases.agendaRole, 'impartiality')))
    .orderBy(asc(councilCases.position));
  const hints = member.actorId ? await possibleConflicts(db, agenda.map((c) => c.id), [member.actorId]) : new Set<string>();
  return agenda.map((c) => ({ ...c, possibleConflict: hints.has(`${c.id}:${member.actorId}`) }));
}
