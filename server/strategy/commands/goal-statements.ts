import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { type CommandContext, defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { CommandFailure, invalid } from '../../core/outcome.ts';
import { updateVersioned } from '../../core/versioned.ts';
import type { Queryable } from '../../db/types.ts';
import { focusAreaGoalStatements, focusAreas, goalStatements, overarchingGoals } from '../schema.ts';
import { canEditStrategy, freeId, idList, nextPosition, recordId, reorderRows, requiredText, slugify, versionField } from './shared.ts';

const goalStatementFields = {
  overarchingGoalId: recordId,
  text: requiredText(1000),
  focusAreaIds: idList,
};

async function goalStatementSnapshot(db: Queryable, id: string) {
  const [row] = await db.select().from(goalStatements).where(eq(goalStatements.id, id));
  if (!row) return null;
  const links = await db
    .select({ focusAreaId: focusAreaGoalStatements.focusAreaId })
    .from(focusAreaGoalStatements)
    .where(eq(focusAreaGoalStatements.goalStatementId, id))
    .orderBy(asc(focusAreaGoalStatements.focusAreaId));
  return { ...row, focusAreaIds: links.map((l) => l.focusAreaId) };
}

async function checkReferences(db: Queryable, overarchingGoalId: string, focusAreaIds: readonly string[]) {
  const [goal] = await db.select({ id: overarchingGoals.id }).from(overarchingGoals).where(eq(overarchingGoals.id, overarchingGoalId));
  if (!goal) throw invalid({ overarchingGoalId: ['strategyAdmin.errors.unknownGoal'] });
  if (focusAreaIds.length === 0) return;
  const found = await db.select({ id: focusAreas.id }).from(focusAreas).where(inArray(focusAreas.id, [...focusAreaIds]));
  if (found.length !== focusAreaIds.length) throw invalid({ focusAreaIds: ['strategyAdmin.errors.unknownFocusArea'] });
}

/** Links kept keep their place in each focus area's list; new links go last there. */
async function relink({ tx }: CommandContext, goalStatementId: string, focusAreaIds: readonly string[]) {
  const existing = await tx.select().from(focusAreaGoalStatements).where(eq(focusAreaGoalStatements.goalStatementId, goalStatementId));
  const keep = new Set(focusAreaIds);
  for (const link of existing.filter((l) => !keep.has(l.focusAreaId))) {
    await tx.delete(focusAreaGoalStatements).where(and(eq(focusAreaGoalStatements.focusAreaId, link.focusAreaId), eq(focusAreaGoalStatements.goalStatementId, goalStatementId)));
  }
  const had = new Set(existing.map((l) => l.focusAreaId));
  for (const focusAreaId of focusAreaIds.filter((id) => !had.has(id))) {
    const position = await nextPosition(tx, focusAreaGoalStatements, focusAreaGoalStatements.position, eq(focusAreaGoalStatements.focusAreaId, focusAreaId));
    await tx.insert(focusAreaGoalStatements).values({ focusAreaId, goalStatementId, position });
  }
}

export const createGoalStatement = defineCommand({
  name: 'strategy.goal-statement.create',
  input: z.object(goalStatementFields),
  authorize: canEditStrategy,
  async run(ctx, { focusAreaIds, ...values }) {
    await checkReferences(ctx.tx, values.overarchingGoalId, focusAreaIds);
    const id = await freeId(ctx.tx, goalStatements, slugify(values.text));
    const position = await nextPosition(ctx.tx, goalStatements, goalStatements.position, eq(goalStatements.overarchingGoalId, values.overarchingGoalId));
    await ctx.tx.insert(goalStatements).values({ id, position, ...values });
    await relink(ctx, id, focusAreaIds);
    const after = await goalStatementSnapshot(ctx.tx, id);
    ctx.audit({ action: 'create', entity: 'goal-statement', entityId: id, changes: diffRecords(null, after) });
    return after!;
  },
});

export const updateGoalStatement = defineCommand({
  name: 'strategy.goal-statement.update',
  input: z.object({ id: recordId, version: versionField, ...goalStatementFields }),
  authorize: canEditStrategy,
  async run(ctx, { id, version, focusAreaIds, ...values }) {
    const before = await goalStatementSnapshot(ctx.tx, id);
    if (!before) throw new CommandFailure({ kind: 'not-found' });
    await checkReferences(ctx.tx, values.overarchingGoalId, focusAreaIds);
    const moved = values.overarchingGoalId !== before.overarchingGoalId;
    await updateVersioned(ctx.tx, goalStatements, id, version, {
      ...values,
      ...(moved ? { position: await nextPosition(ctx.tx, goalStatements, goalStatements.position, eq(goalStatements.overarchingGoalId, values.overarchingGoalId)) } : {}),
    });
    await relink(ctx, id, focusAreaIds);
    const after = await goalStatementSnapshot(ctx.tx, id);
    ctx.audit({ action: 'update', entity: 'goal-statement', entityId: id, changes: diffRecords(before, after) });
    return after!;
  },
});

export const setGoalStatementRetired = defineCommand({
  name: 'strategy.goal-statement.retire',
  input: z.object({ id: recordId, version: versionField, retired: z.boolean() }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, retired }) {
    const { before, after } = await updateVersioned(tx, goalStatements, id, version, { retiredAt: retired ? new Date() : null });
    audit({ action: retired ? 'retire' : 'restore', entity: 'goal-statement', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});

export const reorderGoalStatements = defineCommand({
  name: 'strategy.goal-statement.reorder',
  input: z.object({ overarchingGoalId: recordId, order: z.array(recordId).min(1) }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { overarchingGoalId, order }) {
    const { before, after } = await reorderRows(tx, goalStatements, eq(goalStatements.overarchingGoalId, overarchingGoalId), order);
    audit({
      action: 'reorder-goal-statements',
      entity: 'overarching-goal',
      entityId: overarchingGoalId,
      changes: diffRecords({ goalStatementOrder: before }, { goalStatementOrder: after }),
    });
    return after;
  },
});
