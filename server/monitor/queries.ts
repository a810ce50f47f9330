import { and, asc, desc, eq, gte, inArray, or } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { focusAreas, goalStatements, overarchingGoals } from '../strategy/schema.ts';
import type { CubeDimension } from './cube.ts';
import {
  indicatorCategories,
  indicatorDimensions,
  indicatorFocusAreas,
  indicatorGoalStatements,
  indicatorImports,
  indicatorObservations,
  indicators,
} from './schema.ts';

export type IndicatorRow = typeof indicators.$inferSelect;

export interface IndicatorLinks {
  goalStatementIds: string[];
  focusAreaIds: string[];
}

/** All indicators in display order, each with the goal statements and focus areas it informs (two batched reads). */
export async function listIndicators(db: Queryable): Promise<(IndicatorRow & IndicatorLinks)[]> {
  const rows = await db.select().from(indicators).orderBy(asc(indicators.position), asc(indicators.id));
  const [goals, areas] = await Promise.all([
    db.select().from(indicatorGoalStatements).orderBy(asc(indicatorGoalStatements.goalStatementId)),
    db.select().from(indicatorFocusAreas).orderBy(asc(indicatorFocusAreas.focusAreaId)),
  ]);
  return rows.map((row) => ({
    ...row,
    goalStatementIds: goals.filter((g) => g.indicatorId === row.id).map((g) => g.goalStatementId),
    focusAreaIds: areas.filter((a) => a.indicatorId === row.id).map((a) => a.focusAreaId),
  }));
}

export async function findIndicator(db: Queryable, id: string) {
  const [row] = await db.select().from(indicators).where(eq(indicators.id, id));
  if (!row) return null;
  const [goals, areas, dimensions] = await Promise.all([
    db
      .select({ id: goalStatements.id, text: goalStatements.text, goalId: overarchingGoals.id, goalName: overarchingGoals.name })
      .from(indicatorGoalStatements)
      .innerJoin(goalStatements, eq(goalStatements.id, indicatorGoalStatements.goalStatementId))
      .innerJoin(overarchingGoals, eq(overarchingGoals.id, goalStatements.overarchingGoalId))
      .where(eq(indicatorGoalStatements.indicatorId, id))
      .orderBy(asc(overarchingGoals.position), asc(goalStatements.position)),
    db
      .select({ id: focusAreas.id, name: focusAreas.name })
      .from(indicatorFocusAreas)
      .innerJoin(focusAreas, eq(focusAreas.id, indicatorFocusAreas.focusAreaId))
      .where(eq(indicatorFocusAreas.indicatorId, id))
      .orderBy(asc(focusAreas.position)),
    row.currentImportId === null ? Promise.resolve([]) : loadDimensions(db, row.currentImportId),
  ]);
  return { indicator: row, goalStatements: goals, focusAreas: areas, dimensions };
}

export async function loadDimensions(db: Queryable, importId: number): Promise<CubeDimension[]> {
  return (await loadDimensionsOf(db, [importId])).get(importId) ?? [];
}

/** The dimensions of several imports in two queries, keyed by import. */
export async function loadDimensionsOf(db: Queryable, importIds: readonly number[]): Promise<Map<number, CubeDimension[]>> {
  const result = new Map<number, CubeDimension[]>();
  if (importIds.length === 0) return result;
  const ids = [...importIds];
  const [dims, cats] = await Promise.all([
    db.select().from(indicatorDimensions).where(inArray(indicatorDimensions.importId, ids)).orderBy(asc(indicatorDimensions.importId), asc(indicatorDimensions.position)),
    db
      .select()
      .from(indicatorCategories)
      .where(inArray(indicatorCategories.importId, ids))
      .orderBy(asc(indicatorCategories.importId), asc(indicatorCategories.dimensionPosition), asc(indicatorCategories.position)),
  ]);
  const categoriesOf = new Map<string, CubeDimension['categories']>();
  for (const c of cats) {
    const key = `${c.importId}:${c.dimensionPosition}`;
    let list = categoriesOf.get(key);
    if (!list) categoriesOf.set(key, (list = []));
    list.push({ code: c.code, label: c.label, unit: c.unit });
  }
  for (const d of dims) {
    let list = result.get(d.importId);
    if (!list) result.set(d.importId, (list = []));
    list.push({ code: d.code, label: d.label, role: d.role, categories: categoriesOf.get(`${d.importId}:${d.position}`) ?? [] });
  }
  return result;
}

/** For each import, the observations in the given cells, in one query. */
export async function loadObservationsOf(db: Queryable, wanted: ReadonlyMap<number, readonly number[]>): Promise<Map<number, ObservationRow[]>> {
  const result = new Map<number, ObservationRow[]>();
  if (wanted.size === 0) return result;
  const rows = await db
    .select({ importId: indicatorObservations.importId, cell: indicatorObservations.cell, value: indicatorObservations.value, status: indicatorObservations.status })
    .from(indicatorObservations)
    .where(or(...[...wanted].map(([importId, cells]) => and(eq(indicatorObservations.importId, importId), inArray(indicatorObservations.cell, [...cells])))))
    .orderBy(asc(indicatorObservations.importId), asc(indicatorObservations.cell));
  for (const { importId, ...row } of rows) {
    let list = result.get(importId);
    if (!list) result.set(importId, (list = []));
    list.push(row);
  }
  return result;
}

export interface ObservationRow {
  cell: number;
  value: number | null;
  status: string | null;
}

/**
 * The observations of one import, all of them or only the given cells (in batches through the primary key).
 * Ordered by cell, which is the cube's order.
 */
export async function loadObservations(db: Queryable, importId: number, cells?: readonly number[]): Promise<ObservationRow[]> {
  const columns = { cell: indicatorObservations.cell, value: indicatorObservations.value, status: indicatorObservations.status };
  if (!cells) return db.select(columns).from(indicatorObservations).where(eq(indicatorObservations.importId, importId)).orderBy(asc(indicatorObservations.cell));
  const result: ObservationRow[] = [];
  for (let i = 0; i < cells.length; i += 10_000) {
    const batch = cells.slice(i, i + 10_000);
    result.push(
      ...(await db
        .select(columns)
        .from(indicatorObservations)
        .where(and(eq(indicatorObservations.importId, importId), inArray(indicatorObservations.cell, batch as number[])))
        .orderBy(asc(indicatorObservations.cell))),
    );
  }
  return result;
}

/** Observations in pages of cells, for streaming exports of large indicators. */
export async function* observationPages(db: Queryable, importId: number, pageSize = 50_000): AsyncGenerator<ObservationRow[]> {
  let from = 0;
  for (;;) {
    const page = await db
      .select({ cell: indicatorObservations.cell, value: indicatorObservations.value, status: indicatorObservations.status })
      .from(indicatorObservations)
      .where(and(eq(indicatorObservations.importId, importId), gte(indicatorObservations.cell, from)))
      .orderBy(asc(indicatorObservations.cell))
      .limit(pageSize);
    if (page.length === 0) return;
    yield page;
    from = page.at(-1)!.cell + 1;
    if (page.length < pageSize) return;
  }
}

export function importHistory(db: Queryable, indicatorId: string) {
  return db
    .select({
      id: indicatorImports.id,
      status: indicatorImports.status,
      format: indicatorImports.format,
      fileName: indicatorImports.fileName,
      observationCount: indicatorImports.observationCount,
      processedCount: indicatorImports.processedCount,
      importedByLabel: indicatorImports.importedByLabel,
      createdAt: indicatorImports.createdAt,
      completedAt: indicatorImports.completedAt,
      error: indicatorImports.error,
    })
    .from(indicatorImports)
    .where(eq(indicatorImports.indicatorId, indicatorId))
    .orderBy(desc(indicatorImports.id));
}

export async function findImport(db: Queryable, importId: number) {
  const [row] = await db.select().from(indicatorImports).where(eq(indicatorImports.id, importId));
  return row ?? null;
}

/** The latest imports of every indicator, for the secretariat's overview. */
export function recentImports(db: Queryable, limit = 30) {
  return db
    .select({
      id: indicatorImports.id,
      indicatorId: indicatorImports.indicatorId,
      title: indicators.title,
      status: indicatorImports.status,
      format: indicatorImports.format,
      fileName: indicatorImports.fileName,
      observationCount: indicatorImports.observationCount,
      importedByLabel: indicatorImports.importedByLabel,
      createdAt: indicatorImports.createdAt,
    })
    .from(indicatorImports)
    .innerJoin(indicators, eq(indicators.id, indicatorImports.indicatorId))
    .orderBy(desc(indicatorImports.id))
    .limit(limit);
}

/** An import without its file, for pages that show its state. */
export async function findImportSummary(db: Queryable, importId: number) {
  const [row] = await db
    .select({
      id: indicatorImports.id,
      indicatorId: indicatorImports.indicatorId,
      status: indicatorImports.status,
      format: indicatorImports.format,
      fileName: indicatorImports.fileName,
      preview: indicatorImports.preview,
      observationCount: indicatorImports.observationCount,
      processedCount: indicatorImports.processedCount,
      error: indicatorImports.error,
      importedByLabel: indicatorImports.importedByLabel,
      createdAt: indicatorImports.createdAt,
      updatedAt: indicatorImports.updatedAt,
    })
    .from(indicatorImports)
    .where(eq(indicatorImports.id, importId));
  return row ?? null;
}
