import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/types.ts';
import { actors, focusAreas, measures } from '../strategy/schema.ts';
import { agendaPublished, type Audience, type CaseRow } from './queries.ts';
import { caseActors, caseAttachments, caseFocusAreas, caseHandlings, caseMeasures, councilCases, councilDocuments, meetings } from './schema.ts';

export type CaseDetails = Awaited<ReturnType<typeof caseDetailsMany>> extends Map<string, infer D> ? D : never;

function groupBy<T extends { caseId: string }>(rows: T[]): Map<string, Omit<T, 'caseId'>[]> {
  const groups = new Map<string, Omit<T, 'caseId'>[]>();
  for (const { caseId, ...rest } of rows) groups.set(caseId, [...(groups.get(caseId) ?? []), rest]);
  return groups;
}

/**
 * Everything the case papers show beyond their own fields: attachments, focus areas, actors, measures and
 * the other handlings of the matter, for many cases in a fixed number of queries, each reduced to what its
 * audience may see.
 */
export async function caseDetailsMany(db: Queryable, papers: { c: CaseRow; audience: Audience }[]) {
  const ids = papers.map((p) => p.c.id);
  const previous = alias(councilCases, 'previous');
  const previousMeeting = alias(meetings, 'previous_meeting');
  const handling = { id: previous.id, year: previous.year, sequence: previous.sequence, title: previous.title, meetingYear: previousMeeting.year, meetingSequence: previousMeeting.sequence, meetingState: previousMeeting.state };
  if (ids.length === 0) return new Map<string, never>();
  const [attachments, areas, caseActorRows, caseMeasureRows, earlier, later] = await Promise.all([
      db
        .select({
          caseId: caseAttachments.caseId,
          id: caseAttachments.id,
          label: caseAttachments.label,
          title: caseAttachments.title,
          visibility: caseAttachments.visibility,
          documentId: caseAttachments.documentId,
          documentVisibility: councilDocuments.visibility,
          parts: caseAttachments.parts,
          note: caseAttachments.note,
        })
        .from(caseAttachments)
        .leftJoin(councilDocuments, eq(councilDocuments.id, caseAttachments.documentId))
        .where(and(inArray(caseAttachments.caseId, ids), ne(caseAttachments.visibility, 'internal')))
        .orderBy(asc(caseAttachments.position)),
      db
        .select({ caseId: caseFocusAreas.caseId, id: focusAreas.id, name: focusAreas.name })
        .from(caseFocusAreas)
        .innerJoin(focusAreas, eq(focusAreas.id, caseFocusAreas.focusAreaId))
        .where(inArray(caseFocusAreas.caseId, ids))
        .orderBy(asc(focusAreas.position)),
      db
        .select({ caseId: caseActors.caseId, id: actors.id, name: actors.name })
        .from(caseActors)
        .innerJoin(actors, eq(actors.id, caseActors.actorId))
        .where(inArray(caseActors.caseId, ids))
        .orderBy(asc(actors.name)),
      db
        .select({ caseId: caseMeasures.caseId, id: measures.id, title: measures.title })
        .from(caseMeasures)
        .innerJoin(measures, eq(measures.id, caseMeasures.measureId))
        .innerJoin(focusAreas, eq(focusAreas.id, measures.focusAreaId))
        .where(inArray(caseMeasures.caseId, ids))
        .orderBy(asc(focusAreas.position), asc(measures.position)),
      db
        .select({ caseId: caseHandlings.caseId, ...handling })
        .from(caseHandlings)
        .innerJoin(previous, eq(previous.id, caseHandlings.previousCaseId))
        .innerJoin(previousMeeting, eq(previousMeeting.id, previous.meetingId))
        .where(inArray(caseHandlings.caseId, ids)),
      db
        .select({ caseId: caseHandlings.previousCaseId, ...handling })
        .from(caseHandlings)
        .innerJoin(previous, eq(previous.id, caseHandlings.caseId))
        .innerJoin(previousMeeting, eq(previousMeeting.id, previous.meetingId))
        .where(inArray(caseHandlings.previousCaseId, ids)),
  ]);
  const [attachmentsOf, areasOf, actorsOf, measuresOf, earlierOf, laterOf] = [groupBy(attachments), groupBy(areas), groupBy(caseActorRows), groupBy(caseMeasureRows), groupBy(earlier), groupBy(later)];
  return new Map(
    papers.map(({ c, audience }) => {
      const visible = <T extends { meetingState: string }>(rows: T[]) => (audience === 'public' ? rows.filter((r) => agendaPublished(r.meetingState)) : rows);
      const details = {
        attachments: (attachmentsOf.get(c.id) ?? [])
          .filter((a) => audience === 'council' || a.visibility === 'public')
          .map(({ visibility: _visibility, ...a }) => ({ ...a, readable: a.documentId !== null && (audience === 'council' ? a.documentVisibility !== 'internal' : a.documentVisibility === 'public') })),
        focusAreas: areasOf.get(c.id) ?? [],
        actors: actorsOf.get(c.id) ?? [],
        measures: measuresOf.get(c.id) ?? [],
        previousHandlings: visible(earlierOf.get(c.id) ?? []),
        laterHandlings: visible(laterOf.get(c.id) ?? []),
      };
      return [c.id, details] as const;
    }),
  );
}

/** Everything one case paper shows beyond its own fields, as its audience may see it. */
export async function caseDetails(db: Queryable, c: CaseRow, audience: Audience): Promise<CaseDetails> {
  const details = (await caseDetailsMany(db, [{ c, audience }])).get(c.id);
  if (!details) throw new Error('case details missing');
  return details;
}
