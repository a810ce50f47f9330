import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { projectPath } from '../config/paths.ts';
import { ACTION_PLAN_INCLUSION, ACTOR_TYPES, STATUS_LEVELS } from './schema.ts';

// The default data set as reviewable files; these schemas are the contract between the files and the seed.

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const strategyFile = z.object({
  strategy: z.object({
    id: slug,
    name: z.string(),
    shortName: z.string(),
    subtitle: z.string().nullable(),
    publishedYear: z.number().int(),
    vision: z.string(),
    description: z.string().nullable(),
    source: z.string(),
  }),
  overarchingGoals: z.array(z.object({ id: slug, position: z.number().int(), name: z.string(), description: z.string().nullable(), source: z.string() })),
  focusAreas: z.array(
    z.object({
      id: slug,
      position: z.number().int(),
      vedlegg: z.string(),
      name: z.string(),
      vedleggTitle: z.string().nullable(),
      description: z.string().nullable(),
      goalStatementIds: z.array(slug),
      goalStatementNotes: z.array(z.string()).optional(),
    }),
  ),
  mainPriorities: z.array(z.object({ id: slug, position: z.number().int(), name: z.string(), description: z.string().nullable() })),
  events: z.array(
    z.object({
      date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
      dateText: z.string().nullable().optional(),
      title: z.string(),
      note: z.string().nullable().optional(),
      source: z.string(),
    }),
  ),
});

const goalStatementsFile = z.array(z.object({ id: slug, position: z.number().int(), overarchingGoalId: slug, text: z.string() }));

const actorsFile = z.array(
  z.object({
    id: slug,
    name: z.string(),
    shortName: z.string().nullable(),
    type: z.enum(ACTOR_TYPES),
    sector: z.string().nullable(),
    aliases: z.array(z.string()),
    note: z.string().nullable().optional(),
  }),
);

const measureRow = z.object({
  id: slug,
  position: z.number().int(),
  title: z.string().min(1),
  subPoints: z.array(z.string()),
  inGovernmentActionPlan: z.enum(ACTION_PLAN_INCLUSION).nullable(),
  inGovernmentActionPlanAsWritten: z.string().nullable(),
  status2020: z.object({ text: z.string().nullable(), level: z.enum(STATUS_LEVELS), levelBasis: z.string().optional() }),
  actorIds: z.array(slug),
  actorsAsWritten: z.string().nullable(),
  relatedFocusAreaIds: z.array(slug).optional(),
  incomplete: z.boolean(),
  note: z.string().nullable(),
  sourceLines: z.string(),
});

const measuresFile = z.object({
  focusAreaId: slug,
  source: z.string(),
  sourceFile: z.string(),
  incomplete: z.boolean().optional(),
  note: z.string().nullable().optional(),
  measures: z.array(measureRow),
});

export type StrategyDataSet = {
  strategy: z.output<typeof strategyFile>;
  goalStatements: z.output<typeof goalStatementsFile>;
  actors: z.output<typeof actorsFile>;
  measureFiles: z.output<typeof measuresFile>[];
};

function parse<T extends z.ZodType>(schema: T, file: string): z.output<T> {
  const result = schema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${path.relative(process.cwd(), file)}: ${z.prettifyError(result.error)}`);
  return result.data;
}

/** Reads and validates `data/ho21/strategy`; a malformed file stops with the file's name and the Zod issue. */
export function loadStrategyDataSet(dir = projectPath('data/ho21/strategy')): StrategyDataSet {
  const measuresDir = path.join(dir, 'measures');
  return {
    strategy: parse(strategyFile, path.join(dir, 'strategy.json')),
    goalStatements: parse(goalStatementsFile, path.join(dir, 'goal-statements.json')),
    actors: parse(actorsFile, path.join(dir, 'actors.json')),
    measureFiles: fs
      .readdirSync(measuresDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => parse(measuresFile, path.join(measuresDir, f))),
  };
}

/** Every reference in the data set that does not resolve, as readable lines; empty when the set is whole. */
export function findBrokenReferences(data: StrategyDataSet): string[] {
  const problems: string[] = [];
  const goals = new Set(data.strategy.overarchingGoals.map((g) => g.id));
  const statements = new Set(data.goalStatements.map((g) => g.id));
  const focusAreas = new Set(data.strategy.focusAreas.map((f) => f.id));
  const actors = new Set(data.actors.map((a) => a.id));
  for (const g of data.goalStatements) if (!goals.has(g.overarchingGoalId)) problems.push(`goal statement ${g.id}: unknown overarching goal ${g.overarchingGoalId}`);
  for (const f of data.strategy.focusAreas)
    for (const id of f.goalStatementIds) if (!statements.has(id)) problems.push(`focus area ${f.id}: unknown goal statement ${id}`);
  const measureIds = new Set<string>();
  for (const file of data.measureFiles) {
    if (!focusAreas.has(file.focusAreaId)) problems.push(`measures file: unknown focus area ${file.focusAreaId}`);
    for (const m of file.measures) {
      if (measureIds.has(m.id)) problems.push(`measure ${m.id}: duplicate id`);
      measureIds.add(m.id);
      for (const id of m.actorIds) if (!actors.has(id)) problems.push(`measure ${m.id}: unknown actor ${id}`);
      for (const id of m.relatedFocusAreaIds ?? []) if (!focusAreas.has(id)) problems.push(`measure ${m.id}: unknown focus area ${id}`);
    }
  }
  return problems;
}
