import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../core/actor.ts';
import type { Queryable } from '../../db/types.ts';
import { caseAccess } from '../access.ts';
import { councilCases, type meetings } from '../schema.ts';
import { renderMeetingBookPdf } from './documents.tsx';
import { type NoticeData, paperData } from './paper-data.ts';

/** The meeting book for one reader: the notice and every paper they may read, in agenda order. */
export async function meetingBookPdf(db: Queryable, actor: Actor, meeting: typeof meetings.$inferSelect, notice: NoticeData): Promise<Buffer> {
  const cases = await db.select().from(councilCases).where(eq(councilCases.meetingId, meeting.id)).orderBy(asc(councilCases.position));
  const papers = [];
  for (const c of cases) {
    const access = await caseAccess(db, actor, c, meeting);
    if (access !== 'none') papers.push(await paperData(db, c, meeting, access === 'public' ? 'public' : 'council'));
  }
  return renderMeetingBookPdf(notice, papers);
}
