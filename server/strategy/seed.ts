import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Actor, systemActor } from '../core/actor.ts';
import { defineCommand, execute } from '../core/command.ts';
import type { Db } from '../db/types.ts';
import { loadStrategyDataSet, type StrategyDataSet } from './data-set.ts';
import {
  actors,
  focusAreaGoalStatements,
  focusAreas,
  goalStatements,
  mainPriorities,
  measureActors,
  measureRelatedFocusAreas,
  measures,
  measureStatusEntries,
  overarchingGoals,
  strategies,
  strategyEvents,
} from './schema.ts';

/** The 2020 status of every measure comes from the status tables of council meeting 1/2020, which give no day. */
const STATUS_2020 = { year: 2020, dateText: 'Møte 1/2020' } as const;

export interface StrategySeedReport {
  focusAreas: number;
  goalStatements: number;
  actors: number;
  measures: number;
}

const seedStrategyCommand = defineCommand({
  name: 'strategy.seed',
  input: z.custom<StrategyDataSet>(),
  // Only the platform itself loads the default data set; people edit it through the ordinary commands.
  authorize: (actor: Actor) => actor.kind === 'system',
  async run({ tx, audit }, data): Promise<StrategySeedReport | null> {
    const { strategy, overarchingGoals: goals, focusAreas: areas, mainPriorities: priorities, events } = data.strategy;
    const [existing] = await tx.select({ id: strategies.id }).from(strategies).where(eq(strategies.id, strategy.id));
    if (existing) return null;

    await tx.insert(strategies).values(strategy);
    await tx.insert(strategyEvents).values(events.map((e) => ({ ...e, strategyId: strategy.id })));
    await tx.insert(overarchingGoals).values(goals.map((g) => ({ ...g, strategyId: strategy.id })));
    await tx.insert(mainPriorities).values(priorities.map((p) => ({ ...p, strategyId: strategy.id })));
    await tx.insert(focusAreas).values(
      areas.map((f) => ({
        id: f.id,
        strategyId: strategy.id,
        position: f.position,
        name: f.name,
        sourceTitle: f.vedleggTitle,
        sourceAttachment: f.vedlegg,
        description: f.description,
        notes: f.goalStatementNotes ?? [],
      })),
    );
    await tx.insert(goalStatements).values(data.goalStatements);
    await tx
      .insert(focusAreaGoalStatements)
      .values(areas.flatMap((f) => f.goalStatementIds.map((goalStatementId, i) => ({ focusAreaId: f.id, goalStatementId, position: i + 1 }))));
    await tx.insert(actors).values(data.actors);

    const rows = data.measureFiles.flatMap((file) => file.measures.map((m) => ({ file, m })));
    await tx.insert(measures).values(
      rows.map(({ file, m }) => ({
        id: m.id,
        focusAreaId: file.focusAreaId,
        position: m.position,
        title: m.title,
        subPoints: m.subPoints,
        inGovernmentActionPlan: m.inGovernmentActionPlan,
        inGovernmentActionPlanAsWritten: m.inGovernmentActionPlanAsWritten,
        actorsAsWritten: m.actorsAsWritten,
        incomplete: m.incomplete,
        note: m.note,
        source: `${file.source} (${file.sourceFile}, linje ${m.sourceLines})`,
      })),
    );
    const links = rows.flatMap(({ m }) => m.actorIds.map((actorId, i) => ({ measureId: m.id, actorId, position: i + 1 })));
    if (links.length > 0) await tx.insert(measureActors).values(links);
    const related = rows.flatMap(({ m }) => (m.relatedFocusAreaIds ?? []).map((focusAreaId) => ({ measureId: m.id, focusAreaId })));
    if (related.length > 0) await tx.insert(measureRelatedFocusAreas).values(related);
    await tx.insert(measureStatusEntries).values(
      rows.map(({ file, m }) => ({
        measureId: m.id,
        ...STATUS_2020,
        level: m.status2020.level,
        text: m.status2020.text,
        levelBasis: m.status2020.levelBasis ?? null,
        source: file.source,
      })),
    );

    const report = { focusAreas: areas.length, goalStatements: data.goalStatements.length, actors: data.actors.length, measures: rows.length };
    audit({
      action: 'seed',
      entity: 'strategy',
      entityId: strategy.id,
      changes: Object.fromEntries(Object.entries(report).map(([k, v]) => [k, { before: null, after: v }])),
    });
    return report;
  },
});

/** Loads the strategy, its goals, focus areas, goal statements, actors and measures once; later runs leave them alone. */
export async function seedStrategy(db: Db, load: () => StrategyDataSet = loadStrategyDataSet): Promise<StrategySeedReport | null> {
  // Every start runs the seed: ask the database first, so the files are read and checked only when needed.
  const [existing] = await db.select({ id: strategies.id }).from(strategies).limit(1);
  if (existing) return null;
  const outcome = await execute(db, seedStrategyCommand, systemActor('seed'), load());
  if (!outcome.ok) throw new Error(`Could not seed the strategy: ${outcome.kind}`);
  return outcome.value;
}
