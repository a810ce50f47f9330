import { and, asc, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { caseFocusAreas, caseMeasures, councilCases, meetings } from './schema.ts';

const columns = {
  id: councilCases.id,
  year: councilCases.year,
  sequence: councilCases.sequence,
  title: councilCases.title,
  type: councilCases.type,
  decision: councilCases.decision,
  meetingYear: meetings.year,
  meetingSequence: meetings.sequence,
};

/**
 * The council's published handlings of a measure or a focus area, oldest first, for the strategy's public
 * pages. Drafts (meetings still planned) and screened papers are left out here, in the query, so no page
 * can show them by forgetting a filter.
 */
export async function publicCasesLinkedTo(db: Queryable, link: { measureId: string } | { focusAreaId: string }) {
  const joined =
    'measureId' in link
      ? db
          .select(columns)
          .from(caseMeasures)
          .innerJoin(councilCases, eq(councilCases.id, caseMeasures.caseId))
          .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
          .where(and(eq(caseMeasures.measureId, link.measureId), ne(meetings.state, 'planned'), eq(councilCases.screened, false)))
      : db
          .select(columns)
          .from(caseFocusAreas)
          .innerJoin(councilCases, eq(councilCases.id, caseFocusAreas.caseId))
          .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
          .where(and(eq(caseFocusAreas.focusAreaId, link.focusAreaId), ne(meetings.state, 'planned'), eq(councilCases.screened, false)));
  return joined.orderBy(asc(councilCases.year), asc(councilCases.sequence));
}
