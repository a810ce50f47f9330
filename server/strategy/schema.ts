import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { sqlList } from '../db/sql-list.ts';

/** The fixed scale a measure's implementation status is reported on. */
export const STATUS_LEVELS = ['not-started', 'planned', 'in-progress', 'partly-implemented', 'implemented', 'not-relevant', 'unknown'] as const;
export type StatusLevel = (typeof STATUS_LEVELS)[number];

export const ACTION_PLAN_INCLUSION = ['yes', 'partly', 'no'] as const;
export type ActionPlanInclusion = (typeof ACTION_PLAN_INCLUSION)[number];

export const ACTOR_TYPES = [
  'ministry',
  'agency',
  'research-council',
  'health-authority',
  'university-college',
  'research-institute',
  'municipal',
  'user-organisation',
  'company',
  'group',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];


export const strategies = pgTable('strategies', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  shortName: text('short_name').notNull(),
  subtitle: text('subtitle'),
  publishedYear: integer('published_year'),
  vision: text('vision').notNull(),
  description: text('description'),
  source: text('source'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Dated milestones of the strategy (published, action plan, council appointed …); partial dates keep their wording. */
export const strategyEvents = pgTable(
  'strategy_events',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    strategyId: text('strategy_id')
      .notNull()
      .references(() => strategies.id),
    date: text('date').notNull(),
    dateText: text('date_text'),
    title: text('title').notNull(),
    note: text('note'),
    source: text('source'),
  },
  (t) => [index('strategy_events_strategy_idx').on(t.strategyId, t.date)],
);

export const overarchingGoals = pgTable('overarching_goals', {
  id: text('id').primaryKey(),
  strategyId: text('strategy_id')
    .notNull()
    .references(() => strategies.id),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  source: text('source'),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const mainPriorities = pgTable('main_priorities', {
  id: text('id').primaryKey(),
  strategyId: text('strategy_id')
    .notNull()
    .references(() => strategies.id),
  position: integer('position').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  version: integer('version').notNull().default(1),
});

export const focusAreas = pgTable(
  'focus_areas',
  {
    id: text('id').primaryKey(),
    strategyId: text('strategy_id')
      .notNull()
      .references(() => strategies.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** The heading of its status table in the source ("SO Økt brukermedvirkning"), when it differs from the name. */
    sourceTitle: text('source_title'),
    /** The attachment of Sak 7/2020 that holds its status table ("2_1"). */
    sourceAttachment: text('source_attachment'),
    description: text('description'),
    notes: jsonb('notes').$type<string[]>().notNull().default([]),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('focus_areas_strategy_idx').on(t.strategyId, t.position)],
);

export const goalStatements = pgTable(
  'goal_statements',
  {
    id: text('id').primaryKey(),
    overarchingGoalId: text('overarching_goal_id')
      .notNull()
      .references(() => overarchingGoals.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_statements_goal_idx').on(t.overarchingGoalId, t.position)],
);

/** Which goal statements a focus area names as relevant ("Relevante målformuleringer"). */
export const focusAreaGoalStatements = pgTable(
  'focus_area_goal_statements',
  {
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id, { onDelete: 'cascade' }),
    goalStatementId: text('goal_statement_id')
      .notNull()
      .references(() => goalStatements.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.focusAreaId, t.goalStatementId] }), index('focus_area_goal_statements_goal_idx').on(t.goalStatementId)],
);

export const actors = pgTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    type: text('type', { enum: ACTOR_TYPES }).notNull(),
    sector: text('sector'),
    aliases: jsonb('aliases').$type<string[]>().notNull().default([]),
    note: text('note'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('actors_type_idx').on(t.type), check('actors_type_check', sql`${t.type} in (${sqlList(ACTOR_TYPES)})`)],
);

export const measures = pgTable(
  'measures',
  {
    id: text('id').primaryKey(),
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    subPoints: jsonb('sub_points').$type<string[]>().notNull().default([]),
    inGovernmentActionPlan: text('in_government_action_plan', { enum: ACTION_PLAN_INCLUSION }),
    /** The cell exactly as the source wrote it ("Ja", "delvis"), kept beside the normalised value. */
    inGovernmentActionPlanAsWritten: text('in_government_action_plan_as_written'),
    actorsAsWritten: text('actors_as_written'),
    /** The source text was cut off: what is here is faithful, but fields may be missing. */
    incomplete: boolean('incomplete').notNull().default(false),
    note: text('note'),
    source: text('source'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('measures_focus_area_idx').on(t.focusAreaId, t.position),
    index('measures_action_plan_idx').on(t.inGovernmentActionPlan),
    check('measures_action_plan_check', sql`${t.inGovernmentActionPlan} is null or ${t.inGovernmentActionPlan} in (${sqlList(ACTION_PLAN_INCLUSION)})`),
  ],
);

export const measureActors = pgTable(
  'measure_actors',
  {
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.actorId] }), index('measure_actors_actor_idx').on(t.actorId)],
);

/** Measures that point to other focus areas for their status ("se SO …"). */
export const measureRelatedFocusAreas = pgTable(
  'measure_related_focus_areas',
  {
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id),
  },
  (t) => [primaryKey({ columns: [t.measureId, t.focusAreaId] })],
);

/**
 * The status history of a measure. Entries are only ever added, never changed, so the history is the record.
 * `date` is null when the source gives none (the 2020 status is dated only to Møte 1/2020); `year` always orders.
 */
export const measureStatusEntries = pgTable(
  'measure_status_entries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id, { onDelete: 'cascade' }),
    date: date('date'),
    year: integer('year').notNull(),
    dateText: text('date_text'),
    level: text('level', { enum: STATUS_LEVELS }).notNull(),
    text: text('text'),
    /** The words in the text the level was read from, when it was derived rather than reported. */
    levelBasis: text('level_basis'),
    source: text('source').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('measure_status_entries_measure_idx').on(t.measureId, t.year, t.date, t.id),
    // Read backwards, this is the latest-status order (year, date with undated first, id) per measure: DISTINCT ON uses it.
    index('measure_status_entries_latest_idx').on(t.measureId, t.year, t.date.asc().nullsFirst(), t.id),
    index('measure_status_entries_level_idx').on(t.level),
    check('measure_status_entries_level_check', sql`${t.level} in (${sqlList(STATUS_LEVELS)})`),
  ],
);

/**
 * An uploaded bulk import of measures and status entries, kept until it is confirmed so that the preview and
 * the confirm can run in different requests (and processes). The rows are stored as read from the file; their
 * outcome is worked out again against the current data each time it is shown and when it is confirmed.
 */
export const strategyImportBatches = pgTable(
  'strategy_import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    format: text('format', { enum: ['csv', 'xlsx'] }).notNull(),
    rows: jsonb('rows').$type<{ rowNumber: number; cells: Record<string, string> }[]>().notNull(),
    fileErrors: jsonb('file_errors').$type<{ key: string; values?: Record<string, string> }[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: uuid('confirmed_by').references(() => users.id, { onDelete: 'set null' }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  },
  (t) => [index('strategy_import_batches_created_idx').on(t.createdAt), check('strategy_import_batches_format_check', sql`${t.format} in ('csv', 'xlsx')`)],
);
