import { asc, eq } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { actors, focusAreas } from '../strategy/schema.ts';
import { caseActors, caseFocusAreas } from './schema.ts';

/** What the case form offers to link: every focus area and actor, and those the case is linked to now. */
export async function caseLinkOptions(db: Queryable, caseId: string) {
  const [areas, allActors, linkedAreas, linkedActors] = await Promise.all([
    db.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).orderBy(asc(focusAreas.position)),
    db.select({ id: actors.id, name: actors.name }).from(actors).orderBy(asc(actors.name)),
    db.select({ id: caseFocusAreas.focusAreaId }).from(caseFocusAreas).where(eq(caseFocusAreas.caseId, caseId)),
    db.select({ id: caseActors.actorId }).from(caseActors).where(eq(caseActors.caseId, caseId)),
  ]);
  return { focusAreas: areas, actors: allActors, focusAreaIds: linkedAreas.map((a) => a.id), actorIds: linkedActors.map((a) => a.id) };
}
