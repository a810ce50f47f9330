import { asc, isNull } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { focusAreas, goalStatements, overarchingGoals } from '../strategy/schema.ts';
import { label } from './cube.ts';
import type { Locale } from './format.ts';
import { listIndicators, loadDimensionsOf, loadObservationsOf } from './queries.ts';
import { cellsOf, selectionFromQuery, subCube } from './selection.ts';
import { buildView, renderIndicatorChart } from './view.ts';

export interface IndicatorCard {
  id: string;
  title: string;
  unit: string;
  summary: string | null;
  svg: string | null;
}

export interface OverviewGroup {
  id: string;
  kind: 'goal' | 'focus-area';
  name: string;
  indicators: IndicatorCard[];
}

/**
 * The monitor's front page: every indicator with a small chart, under the overarching goals of the goal
 * statements it informs and under its focus areas; indicators tied to neither go under "other".
 * A fixed number of queries whatever the number of indicators.
 */
export async function monitorOverview(db: Db, locale: Locale, summaryText: (s: { key: string; params: Record<string, string> }) => string) {
  const [all, goals, statements, areas] = await Promise.all([
    listIndicators(db),
    db.select({ id: overarchingGoals.id, name: overarchingGoals.name }).from(overarchingGoals).orderBy(asc(overarchingGoals.position)),
    db.select({ id: goalStatements.id, goalId: goalStatements.overarchingGoalId }).from(goalStatements),
    db.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).where(isNull(focusAreas.retiredAt)).orderBy(asc(focusAreas.position)),
  ]);
  const importIds = all.map((i) => i.currentImportId).filter((id): id is number => id !== null);
  const dimensionsOf = await loadDimensionsOf(db, importIds);
  const selections = new Map(
    all
      .filter((i) => i.currentImportId !== null)
      .map((i) => {
        const dimensions = dimensionsOf.get(i.currentImportId!) ?? [];
        return [i.id, { dimensions, selection: selectionFromQuery(dimensions, new URLSearchParams()).selection }] as const;
      }),
  );
  const observations = await loadObservationsOf(
    db,
    new Map(all.filter((i) => selections.has(i.id)).map((i) => [i.currentImportId!, cellsOf(selections.get(i.id)!.dimensions, selections.get(i.id)!.selection)])),
  );

  const cards = new Map<string, IndicatorCard>();
  for (const indicator of all) {
    const title = label(indicator.title, locale);
    const unit = indicator.unitLabel ? label(indicator.unitLabel, locale) : indicator.unit;
    const chosen = selections.get(indicator.id);
    if (!chosen) {
      cards.set(indicator.id, { id: indicator.id, title, unit, summary: null, svg: null });
      continue;
    }
    const cube = subCube(chosen.dimensions, chosen.selection, observations.get(indicator.currentImportId!) ?? []);
    const view = buildView(indicator, cube, locale);
    const summary = summaryText(view.summary);
    const svg = await renderIndicatorChart(view, { title, description: summary, unit, locale, small: true });
    cards.set(indicator.id, { id: indicator.id, title, unit, summary, svg });
  }

  const goalOf = new Map(statements.map((s) => [s.id, s.goalId]));
  const groups: OverviewGroup[] = [
    ...goals.map((goal) => ({
      id: goal.id,
      kind: 'goal' as const,
      name: goal.name,
      indicators: all.filter((i) => i.goalStatementIds.some((s) => goalOf.get(s) === goal.id)).map((i) => cards.get(i.id)!),
    })),
    ...areas.map((area) => ({
      id: area.id,
      kind: 'focus-area' as const,
      name: area.name,
      indicators: all.filter((i) => i.focusAreaIds.includes(area.id)).map((i) => cards.get(i.id)!),
    })),
  ].filter((g) => g.indicators.length > 0);
  const other = all.filter((i) => i.goalStatementIds.length === 0 && i.focusAreaIds.length === 0).map((i) => cards.get(i.id)!);
  return { groups, other, count: all.length };
}
