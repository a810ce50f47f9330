import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/types.ts';
import {
  type ActionPlanInclusion,
  actors,
  focusAreas,
  measureActors,
  measureRelatedFocusAreas,
  measures,
  measureStatusEntries,
  STATUS_LEVELS,
  type StatusLevel,
} from '../schema.ts';
import { ACTION_PLAN_FILTERS, type ActionPlanFilter } from '../levels.ts';
import { latestStatusSubquery } from './latest-status.ts';
import type { ActorRef, FocusAreaRef, MeasureListItem, StatusEntry } from './types.ts';


export interface MeasureFilter {
  focusArea?: string;
  actor?: string;
  /** The level of the latest status entry; a measure without any entry counts as `unknown`. */
  level?: StatusLevel;
  actionPlan?: ActionPlanFilter;
}

const slug = z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
// An empty value is what a GET form sends for "all", so it means "no filter".
const blankIsAbsent = (v: unknown) => (v === '' ? undefined : v);

/** The measure filter as query parameters; strict, for the API (a bad value is the client's error). */
export const measureFilterSchema = z.object({
  focusArea: z.preprocess(blankIsAbsent, slug.optional()),
  actor: z.preprocess(blankIsAbsent, slug.optional()),
  level: z.preprocess(blankIsAbsent, z.enum(STATUS_LEVELS).optional()),
  actionPlan: z.preprocess(blankIsAbsent, z.enum(ACTION_PLAN_FILTERS).optional()),
});

/** The same filter for pages: a value that does not parse is dropped, so an edited URL still shows a page. */
export const lenientMeasureFilterSchema = z.object({
  focusArea: measureFilterSchema.shape.focusArea.catch(undefined),
  actor: measureFilterSchema.shape.actor.catch(undefined),
  level: measureFilterSchema.shape.level.catch(undefined),
  actionPlan: measureFilterSchema.shape.actionPlan.catch(undefined),
});

/** The responsible actors of each measure, in the order the source names them; retired actors are left out. */
export async function actorsByMeasure(db: Queryable, measureIds: string[]): Promise<Map<string, ActorRef[]>> {
  const byMeasure = new Map<string, ActorRef[]>();
  if (measureIds.length === 0) return byMeasure;
  const rows = await db
    .select({ measureId: measureActors.measureId, id: actors.id, name: actors.name, shortName: actors.shortName })
    .from(measureActors)
    .innerJoin(actors, eq(actors.id, measureActors.actorId))
    .where(and(inArray(measureActors.measureId, measureIds), isNull(actors.retiredAt)))
    .orderBy(measureActors.measureId, measureActors.position);
  for (const { measureId, ...actor } of rows) {
    const list = byMeasure.get(measureId) ?? [];
    list.push(actor);
    byMeasure.set(measureId, list);
  }
  return byMeasure;
}

/** Public measures (not retired, in a focus area that is not retired) with their latest status and actors, in the strategy's order. */
export async function listMeasures(db: Queryable, filter: MeasureFilter = {}): Promise<MeasureListItem[]> {
  const latest = latestStatusSubquery(db);
  const level = sql<StatusLevel>`coalesce(${latest.statusLevel}, 'unknown')`;
  const conditions: SQL[] = [isNull(measures.retiredAt), isNull(focusAreas.retiredAt)];
  if (filter.focusArea) conditions.push(eq(measures.focusAreaId, filter.focusArea));
  if (filter.level) conditions.push(sql`${level} = ${filter.level}`);
  if (filter.actionPlan === 'not-stated') conditions.push(isNull(measures.inGovernmentActionPlan));
  else if (filter.actionPlan) conditions.push(eq(measures.inGovernmentActionPlan, filter.actionPlan));
  if (filter.actor) {
    conditions.push(
      inArray(measures.id, db.select({ id: measureActors.measureId }).from(measureActors).where(eq(measureActors.actorId, filter.actor))),
    );
  }
  const rows = await db
    .select({
      id: measures.id,
      focusAreaId: focusAreas.id,
      focusAreaName: focusAreas.name,
      position: measures.position,
      title: measures.title,
      subPoints: measures.subPoints,
      inGovernmentActionPlan: measures.inGovernmentActionPlan,
      incomplete: measures.incomplete,
      statusId: latest.statusId,
      statusDate: latest.statusDate,
      statusYear: latest.statusYear,
      statusDateText: latest.statusDateText,
      statusLevel: latest.statusLevel,
      statusText: latest.statusText,
      statusSource: latest.statusSource,
    })
    .from(measures)
    .innerJoin(focusAreas, eq(focusAreas.id, measures.focusAreaId))
    .leftJoin(latest, eq(latest.measureId, measures.id))
    .where(and(...conditions))
    .orderBy(asc(focusAreas.position), asc(measures.position), asc(measures.id));
  const actorsOf = await actorsByMeasure(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    focusArea: { id: r.focusAreaId, name: r.focusAreaName },
    position: r.position,
    title: r.title,
    subPoints: r.subPoints,
    inGovernmentActionPlan: r.inGovernmentActionPlan,
    incomplete: r.incomplete,
    latestStatus:
      r.statusId === null
        ? null
        : {
            id: Number(r.statusId),
            date: r.statusDate,
            year: Number(r.statusYear),
            dateText: r.statusDateText,
            level: r.statusLevel as StatusLevel,
            text: r.statusText,
            source: r.statusSource,
          },
    actors: actorsOf.get(r.id) ?? [],
  }));
}

export interface MeasureDetail {
  id: string;
  focusArea: FocusAreaRef;
  position: number;
  title: string;
  subPoints: string[];
  inGovernmentActionPlan: ActionPlanInclusion | null;
  inGovernmentActionPlanAsWritten: string | null;
  actorsAsWritten: string | null;
  incomplete: boolean;
  note: string | null;
  source: string | null;
  actors: ActorRef[];
  relatedFocusAreas: FocusAreaRef[];
  /** Every status entry, oldest first; the last one is the latest status. */
  statusHistory: StatusEntry[];
  latestStatus: StatusEntry | null;
}

/** One public measure with its sub-points, actors, related focus areas and full status history; null when unknown or retired. */
export async function getMeasure(db: Queryable, id: string): Promise<MeasureDetail | null> {
  const [row] = await db
    .select({ measure: measures, focusAreaName: focusAreas.name })
    .from(measures)
    .innerJoin(focusAreas, eq(focusAreas.id, measures.focusAreaId))
    .where(and(eq(measures.id, id), isNull(measures.retiredAt), isNull(focusAreas.retiredAt)));
  if (!row) return null;
  const [actorsOf, related, history] = await Promise.all([
    actorsByMeasure(db, [id]),
    db
      .select({ id: focusAreas.id, name: focusAreas.name })
      .from(measureRelatedFocusAreas)
      .innerJoin(focusAreas, eq(focusAreas.id, measureRelatedFocusAreas.focusAreaId))
      .where(and(eq(measureRelatedFocusAreas.measureId, id), isNull(focusAreas.retiredAt)))
      .orderBy(focusAreas.position),
    db
      .select({
        id: measureStatusEntries.id,
        date: sql<string | null>`${measureStatusEntries.date}::text`,
        year: measureStatusEntries.year,
        dateText: measureStatusEntries.dateText,
        level: measureStatusEntries.level,
        text: measureStatusEntries.text,
        source: measureStatusEntries.source,
      })
      .from(measureStatusEntries)
      .where(eq(measureStatusEntries.measureId, id))
      .orderBy(measureStatusEntries.year, sql`${measureStatusEntries.date} asc nulls first`, measureStatusEntries.id),
  ]);
  const m = row.measure;
  return {
    id: m.id,
    focusArea: { id: m.focusAreaId, name: row.focusAreaName },
    position: m.position,
    title: m.title,
    subPoints: m.subPoints,
    inGovernmentActionPlan: m.inGovernmentActionPlan,
    inGovernmentActionPlanAsWritten: m.inGovernmentActionPlanAsWritten,
    actorsAsWritten: m.actorsAsWritten,
    incomplete: m.incomplete,
    note: m.note,
    source: m.source,
    actors: actorsOf.get(id) ?? [],
    relatedFocusAreas: related,
    statusHistory: history,
    latestStatus: history.at(-1) ?? null,
  };
}
