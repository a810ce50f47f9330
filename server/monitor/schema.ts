import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.ts';
import { focusAreas, goalStatements } from '../strategy/schema.ts';
import { sqlList } from '../db/sql-list.ts';

/** A text in the three languages; bokmål is always there, the others fall back to it. */
export interface Labels {
  nb: string;
  nn?: string | undefined;
  en?: string | undefined;
}

export const DIMENSION_ROLES = ['time', 'geo', 'metric'] as const;
export type DimensionRole = (typeof DIMENSION_ROLES)[number];

export const IMPORT_FORMATS = ['jsonstat', 'csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * preview: uploaded and checked, nothing applied · importing: observations being staged · current: the
 * indicator's data · replaced: an earlier version · discarded: never applied · failed: stopped with an error.
 */
export const IMPORT_STATUSES = ['preview', 'importing', 'current', 'replaced', 'discarded', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];


/**
 * An uploaded file, kept as base64 text: the embedded database takes a large text parameter several times
 * faster than the same bytes as bytea.
 */
const fileColumn = customType<{ data: Buffer; driverData: string }>({
  dataType: () => 'text',
  toDriver: (value) => value.toString('base64'),
  fromDriver: (value) => Buffer.from(value, 'base64'),
});

export const indicators = pgTable(
  'indicators',
  {
    id: text('id').primaryKey(),
    position: integer('position').notNull().default(0),
    title: jsonb('title').$type<Labels>().notNull(),
    description: jsonb('description').$type<Labels>(),
    /** A short unit code or text shown with values ("MNOK", "%"). */
    unit: text('unit').notNull(),
    unitLabel: jsonb('unit_label').$type<Labels>(),
    decimals: integer('decimals'),
    sourceName: text('source_name').notNull(),
    sourceUrl: text('source_url'),
    sourceLicence: text('source_licence'),
    notes: jsonb('notes').$type<Labels>(),
    /** What the strategy aims for, in words ("opp på nivå med Sverige og Danmark"), never a made-up number. */
    target: jsonb('target').$type<Labels>(),
    comparator: jsonb('comparator').$type<Labels>(),
    /** The import whose observations are shown; null for a definition still waiting for data. */
    currentImportId: integer('current_import_id').references((): AnyPgColumn => indicatorImports.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicators_position_idx').on(t.position)],
);

/**
 * Every import of an indicator, kept as its history. Dimensions, categories and observations hang off the
 * import, so a new import replaces them all at once by moving `indicators.current_import_id`.
 */
export const indicatorImports = pgTable(
  'indicator_imports',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    status: text('status', { enum: IMPORT_STATUSES }).notNull(),
    format: text('format', { enum: IMPORT_FORMATS }).notNull(),
    fileName: text('file_name').notNull(),
    /** The uploaded file, kept until it is applied or discarded, so preview and import need no server memory. */
    file: fileColumn('file_base64'),
    preview: jsonb('preview').$type<unknown>(),
    observationCount: integer('observation_count').notNull().default(0),
    processedCount: integer('processed_count').notNull().default(0),
    error: text('error'),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedByLabel: text('imported_by_label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    index('indicator_imports_indicator_idx').on(t.indicatorId, t.createdAt),
    index('indicator_imports_status_idx').on(t.status),
    check('indicator_imports_status_check', sql`${t.status} in (${sqlList(IMPORT_STATUSES)})`),
    check('indicator_imports_format_check', sql`${t.format} in (${sqlList(IMPORT_FORMATS)})`),
  ],
);

export const indicatorDimensions = pgTable(
  'indicator_dimensions',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => indicatorImports.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    label: jsonb('label').$type<Labels>().notNull(),
    role: text('role', { enum: DIMENSION_ROLES }),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.position] }),
    uniqueIndex('indicator_dimensions_code_key').on(t.importId, t.code),
    check('indicator_dimensions_role_check', sql`${t.role} is null or ${t.role} in (${sqlList(DIMENSION_ROLES)})`),
  ],
);

export const indicatorCategories = pgTable(
  'indicator_categories',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => indicatorImports.id, { onDelete: 'cascade' }),
    dimensionPosition: integer('dimension_position').notNull(),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    label: jsonb('label').$type<Labels>().notNull(),
    /** A unit per category (metric dimensions in JSON-stat), when the file gives one. */
    unit: text('unit'),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.dimensionPosition, t.position] }),
    uniqueIndex('indicator_categories_code_key').on(t.importId, t.dimensionPosition, t.code),
  ],
);

/**
 * One row per observation, kept small: `cell` is the observation's place in the cube in JSON-stat order
 * (row-major over the dimensions), so filters turn into a list of cells read through the primary key.
 * A null value is a missing observation; `status` carries its flag (".." not available, "p" provisional …).
 */
export const indicatorObservations = pgTable(
  'indicator_observations',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => indicatorImports.id, { onDelete: 'cascade' }),
    cell: integer('cell').notNull(),
    value: doublePrecision('value'),
    status: text('status'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.cell] })],
);

export const indicatorGoalStatements = pgTable(
  'indicator_goal_statements',
  {
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    goalStatementId: text('goal_statement_id')
      .notNull()
      .references(() => goalStatements.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.goalStatementId] }), index('indicator_goal_statements_goal_idx').on(t.goalStatementId)],
);

export const indicatorFocusAreas = pgTable(
  'indicator_focus_areas',
  {
    indicatorId: text('indicator_id')
      .notNull()
      .references(() => indicators.id, { onDelete: 'cascade' }),
    focusAreaId: text('focus_area_id')
      .notNull()
      .references(() => focusAreas.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.indicatorId, t.focusAreaId] }), index('indicator_focus_areas_area_idx').on(t.focusAreaId)],
);
