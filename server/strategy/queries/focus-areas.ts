import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import {
  actors,
  focusAreaGoalStatements,
  focusAreas,
  goalStatements,
  mainPriorities,
  measureActors,
  measures,
  overarchingGoals,
  STATUS_LEVELS,
  type StatusLevel,
  strategies,
  strategyEvents,
} from '../schema.ts';
import { latestStatusSubquery } from './latest-status.ts';
import type { ActorRef, LevelCounts } from './types.ts';

export function emptyLevelCounts(): LevelCounts {
  return Object.fromEntries(STATUS_LEVELS.map((l) => [l, 0])) as LevelCounts;
}

export interface FocusAreaSummary {
  id: string;
  position: number;
  name: string;
  description: string | null;
  measureCount: number;
  /** Public measures by the level of their latest status; a measure without status counts as unknown. */
  levelCounts: LevelCounts;
  goalStatementIds: string[];
}

/** Every public focus area in the strategy's order, with its measures counted by latest status level. */
export async function listFocusAreas(db: Queryable): Promise<FocusAreaSummary[]> {
  const latest = latestStatusSubquery(db);
  const level = sql<StatusLevel>`coalesce(${latest.statusLevel}, 'unknown')`;
  const [areas, counts, links] = await Promise.all([
    db
      .select({ id: focusAreas.id, position: focusAreas.position, name: focusAreas.name, description: focusAreas.description })
      .from(focusAreas)
      .where(isNull(focusAreas.retiredAt))
      .orderBy(asc(focusAreas.position), asc(focusAreas.id)),
    db
      .select({ focusAreaId: measures.focusAreaId, level, n: count() })
      .from(measures)
      .leftJoin(latest, eq(latest.measureId, measures.id))
      .where(isNull(measures.retiredAt))
      .groupBy(measures.focusAreaId, level),
    db
      .select({ focusAreaId: focusAreaGoalStatements.focusAreaId, goalStatementId: focusAreaGoalStatements.goalStatementId })
      .from(focusAreaGoalStatements)
      .innerJoin(goalStatements, eq(goalStatements.id, focusAreaGoalStatements.goalStatementId))
      .where(isNull(goalStatements.retiredAt))
      .orderBy(focusAreaGoalStatements.focusAreaId, focusAreaGoalStatements.position),
  ]);
  return areas.map((area) => {
    const levelCounts = emptyLevelCounts();
    for (const c of counts) if (c.focusAreaId === area.id) levelCounts[c.level] += Number(c.n);
    return {
      ...area,
      measureCount: Object.values(levelCounts).reduce((a, b) => a + b, 0),
      levelCounts,
      goalStatementIds: links.filter((l) => l.focusAreaId === area.id).map((l) => l.goalStatementId),
    };
  });
}

/** The strategy page: the strategy, its goals, main priorities, focus areas with status counts, and its dated events. */
export async function getStrategyOverview(db: Queryable) {
  const [strategy] = await db.select().from(strategies).orderBy(strategies.id).limit(1);
  if (!strategy) return null;
  const [goals, priorities, areas, events] = await Promise.all([
    db
      .select({ id: overarchingGoals.id, position: overarchingGoals.position, name: overarchingGoals.name, description: overarchingGoals.description })
      .from(overarchingGoals)
      .where(eq(overarchingGoals.strategyId, strategy.id))
      .orderBy(overarchingGoals.position),
    db
      .select({ id: mainPriorities.id, position: mainPriorities.position, name: mainPriorities.name, description: mainPriorities.description })
      .from(mainPriorities)
      .where(eq(mainPriorities.strategyId, strategy.id))
      .orderBy(mainPriorities.position),
    listFocusAreas(db),
    db
      .select({ id: strategyEvents.id, date: strategyEvents.date, dateText: strategyEvents.dateText, title: strategyEvents.title, source: strategyEvents.source })
      .from(strategyEvents)
      .where(eq(strategyEvents.strategyId, strategy.id))
      .orderBy(strategyEvents.date, strategyEvents.id),
  ]);
  return {
    strategy: {
      id: strategy.id,
      name: strategy.name,
      shortName: strategy.shortName,
      subtitle: strategy.subtitle,
      publishedYear: strategy.publishedYear,
      vision: strategy.vision,
      description: strategy.description,
      source: strategy.source,
    },
    overarchingGoals: goals,
    mainPriorities: priorities,
    focusAreas: areas,
    events,
  };
}

export type StrategyOverview = NonNullable<Awaited<ReturnType<typeof getStrategyOverview>>>;

/** One public focus area with its goal statements (and their overarching goal), and the actors its measures name, for the filter. */
export async function getFocusArea(db: Queryable, id: string) {
  const [area] = await db
    .select({
      id: focusAreas.id,
      position: focusAreas.position,
      name: focusAreas.name,
      description: focusAreas.description,
      sourceTitle: focusAreas.sourceTitle,
      sourceAttachment: focusAreas.sourceAttachment,
    })
    .from(focusAreas)
    .where(and(eq(focusAreas.id, id), isNull(focusAreas.retiredAt)));
  if (!area) return null;
  const [statements, actorOptions] = await Promise.all([
    db
      .select({
        id: goalStatements.id,
        text: goalStatements.text,
        overarchingGoalId: overarchingGoals.id,
        overarchingGoalName: overarchingGoals.name,
      })
      .from(focusAreaGoalStatements)
      .innerJoin(goalStatements, eq(goalStatements.id, focusAreaGoalStatements.goalStatementId))
      .innerJoin(overarchingGoals, eq(overarchingGoals.id, goalStatements.overarchingGoalId))
      .where(and(eq(focusAreaGoalStatements.focusAreaId, id), isNull(goalStatements.retiredAt)))
      .orderBy(focusAreaGoalStatements.position),
    db
      .selectDistinct({ id: actors.id, name: actors.name, shortName: actors.shortName })
      .from(actors)
      .innerJoin(measureActors, eq(measureActors.actorId, actors.id))
      .where(
        and(
          isNull(actors.retiredAt),
          inArray(
            measureActors.measureId,
            db
              .select({ id: measures.id })
              .from(measures)
              .where(and(eq(measures.focusAreaId, id), isNull(measures.retiredAt))),
          ),
        ),
      )
      .orderBy(actors.name, actors.id),
  ]);
  return { focusArea: area, goalStatements: statements, actorOptions: actorOptions satisfies ActorRef[] };
}

export type FocusAreaPage = NonNullable<Awaited<ReturnType<typeof getFocusArea>>>;
