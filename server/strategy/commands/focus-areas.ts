import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { CommandFailure } from '../../core/outcome.ts';
import { updateVersioned } from '../../core/versioned.ts';
import { focusAreas, strategies } from '../schema.ts';
import { canEditStrategy, freeId, nextPosition, optionalText, recordId, reorderRows, requiredText, slugify, versionField } from './shared.ts';

const focusAreaFields = {
  name: requiredText(300),
  description: optionalText(8000),
};

export const createFocusArea = defineCommand({
  name: 'strategy.focus-area.create',
  input: z.object(focusAreaFields),
  authorize: canEditStrategy,
  async run({ tx, audit }, input) {
    // The platform follows one strategy; a focus area always belongs to it.
    const [strategy] = await tx.select({ id: strategies.id }).from(strategies).orderBy(asc(strategies.id)).limit(1);
    if (!strategy) throw new CommandFailure({ kind: 'not-found' });
    const id = await freeId(tx, focusAreas, slugify(input.name));
    const position = await nextPosition(tx, focusAreas, focusAreas.position, eq(focusAreas.strategyId, strategy.id));
    const [row] = await tx
      .insert(focusAreas)
      .values({ id, strategyId: strategy.id, position, ...input })
      .returning();
    audit({ action: 'create', entity: 'focus-area', entityId: id, changes: diffRecords(null, row ?? null) });
    return row!;
  },
});

export const updateFocusArea = defineCommand({
  name: 'strategy.focus-area.update',
  input: z.object({ id: recordId, version: versionField, ...focusAreaFields }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, ...values }) {
    const { before, after } = await updateVersioned(tx, focusAreas, id, version, values);
    audit({ action: 'update', entity: 'focus-area', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});

export const setFocusAreaRetired = defineCommand({
  name: 'strategy.focus-area.retire',
  input: z.object({ id: recordId, version: versionField, retired: z.boolean() }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { id, version, retired }) {
    const { before, after } = await updateVersioned(tx, focusAreas, id, version, { retiredAt: retired ? new Date() : null });
    audit({ action: retired ? 'retire' : 'restore', entity: 'focus-area', entityId: id, changes: diffRecords(before, after) });
    return after;
  },
});

export const reorderFocusAreas = defineCommand({
  name: 'strategy.focus-area.reorder',
  input: z.object({ strategyId: recordId, order: z.array(recordId).min(1) }),
  authorize: canEditStrategy,
  async run({ tx, audit }, { strategyId, order }) {
    const { before, after } = await reorderRows(tx, focusAreas, eq(focusAreas.strategyId, strategyId), order);
    audit({ action: 'reorder-focus-areas', entity: 'strategy', entityId: strategyId, changes: diffRecords({ focusAreaOrder: before }, { focusAreaOrder: after }) });
    return after;
  },
});
