import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { actors, focusAreas, measures } from '../strategy/schema.ts';
import { caseActors, caseFocusAreas, caseMeasures } from './schema.ts';

/** What the case form offers to link: every focus area, actor and measure, and those the case is linked to now. */
export async function caseLinkOptions(db: Queryable, caseId: string) {
  const [areas, allActors, allMeasures, linkedAreas, linkedActors, linkedMeasures] = await Promise.all([
    db.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).orderBy(asc(focusAreas.position)),
    db.select({ id: actors.id, name: actors.name }).from(actors).orderBy(asc(actors.name)),
    db
      .select({ id: measures.id, name: measures.title, focusAreaId: measures.focusAreaId })
      .from(measures)
      .innerJoin(focusAreas, eq(focusAreas.id, measures.focusAreaId))
      .orderBy(asc(focusAreas.position), asc(measures.position)),
    db.select({ id: caseFocusAreas.focusAreaId }).from(caseFocusAreas).where(eq(caseFocusAreas.caseId, caseId)),
    db.select({ id: caseActors.actorId }).from(caseActors).where(eq(caseActors.caseId, caseId)),
    db.select({ id: caseMeasures.measureId }).from(caseMeasures).where(eq(caseMeasures.caseId, caseId)),
  ]);
  // Measures are offered per focus area, the way the strategy lists them.
  const measuresByArea = areas.map((a) => ({ ...a, measures: allMeasures.filter((m) => m.focusAreaId === a.id).map((m) => ({ id: m.id, name: m.name })) })).filter((a) => a.measures.length > 0);
  return {
    focusAreas: areas,
    actors: allActors,
    measuresByArea,
    focusAreaIds: linkedAreas.map((a) => a.id),
    actorIds: linkedActors.map((a) => a.id),
    measureIds: linkedMeasures.map((m) => m.id),
  };
}
