import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import type { Actor } from '../core/actor.ts';
import { actorLabel } from '../core/actor.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import type { Tx } from '../db/types.ts';
import type { Cube } from './cube.ts';
import {
  IMPORT_FORMATS,
  indicatorCategories,
  indicatorDimensions,
  indicatorFocusAreas,
  indicatorGoalStatements,
  indicatorImports,
  indicatorObservations,
  indicators,
} from './schema.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'monitor.errors.slug' });
const labels = z.object({ nb: z.string().trim().min(1), nn: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() });
const editable = (actor: Actor) => can(actor, 'monitor.edit');

export const indicatorDefinition = z.object({
  id: slug,
  position: z.number().int().default(0),
  title: labels,
  description: labels.nullable().default(null),
  unit: z.string().trim().min(1),
  unitLabel: labels.nullable().default(null),
  decimals: z.number().int().min(0).max(6).nullable().default(null),
  sourceName: z.string().trim().min(1),
  sourceUrl: z.url().nullable().default(null),
  sourceLicence: z.string().nullable().default(null),
  notes: labels.nullable().default(null),
  target: labels.nullable().default(null),
  comparator: labels.nullable().default(null),
  goalStatementIds: z.array(z.string()).default([]),
  focusAreaIds: z.array(z.string()).default([]),
});
export type IndicatorDefinition = z.input<typeof indicatorDefinition>;

export const createIndicator = defineCommand({
  name: 'monitor.indicator.create',
  input: indicatorDefinition,
  authorize: editable,
  async run({ tx, audit }, { goalStatementIds, focusAreaIds, ...values }) {
    const [existing] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, values.id));
    if (existing) throw invalid({ id: ['monitor.errors.idTaken'] });
    const [row] = await tx.insert(indicators).values(values).returning();
    if (goalStatementIds.length > 0) await tx.insert(indicatorGoalStatements).values(goalStatementIds.map((goalStatementId) => ({ indicatorId: values.id, goalStatementId })));
    if (focusAreaIds.length > 0) await tx.insert(indicatorFocusAreas).values(focusAreaIds.map((focusAreaId) => ({ indicatorId: values.id, focusAreaId })));
    audit({ action: 'create', entity: 'indicator', entityId: values.id, changes: diffRecords(null, { ...row, goalStatementIds, focusAreaIds }) });
    return row!;
  },
});

/** Step 1 of an import: the file and its preview are stored; nothing the public sees changes. */
export const uploadImport = defineCommand({
  name: 'monitor.import.upload',
  input: z.object({
    indicatorId: z.string(),
    format: z.enum(IMPORT_FORMATS),
    fileName: z.string().min(1).max(300),
    /** Kept for an import that runs later (the admin page); the command line imports at once and keeps none. */
    file: z.instanceof(Buffer).nullable(),
    preview: z.unknown(),
    observationCount: z.number().int().min(0),
  }),
  authorize: editable,
  async run({ tx, actor, audit }, input) {
    const [indicator] = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.id, input.indicatorId));
    if (!indicator) throw new CommandFailure({ kind: 'not-found' });
    const [row] = await tx
      .insert(indicatorImports)
      .values({ ...input, status: 'preview', importedBy: actor.kind === 'user' ? actor.userId : null, importedByLabel: actorLabel(actor) })
      .returning({ id: indicatorImports.id });
    audit({
      action: 'upload',
      entity: 'indicator-import',
      entityId: String(row!.id),
      changes: { indicatorId: { before: null, after: input.indicatorId }, fileName: { before: null, after: input.fileName }, observations: { before: null, after: input.observationCount } },
    });
    return row!.id;
  },
});

async function lockImport(tx: Tx, id: number) {
  const [row] = await tx.select().from(indicatorImports).where(eq(indicatorImports.id, id)).for('update');
  if (!row) throw new CommandFailure({ kind: 'not-found' });
  return row;
}

/** Step 2: the structure of the new version is written and the import is marked as running. */
export const startImport = defineCommand({
  name: 'monitor.import.start',
  input: z.object({ importId: z.number().int(), dimensions: z.custom<Cube['dimensions']>((v) => Array.isArray(v)), observationCount: z.number().int().min(0) }),
  authorize: editable,
  async run({ tx, audit }, { importId, dimensions, observationCount }) {
    const row = await lockImport(tx, importId);
    if (row.status === 'importing') return;
    if (row.status !== 'preview') throw invalid({}, ['monitor.errors.importNotPending']);
    await tx.insert(indicatorDimensions).values(dimensions.map((d, position) => ({ importId, position, code: d.code, label: d.label, role: d.role })));
    const categories = dimensions.flatMap((d, dimensionPosition) =>
      d.categories.map((c, position) => ({ importId, dimensionPosition, position, code: c.code, label: c.label, unit: c.unit ?? null })),
    );
    for (let i = 0; i < categories.length; i += 5000) await tx.insert(indicatorCategories).values(categories.slice(i, i + 5000));
    await tx
      .update(indicatorImports)
      .set({ status: 'importing', observationCount, processedCount: 0, updatedAt: new Date() })
      .where(eq(indicatorImports.id, importId));
    audit({ action: 'start', entity: 'indicator-import', entityId: String(importId), changes: { status: { before: row.status, after: 'importing' } } });
  },
});

/**
 * Step 3, repeated: one batch of observations goes in under the new import, which nobody reads until step 4.
 * One statement per batch: the arrays travel as three parameters and `unnest` turns them into rows, which
 * is far faster than a VALUES list and has no parameter limit. The offset makes a repeated batch harmless.
 */
export const stageObservations = defineCommand({
  name: 'monitor.import.stage',
  input: z.object({
    importId: z.number().int(),
    offset: z.number().int().min(0),
    cells: z.custom<number[]>((v) => Array.isArray(v)),
    values: z.custom<(number | null)[]>((v) => Array.isArray(v)),
    statuses: z.custom<(string | null)[]>((v) => Array.isArray(v)),
  }),
  authorize: editable,
  async run({ tx }, { importId, offset, cells, values, statuses }) {
    const row = await lockImport(tx, importId);
    if (row.status !== 'importing') throw invalid({}, ['monitor.errors.importNotRunning']);
    if (row.processedCount !== offset) return row.processedCount;
    if (cells.length > 0) {
      await tx.execute(sql`
        insert into ${indicatorObservations} (import_id, cell, value, status)
        select ${importId}, c, v, s
        from unnest(${toPgArray(cells)}::int4[], ${toPgArray(values)}::float8[], ${toPgArray(statuses)}::text[]) as t(c, v, s)`);
    }
    const processedCount = offset + cells.length;
    await tx.update(indicatorImports).set({ processedCount, updatedAt: new Date() }).where(eq(indicatorImports.id, importId));
    return processedCount;
  },
});

/** A PostgreSQL array literal: both drivers pass it as one text parameter, whatever its length. */
function toPgArray(items: readonly (number | string | null)[]): string {
  const parts = items.map((item) => {
    if (item === null) return 'NULL';
    if (typeof item === 'number') return Number.isFinite(item) ? String(item) : 'NULL';
    return `"${item.replace(/["\\]/g, (ch) => `\\${ch}`)}"`;
  });
  return `{${parts.join(',')}}`;
}

/**
 * Step 4: the new version becomes the indicator's data in one transaction, the one it replaces stays in the
 * history (with its observations, so it can still be downloaded); versions before that keep only their record.
 */
export const applyImport = defineCommand({
  name: 'monitor.import.apply',
  input: z.object({ importId: z.number().int() }),
  authorize: editable,
  async run({ tx, audit }, { importId }) {
    const row = await lockImport(tx, importId);
    if (row.status !== 'importing' || row.processedCount !== row.observationCount) throw invalid({}, ['monitor.errors.importIncomplete']);
    const [indicator] = await tx.select().from(indicators).where(eq(indicators.id, row.indicatorId)).for('update');
    if (!indicator) throw new CommandFailure({ kind: 'not-found' });
    const previous = indicator.currentImportId;
    const older = await tx
      .select({ id: indicatorImports.id })
      .from(indicatorImports)
      .where(and(eq(indicatorImports.indicatorId, row.indicatorId), eq(indicatorImports.status, 'replaced')));
    if (older.length > 0) {
      await tx.delete(indicatorObservations).where(inArray(indicatorObservations.importId, older.map((o) => o.id)));
    }
    if (previous !== null) await tx.update(indicatorImports).set({ status: 'replaced', updatedAt: new Date() }).where(eq(indicatorImports.id, previous));
    const now = new Date();
    await tx.update(indicatorImports).set({ status: 'current', file: null, completedAt: now, updatedAt: now }).where(eq(indicatorImports.id, importId));
    await tx
      .update(indicators)
      .set({ currentImportId: importId, version: sql`${indicators.version} + 1`, updatedAt: now })
      .where(eq(indicators.id, row.indicatorId));
    // Uploads that were previewed but never applied are stale once another version is in.
    await tx
      .update(indicatorImports)
      .set({ status: 'discarded', file: null, updatedAt: now })
      .where(and(eq(indicatorImports.indicatorId, row.indicatorId), eq(indicatorImports.status, 'preview'), lt(indicatorImports.id, importId), ne(indicatorImports.id, importId)));
    audit({
      action: 'import',
      entity: 'indicator',
      entityId: row.indicatorId,
      changes: {
        currentImportId: { before: previous, after: importId },
        observations: { before: null, after: row.observationCount },
        fileName: { before: null, after: row.fileName },
      },
    });
    return { indicatorId: row.indicatorId, importId, observations: row.observationCount };
  },
});

export const discardImport = defineCommand({
  name: 'monitor.import.discard',
  input: z.object({ importId: z.number().int() }),
  authorize: editable,
  async run({ tx, audit }, { importId }) {
    const row = await lockImport(tx, importId);
    if (row.status !== 'preview' && row.status !== 'importing' && row.status !== 'failed') throw invalid({}, ['monitor.errors.importNotPending']);
    await tx.delete(indicatorObservations).where(eq(indicatorObservations.importId, importId));
    await tx.update(indicatorImports).set({ status: 'discarded', file: null, updatedAt: new Date() }).where(eq(indicatorImports.id, importId));
    audit({ action: 'discard', entity: 'indicator-import', entityId: String(importId), changes: { status: { before: row.status, after: 'discarded' } } });
  },
});


/** A background import that stopped with an error says so in its row, for the progress page. */
export const failImport = defineCommand({
  name: 'monitor.import.fail',
  input: z.object({ importId: z.number().int(), error: z.string().max(2000) }),
  authorize: editable,
  async run({ tx, audit }, { importId, error }) {
    const row = await lockImport(tx, importId);
    if (row.status !== 'importing' && row.status !== 'preview') return;
    await tx.update(indicatorImports).set({ status: 'failed', error, updatedAt: new Date() }).where(eq(indicatorImports.id, importId));
    audit({ action: 'fail', entity: 'indicator-import', entityId: String(importId), changes: { status: { before: row.status, after: 'failed' }, error: { before: null, after: error } } });
  },
});
