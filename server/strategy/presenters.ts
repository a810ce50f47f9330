// What the public API returns: camelCase fields as in GLOSSARY.md, only public data, stable shapes.
import type { ActorPage } from './queries/actors.ts';
import type { FocusAreaSummary, StrategyOverview } from './queries/focus-areas.ts';
import type { GoalStatementItem } from './queries/goal-statements.ts';
import type { MeasureDetail } from './queries/measures.ts';
import type { ActorSummary, MeasureListItem, StatusEntry } from './queries/types.ts';

export function presentStatus(entry: StatusEntry) {
  return { date: entry.date, year: entry.year, dateText: entry.dateText, level: entry.level, text: entry.text, source: entry.source };
}

export function presentOverarchingGoal(goal: { id: string; position: number; name: string; description: string | null }) {
  return { id: goal.id, position: goal.position, name: goal.name, description: goal.description };
}

export function presentFocusArea(area: FocusAreaSummary) {
  return {
    id: area.id,
    position: area.position,
    name: area.name,
    description: area.description,
    measureCount: area.measureCount,
    /** Measures by the level of their latest status. */
    statusCounts: area.levelCounts,
    goalStatementIds: area.goalStatementIds,
  };
}

export function presentStrategy(overview: StrategyOverview) {
  const { strategy } = overview;
  return {
    id: strategy.id,
    name: strategy.name,
    shortName: strategy.shortName,
    subtitle: strategy.subtitle,
    publishedYear: strategy.publishedYear,
    vision: strategy.vision,
    description: strategy.description,
    overarchingGoals: overview.overarchingGoals.map(presentOverarchingGoal),
    mainPriorities: overview.mainPriorities.map((p) => ({ id: p.id, position: p.position, name: p.name, description: p.description })),
    focusAreas: overview.focusAreas.map(presentFocusArea),
    events: overview.events.map((e) => ({ date: e.date, dateText: e.dateText, title: e.title, source: e.source })),
  };
}

export function presentGoalStatement(statement: GoalStatementItem) {
  return {
    id: statement.id,
    position: statement.position,
    text: statement.text,
    overarchingGoalId: statement.overarchingGoalId,
    focusAreaIds: statement.focusAreas.map((f) => f.id),
  };
}

export function presentMeasure(measure: MeasureListItem) {
  return {
    id: measure.id,
    focusAreaId: measure.focusArea.id,
    position: measure.position,
    title: measure.title,
    subPoints: measure.subPoints,
    inGovernmentActionPlan: measure.inGovernmentActionPlan,
    incomplete: measure.incomplete,
    actors: measure.actors.map((a) => ({ id: a.id, name: a.name })),
    latestStatus: measure.latestStatus ? presentStatus(measure.latestStatus) : null,
  };
}

export function presentMeasureDetail(measure: MeasureDetail) {
  return {
    ...presentMeasure(measure),
    inGovernmentActionPlanAsWritten: measure.inGovernmentActionPlanAsWritten,
    actorsAsWritten: measure.actorsAsWritten,
    relatedFocusAreaIds: measure.relatedFocusAreas.map((f) => f.id),
    note: measure.note,
    source: measure.source,
    /** Oldest first; the last entry is `latestStatus`. */
    statusHistory: measure.statusHistory.map(presentStatus),
  };
}

export function presentActor(actor: ActorSummary) {
  return { id: actor.id, name: actor.name, shortName: actor.shortName, type: actor.type, sector: actor.sector, measureCount: actor.measureCount };
}

export function presentActorDetail({ actor, measures }: ActorPage) {
  return {
    id: actor.id,
    name: actor.name,
    shortName: actor.shortName,
    type: actor.type,
    sector: actor.sector,
    aliases: actor.aliases,
    note: actor.note,
    measures: measures.map(presentMeasure),
  };
}
