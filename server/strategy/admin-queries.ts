import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { auditLog } from '../audit/schema.ts';
import type { Queryable } from '../db/types.ts';
import { measureSnapshot } from './commands/measures.ts';
import { actors, focusAreaGoalStatements, focusAreas, goalStatements, measures, measureStatusEntries, overarchingGoals } from './schema.ts';

/** The latest status level of each of the given measures, in one query. */
async function latestLevels(db: Queryable, measureIds: string[]) {
  if (measureIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectDistinctOn([measureStatusEntries.measureId], { measureId: measureStatusEntries.measureId, level: measureStatusEntries.level })
    .from(measureStatusEntries)
    .where(inArray(measureStatusEntries.measureId, measureIds))
    .orderBy(measureStatusEntries.measureId, desc(measureStatusEntries.year), desc(measureStatusEntries.date), desc(measureStatusEntries.id));
  return new Map(rows.map((r) => [r.measureId, r.level]));
}

/** Every focus area with its measures in order, retired ones included, for the secretariat's overview. */
export async function adminOverview(db: Queryable) {
  const [areas, rows] = await Promise.all([
    db.select().from(focusAreas).orderBy(asc(focusAreas.position)),
    db
      .select({ id: measures.id, focusAreaId: measures.focusAreaId, title: measures.title, retiredAt: measures.retiredAt, position: measures.position })
      .from(measures)
      .orderBy(asc(measures.position), asc(measures.id)),
  ]);
  const levels = await latestLevels(
    db,
    rows.map((m) => m.id),
  );
  return areas.map((area) => ({
    ...area,
    measures: rows.filter((m) => m.focusAreaId === area.id).map((m) => ({ ...m, latestLevel: levels.get(m.id) ?? null })),
  }));
}

/** What the edit forms offer to choose from: focus areas and actors (retired ones only where already chosen). */
export async function editChoices(db: Queryable) {
  const [areas, actorRows, goals] = await Promise.all([
    db.select({ id: focusAreas.id, name: focusAreas.name, retiredAt: focusAreas.retiredAt }).from(focusAreas).orderBy(asc(focusAreas.position)),
    db.select({ id: actors.id, name: actors.name, shortName: actors.shortName, retiredAt: actors.retiredAt }).from(actors).orderBy(asc(actors.name)),
    db.select({ id: overarchingGoals.id, name: overarchingGoals.name }).from(overarchingGoals).orderBy(asc(overarchingGoals.position)),
  ]);
  return { focusAreas: areas, actors: actorRows, overarchingGoals: goals };
}

/** Audit actions that change a record's own fields (a status entry is added beside the measure, not to it). */
const RECORD_CHANGES = ['create', 'update', 'retire', 'restore'];

/** Who last changed a record's fields and when, from the audit log. */
export async function lastChange(db: Queryable, entity: string, entityId: string) {
  const [row] = await db
    .select({ actorLabel: auditLog.actorLabel, at: auditLog.at, action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId), inArray(auditLog.action, RECORD_CHANGES)))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row ?? null;
}

/** A measure with its actors and its whole status history, newest first. */
export async function measureForEdit(db: Queryable, id: string) {
  const measure = await measureSnapshot(db, id);
  if (!measure) return null;
  const history = await db
    .select()
    .from(measureStatusEntries)
    .where(eq(measureStatusEntries.measureId, id))
    .orderBy(desc(measureStatusEntries.year), desc(measureStatusEntries.date), desc(measureStatusEntries.id));
  return { measure, history };
}

export async function focusAreaForEdit(db: Queryable, id: string) {
  const [row] = await db.select().from(focusAreas).where(eq(focusAreas.id, id));
  return row ?? null;
}

/** The overarching goals with their goal statements in order, each with the focus areas it is linked to. */
export async function goalStatementList(db: Queryable) {
  const [goals, statements, links] = await Promise.all([
    db.select().from(overarchingGoals).orderBy(asc(overarchingGoals.position)),
    db.select().from(goalStatements).orderBy(asc(goalStatements.position)),
    db.select().from(focusAreaGoalStatements),
  ]);
  return goals.map((goal) => ({
    ...goal,
    goalStatements: statements
      .filter((s) => s.overarchingGoalId === goal.id)
      .map((s) => ({
        ...s,
        focusAreaIds: links
          .filter((l) => l.goalStatementId === s.id)
          .map((l) => l.focusAreaId)
          .sort(),
      })),
  }));
}

export async function goalStatementForEdit(db: Queryable, id: string) {
  const [row] = await db.select().from(goalStatements).where(eq(goalStatements.id, id));
  if (!row) return null;
  const links = await db.select({ focusAreaId: focusAreaGoalStatements.focusAreaId }).from(focusAreaGoalStatements).where(eq(focusAreaGoalStatements.goalStatementId, id));
  return { ...row, focusAreaIds: links.map((l) => l.focusAreaId).sort() };
}

export function actorList(db: Queryable) {
  return db.select().from(actors).orderBy(asc(actors.name));
}

export async function actorForEdit(db: Queryable, id: string) {
  const [row] = await db.select().from(actors).where(eq(actors.id, id));
  return row ?? null;
}
