import { and, asc, desc, eq, lt, or } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/types.ts';
import { caseAccessMany } from '../access.ts';
import { councilCases, meetings, minutes } from '../schema.ts';
import { type BookPart, type MinutesData, renderMeetingBookPdf } from './documents.tsx';
import { type NoticeData, paperDataMany } from './paper-data.ts';

/**
 * The minutes this meeting is asked to approve: those it approved, or else the latest earlier meeting's
 * minutes still out for comments. Drafts never go into a meeting book.
 */
async function minutesToApprove(db: Queryable, meeting: typeof meetings.$inferSelect): Promise<MinutesData | null> {
  const [row] = await db
    .select({ body: minutes.body, state: minutes.state, commentDeadline: minutes.commentDeadline, year: meetings.year, sequence: meetings.sequence })
    .from(minutes)
    .innerJoin(meetings, eq(meetings.id, minutes.meetingId))
    .where(
      or(
        eq(minutes.approvedAtMeetingId, meeting.id),
        and(eq(minutes.state, 'in-review'), or(lt(meetings.year, meeting.year), and(eq(meetings.year, meeting.year), lt(meetings.sequence, meeting.sequence)))),
      ),
    )
    .orderBy(desc(meetings.year), desc(meetings.sequence))
    .limit(1);
  if (!row) return null;
  const status = row.state === 'approved' ? `Godkjent i møte ${meeting.sequence}/${meeting.year}` : `Utkast på høring${row.commentDeadline ? `, frist ${row.commentDeadline}` : ''}`;
  return { meetingNumber: `${row.sequence}/${row.year}`, status, body: row.body };
}

/** The meeting book for one reader: the notice and every paper they may read, in agenda order, with the minutes to approve. */
export async function meetingBookPdf(db: Queryable, actor: Actor, meeting: typeof meetings.$inferSelect, notice: NoticeData): Promise<Buffer> {
  const [cases, previousMinutes] = await Promise.all([
    db.select().from(councilCases).where(eq(councilCases.meetingId, meeting.id)).orderBy(asc(councilCases.position)),
    minutesToApprove(db, meeting),
  ]);
  const access = await caseAccessMany(db, actor, cases, meeting);
  const readable = cases.flatMap((c) => {
    const a = access.get(c.id) ?? 'none';
    return a === 'none' ? [] : [{ c, audience: a === 'public' ? ('public' as const) : ('council' as const) }];
  });
  const papers = new Map((await paperDataMany(db, readable, meeting)).map((p, i) => [readable[i]?.c.id, p]));
  const parts: BookPart[] = [];
  for (const c of cases) {
    const paper = papers.get(c.id);
    if (paper) parts.push({ kind: 'paper', paper });
    if (c.agendaRole === 'previous-minutes' && previousMinutes) parts.push({ kind: 'minutes', minutes: previousMinutes });
  }
  return renderMeetingBookPdf(notice, parts);
}
