import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type CommandContext, defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { CommandFailure } from '../../core/outcome.ts';
import { updateVersioned } from '../../core/versioned.ts';
import type { Queryable } from '../../db/types.ts';
import { ACTION_PLAN_INCLUSION, focusAreas, measureActors, measures } from '../schema.ts';
import { assertActors, canEditStrategy, assertFocusArea, idList, nextPosition, optionalText, recordId, reorderRows, requiredText, textLines, versionField } from './shared.ts';

/** "Not stated" is an empty choice in the form and null in the database. */
export const actionPlanField = z
  .union([z.enum(ACTION_PLAN_INCLUSION), z.literal(''), z.null()], { error: 'strategyAdmin.errors.actionPlan' })
  .default(null)
  .transform((v) => (v ? v : null));

export const measureFields = {
  focusAreaId: recordId,
  title: requiredText(1000),
  subPoints: textLines(),
  inGovernmentActionPlan: actionPlanField,
  actorIds: idList,
  note: optionalText(4000),
};

const measureFieldsSchema = z.object(measureFields);
export type MeasureValues = z.output<typeof measureFieldsSchema>;

/** A measure as the audit log and the conflict view see it: its row with its actors in order. */
export async function measureSnapshot(db: Queryable, id: string) {
  const [row] = await db.select().from(measures).where(eq(measures.id, id));
  if (!row) return null;
  const links = await db.select({ actorId: measureActors.actorId }).from(measureActors).where(eq(measureActors.measureId, id)).orderBy(asc(measureActors.position));
  return { ...row, actorIds: links.map((l) => l.actorId) };
}

async function replaceActors(ctx: CommandContext, measureId: string, actorIds: readonly string[]) {
  await ctx.tx.delete(measureActors).where(eq(measureActors.measureId, measureId));
  if (actorIds.length > 0) await ctx.tx.insert(measureActors).values(actorIds.map((actorId, i) => ({ measureId, actorId, position: i + 1 })));
}

/** The seed numbers measures per focus area ("so01-03"); new ones continue that pattern. */
async function newMeasureId(ctx: CommandContext, focusAreaId: string, position: number): Promise<string> {
  const [area] = await ctx.tx.select({ position: focusAreas.position }).from(focusAreas).where(eq(focusAreas.id, focusAreaId));
  const prefix = `so${String(area?.position ?? 0).padStart(2, '0')}`;
  for (let n = position; ; n++) {
    const id = `${prefix}-${String(n).padStart(2, '0')}`;
    const [taken] = await ctx.tx.select({ id: measures.id }).from(measures).where(eq(measures.id, id));
    if (!taken) return id;
  }
}

/** Creates a measure at the end of its focus area; `id` is given by an import, generated otherwise. */
export async function insertMeasure(ctx: CommandContext, values: MeasureValues & { id?: string | undefined; source?: string | null }) {
  await assertFocusArea(ctx.tx, values.focusAreaId);
  await assertActors(ctx.tx, values.actorIds);
  const position = await nextPosition(ctx.tx, measures, measures.position, eq(measures.focusAreaId, values.focusAreaId));
  const id = values.id ?? (await newMeasureId(ctx, values.focusAreaId, position));
  await ctx.tx.insert(measures).values({
    id,
    focusAreaId: values.focusAreaId,
    position,
    title: values.title,
    subPoints: values.subPoints,
    inGovernmentActionPlan: values.inGovernmentActionPlan,
    note: values.note,
    source: values.source ?? null,
  });
  await replaceActors(ctx, id, values.actorIds);
  const after = await measureSnapshot(ctx.tx, id);
  ctx.audit({ action: 'create', entity: 'measure', entityId: id, changes: diffRecords(null, after) });
  return after!;
}

/** Edits a measure if it still has the version the editor saw; moving it to another focus area puts it last there. */
export async function applyMeasureUpdate(ctx: CommandContext, id: string, version: number, values: MeasureValues) {
  const before = await measureSnapshot(ctx.tx, id);
  if (!before) throw new CommandFailure({ kind: 'not-found' });
  await assertFocusArea(ctx.tx, values.focusAreaId);
  await assertActors(ctx.tx, values.actorIds);
  const moved = values.focusAreaId !== before.focusAreaId;
  await updateVersioned(ctx.tx, measures, id, version, {
    ...(moved ? { position: await nextPosition(ctx.tx, measures, measures.position, eq(measures.focusAreaId, values.focusAreaId)) } : {}),
    focusAreaId: values.focusAreaId,
    title: values.title,
    subPoints: values.subPoints,
    inGovernmentActionPlan: values.inGovernmentActionPlan,
    note: values.note,
  });
  await replaceActors(ctx, id, values.actorIds);
  const after = await measureSnapshot(ctx.tx, id);
  ctx.audit({ action: 'update', entity: 'measure', entityId: id, changes: diffRecords(before, after) });
  return after!;
}

export const createMeasure = defineCommand({
  name: 'strategy.measure.create',
  input: z.object(measureFields),
  authorize: canEditStrategy,
  run: (ctx, input) => insertMeasure(ctx, input),
});

export const updateMeasure = defineCommand({
  name: 'strategy.measure.update',
  input: z.object({ id: recordId, version: versionField, ...measureFields }),
  authorize: canEditStrategy,
  run: (ctx, { id, version, ...values }) => applyMeasureUpdate(ctx, id, version, values),
});

export const setMeasureRetired = defineCommand({
  name: 'strategy.measure.retire',
  input: z.object({ id: recordId, version: versionField, retired: z.boolean() }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, retired }) {
    const { before, after } = await updateVersioned(tx, measures, id, version, { retiredAt: retired ? new Date() : null });
    audit({ action: retired ? 'retire' : 'restore', entity: 'measure', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});

/** Puts a focus area's measures in the given order; a list that no longer matches the area's measures is a conflict. */
export const reorderMeasures = defineCommand({
  name: 'strategy.measure.reorder',
  input: z.object({ focusAreaId: recordId, order: z.array(recordId).min(1) }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { focusAreaId, order }) {
    const { before } = await reorderRows(tx, measures, eq(measures.focusAreaId, focusAreaId), order);
    audit({ action: 'reorder-measures', entity: 'focus-area', entityId: focusAreaId, changes: diffRecords({ measureOrder: before }, { measureOrder: order }) });
    return order;
  },
});
