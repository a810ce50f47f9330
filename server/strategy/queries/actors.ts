import { and, count, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { actors, focusAreas, measureActors, measures } from '../schema.ts';
import { listMeasures } from './measures.ts';
import type { ActorSummary } from './types.ts';

/** The public actor register, by name, each with how many public measures name it. */
export async function listActors(db: Queryable): Promise<ActorSummary[]> {
  const rows = await db
    .select({
      id: actors.id,
      name: actors.name,
      shortName: actors.shortName,
      type: actors.type,
      sector: actors.sector,
      // A measure counts only when it and its focus area are public; the joins' conditions carry that.
      measureCount: count(focusAreas.id),
    })
    .from(actors)
    .leftJoin(measureActors, eq(measureActors.actorId, actors.id))
    .leftJoin(measures, and(eq(measures.id, measureActors.measureId), isNull(measures.retiredAt)))
    .leftJoin(focusAreas, and(eq(focusAreas.id, measures.focusAreaId), isNull(focusAreas.retiredAt)))
    .where(isNull(actors.retiredAt))
    .groupBy(actors.id)
    .orderBy(actors.name, actors.id);
  return rows.map((r) => ({ ...r, measureCount: Number(r.measureCount) }));
}

/** One public actor and every public measure it is responsible for, with each measure's latest status. */
export async function getActor(db: Queryable, id: string) {
  const [actor] = await db
    .select({
      id: actors.id,
      name: actors.name,
      shortName: actors.shortName,
      type: actors.type,
      sector: actors.sector,
      aliases: actors.aliases,
      note: actors.note,
    })
    .from(actors)
    .where(and(eq(actors.id, id), isNull(actors.retiredAt)));
  if (!actor) return null;
  return { actor, measures: await listMeasures(db, { actor: id }) };
}

export type ActorPage = NonNullable<Awaited<ReturnType<typeof getActor>>>;
