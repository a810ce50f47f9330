import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { CommandFailure, invalid } from '../../core/outcome.ts';
import type { Queryable } from '../../db/types.ts';
import { applyMeasureUpdate, insertMeasure } from '../commands/measures.ts';
import { canEditStrategy } from '../commands/shared.ts';
import { appendStatusEntry } from '../commands/status-entries.ts';
import { actors, focusAreas, measureActors, measures, measureStatusEntries, strategyImportBatches } from '../schema.ts';
import type { ImportMessage, ImportRow } from './format.ts';
import type { ImportFormat } from './parse.ts';
import { type ExistingMeasure, type ImportPlan, type ImportSnapshot, planImport } from './plan.ts';

/** The current data an import is compared with: three list queries, no query per measure. */
export async function loadImportSnapshot(db: Queryable): Promise<ImportSnapshot> {
  const [areas, actorRows, measureRows, links, latest] = await Promise.all([
    db.select({ id: focusAreas.id }).from(focusAreas),
    db.select({ id: actors.id }).from(actors),
    db.select().from(measures),
    db.select().from(measureActors).orderBy(asc(measureActors.measureId), asc(measureActors.position)),
    db
      .selectDistinctOn([measureStatusEntries.measureId])
      .from(measureStatusEntries)
      .orderBy(measureStatusEntries.measureId, desc(measureStatusEntries.year), desc(measureStatusEntries.date), desc(measureStatusEntries.id)),
  ]);
  const latestBy = new Map(latest.map((s) => [s.measureId, s]));
  const measureMap = new Map<string, ExistingMeasure>();
  for (const m of measureRows) {
    const status = latestBy.get(m.id);
    measureMap.set(m.id, {
      version: m.version,
      focusAreaId: m.focusAreaId,
      title: m.title,
      subPoints: m.subPoints,
      inGovernmentActionPlan: m.inGovernmentActionPlan,
      actorIds: links.filter((l) => l.measureId === m.id).map((l) => l.actorId),
      note: m.note,
      latestStatus: status ? { date: status.date, level: status.level, text: status.text, source: status.source } : null,
    });
  }
  return { focusAreaIds: new Set(areas.map((a) => a.id)), actorIds: new Set(actorRows.map((a) => a.id)), measures: measureMap };
}

/**
 * A digest of what the preview promised to do. Confirming sends it back; if the data changed in between, the
 * plan changes and the confirm is refused, so nobody confirms a preview that no longer holds.
 */
export function planFingerprint(plan: ImportPlan): string {
  const essence = plan.rows.map((r) => [r.rowNumber, r.outcome, r.measureId, r.changedFields, r.measure, r.status]);
  return createHash('sha256').update(JSON.stringify(essence)).digest('hex');
}

export async function findImportBatch(db: Queryable, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const [batch] = await db.select().from(strategyImportBatches).where(eq(strategyImportBatches.id, id));
  return batch ?? null;
}

/** A stored batch with the outcome of each row against the data as it is now. */
export async function previewImportBatch(db: Queryable, id: string) {
  const batch = await findImportBatch(db, id);
  if (!batch) return null;
  const plan = planImport(batch.rows as ImportRow[], await loadImportSnapshot(db), batch.fileErrors);
  return { batch, plan, fingerprint: planFingerprint(plan) };
}

export const createImportBatch = defineCommand({
  name: 'strategy.import.upload',
  input: z.object({
    fileName: z.string().trim().min(1).max(255),
    format: z.enum(['csv', 'xlsx']),
    rows: z.array(z.object({ rowNumber: z.number().int().min(1), cells: z.record(z.string(), z.string()) })),
    fileErrors: z.array(z.object({ key: z.string(), values: z.record(z.string(), z.string()).optional() })),
  }),
  authorize: canEditStrategy,
  async run({ tx, actor, audit }, input) {
    const [batch] = await tx
      .insert(strategyImportBatches)
      .values({ ...input, format: input.format as ImportFormat, createdBy: actor.kind === 'user' ? actor.userId : null })
      .returning({ id: strategyImportBatches.id });
    if (!batch) throw new Error('insert returned no row');
    audit({
      action: 'upload',
      entity: 'import-batch',
      entityId: batch.id,
      changes: diffRecords(null, { fileName: input.fileName, format: input.format, rows: input.rows.length, fileErrors: input.fileErrors.length }),
    });
    return batch;
  },
});

/**
 * Writes a previewed batch, all or nothing: the plan is worked out again inside the transaction, and any
 * error row, a changed plan or an earlier confirm refuses the whole batch before anything is written.
 */
export const confirmImportBatch = defineCommand({
  name: 'strategy.import.confirm',
  input: z.object({ batchId: z.uuid(), fingerprint: z.string().min(1) }),
  authorize: canEditStrategy,
  async run(ctx, { batchId, fingerprint }) {
    const { tx, actor } = ctx;
    const [batch] = await tx.select().from(strategyImportBatches).where(eq(strategyImportBatches.id, batchId)).for('update');
    if (!batch) throw new CommandFailure({ kind: 'not-found' });
    if (batch.confirmedAt) throw invalid({}, ['strategyAdmin.import.errors.alreadyConfirmed']);
    const snapshot = await loadImportSnapshot(tx);
    const plan = planImport(batch.rows as ImportRow[], snapshot, batch.fileErrors as ImportMessage[]);
    if (plan.blocked) throw invalid({}, ['strategyAdmin.import.errors.blocked']);
    if (planFingerprint(plan) !== fingerprint) throw new CommandFailure({ kind: 'conflict', current: plan.counts });

    // Rows that name their new id go first, so an id generated for a row without one never takes it.
    const ordered = [...plan.rows.filter((r) => r.measureId), ...plan.rows.filter((r) => !r.measureId)];
    for (const row of ordered) {
      if (!row.measure) continue;
      let measureId = row.measureId;
      if (row.outcome === 'new') {
        measureId = (await insertMeasure(ctx, { ...row.measure, id: row.measureId ?? undefined, source: `Import: ${batch.fileName}` })).id;
      } else if (row.changedFields.length > 0 && measureId) {
        await applyMeasureUpdate(ctx, measureId, snapshot.measures.get(measureId)!.version, row.measure);
      }
      if (row.status && measureId) await appendStatusEntry(ctx, measureId, row.status);
    }
    await tx
      .update(strategyImportBatches)
      .set({ confirmedAt: new Date(), confirmedBy: actor.kind === 'user' ? actor.userId : null })
      .where(eq(strategyImportBatches.id, batchId));
    ctx.audit({ action: 'confirm', entity: 'import-batch', entityId: batchId, changes: diffRecords(null, plan.counts) });
    return plan.counts;
  },
});
