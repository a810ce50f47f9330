import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { type CommandContext, defineCommand } from '../../core/command.ts';
import { diffRecords } from '../../core/changes.ts';
import { CommandFailure } from '../../core/outcome.ts';
import { measures, measureStatusEntries, STATUS_LEVELS } from '../schema.ts';
import { canEditStrategy, optionalText, recordId, requiredText } from './shared.ts';

export const statusEntryFields = {
  date: z.iso.date({ error: 'errors.date' }),
  level: z.enum(STATUS_LEVELS, { error: 'strategyAdmin.errors.level' }),
  text: optionalText(8000),
  source: requiredText(500),
};

export const addStatusEntryInput = z.object({ measureId: recordId, ...statusEntryFields });

export type StatusEntryValues = z.output<z.ZodObject<typeof statusEntryFields>>;

/** Appends one dated entry to a measure's status history; earlier entries are never touched. */
export async function appendStatusEntry({ tx, actor, audit }: CommandContext, measureId: string, entry: StatusEntryValues) {
  const [row] = await tx
    .insert(measureStatusEntries)
    .values({
      measureId,
      date: entry.date,
      // The year orders the history together with entries that have no day (the 2020 status).
      year: new Date(`${entry.date}T00:00:00Z`).getUTCFullYear(),
      level: entry.level,
      text: entry.text,
      source: entry.source,
      recordedBy: actor.kind === 'user' ? actor.userId : null,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  audit({ action: 'add-status', entity: 'measure', entityId: measureId, changes: diffRecords(null, { statusEntryId: row.id, ...entry }) });
  return row;
}

export const addStatusEntry = defineCommand({
  name: 'strategy.measure.add-status',
  input: addStatusEntryInput,
  authorize: canEditStrategy,
  async run(ctx, { measureId, ...entry }) {
    const [measure] = await ctx.tx.select({ id: measures.id }).from(measures).where(eq(measures.id, measureId));
    if (!measure) throw new CommandFailure({ kind: 'not-found' });
    return appendStatusEntry(ctx, measureId, entry);
  },
});
