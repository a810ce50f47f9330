import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { defineCommand } from '../core/command.ts';
import { CommandFailure } from '../core/outcome.ts';
import type { Queryable } from '../db/types.ts';
import { councilCases, privateCaseNotes } from './schema.ts';

/** The signed-in member's own notes on the given cases, by case id. */
export async function privateNotesFor(db: Queryable, userId: string, caseIds: string[]): Promise<Map<string, { text: string; version: number }>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .select({ caseId: privateCaseNotes.caseId, text: privateCaseNotes.text, version: privateCaseNotes.version })
    .from(privateCaseNotes)
    .where(and(eq(privateCaseNotes.userId, userId), inArray(privateCaseNotes.caseId, caseIds)));
  return new Map(rows.map((r) => [r.caseId, { text: r.text, version: r.version }]));
}

/**
 * Saves (or, when emptied, deletes) a member's private note on a case. The version guards against a second
 * tab silently overwriting the first. The audit entry says that a note changed, never what it says.
 */
export const savePrivateNote = defineCommand({
  name: 'privateNote.save',
  input: z.object({
    caseId: z.uuid(),
    text: z.string().max(20_000, { error: 'errors.tooLong' }).transform((v) => v.trim()),
    version: z.coerce.number().int().min(0),
  }),
  authorize: (actor) => can(actor, 'portal.use'),
  async run({ tx, actor, audit }, input) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const [found] = await tx.select({ id: councilCases.id }).from(councilCases).where(eq(councilCases.id, input.caseId));
    if (!found) throw new CommandFailure({ kind: 'not-found' });
    const mine = and(eq(privateCaseNotes.caseId, input.caseId), eq(privateCaseNotes.userId, actor.userId));
    const [before] = await tx.select().from(privateCaseNotes).where(mine).for('update');
    if ((before?.version ?? 0) !== input.version) throw new CommandFailure({ kind: 'conflict', current: { text: before?.text ?? '', version: before?.version ?? 0 } });
    const entry = { entity: 'private-note', entityId: `${input.caseId}:${actor.userId}`, changes: { text: { before: '[private]', after: '[private]' } } };
    if (!input.text) {
      if (before) {
        await tx.delete(privateCaseNotes).where(mine);
        audit({ action: 'delete', ...entry });
      }
      return { version: 0 };
    }
    if (before) {
      const [after] = await tx.update(privateCaseNotes).set({ text: input.text, version: before.version + 1, updatedAt: new Date() }).where(mine).returning();
      audit({ action: 'update', ...entry });
      return { version: after?.version ?? before.version + 1 };
    }
    await tx.insert(privateCaseNotes).values({ caseId: input.caseId, userId: actor.userId, text: input.text });
    audit({ action: 'create', ...entry });
    return { version: 1 };
  },
});
