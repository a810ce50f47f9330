import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { can } from '../../auth/policy.ts';
import type { Actor } from '../../core/actor.ts';
import { CommandFailure, invalid } from '../../core/outcome.ts';
import type { Queryable, Tx } from '../../db/types.ts';
import { actors, focusAreas } from '../schema.ts';

/** Every strategy edit asks the same permission. */
export const canEditStrategy = (actor: Actor) => can(actor, 'strategy.edit');

/** Field error keys live in the strategy-admin message catalogue; the platform's cover the common cases. */
export const requiredText = (max = 500) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .max(max, { error: 'errors.tooLong' });

/** An optional text field: an empty form field means "none" (null). */
export const optionalText = (max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { error: 'errors.tooLong' })
    .nullish()
    .transform((v) => (v ? v : null));

export const recordId = z.string({ error: 'errors.required' }).trim().min(1, { error: 'errors.required' }).max(120, { error: 'errors.tooLong' });

/** The version the editor saw, from a hidden form field or a number. */
export const versionField = z.coerce.number({ error: 'strategyAdmin.errors.version' }).int({ error: 'strategyAdmin.errors.version' }).min(1, { error: 'strategyAdmin.errors.version' });

/** Lines of text (sub-points, aliases): blank lines dropped, each trimmed. */
export const textLines = (maxLine = 1000) =>
  z
    .array(z.string().trim().max(maxLine, { error: 'errors.tooLong' }))
    .max(100, { error: 'errors.tooLong' })
    .default([])
    .transform((lines) => lines.filter((l) => l.length > 0));

const TRANSLITERATION: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a' };

/** A readable id from a name ("Økt brukermedvirkning" → "okt-brukermedvirkning"), like the seed's ids. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .toLowerCase()
    .replace(/[æøå]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
  return slug || 'uten-navn';
}

/** Path segments the admin pages use for "new"; no record may take them as its id. */
const RESERVED_IDS = new Set(['ny']);

/** The first of `base`, `base-2`, `base-3` … that no row in the table uses as id. */
export async function freeId(db: Queryable, table: PgTable & { id: PgColumn }, base: string): Promise<string> {
  const taken = await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(sql`${table.id} = ${base} or ${table.id} like ${`${base}-%`}`);
  const used = new Set(taken.map((r) => String(r.id)));
  if (!used.has(base) && !RESERVED_IDS.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** One past the highest position among the rows `where` selects: new records go last. */
export async function nextPosition(db: Queryable, table: PgTable, column: PgColumn, where?: SQL): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${column})` })
    .from(table)
    .where(where);
  return Number(row?.max ?? 0) + 1;
}

/** Field error when a referenced focus area does not exist. */
export async function assertFocusArea(db: Queryable, id: string, field = 'focusAreaId') {
  const [row] = await db.select({ id: focusAreas.id }).from(focusAreas).where(eq(focusAreas.id, id));
  if (!row) throw invalid({ [field]: ['strategyAdmin.errors.unknownFocusArea'] });
}

/** Field error when any referenced actor does not exist. */
export async function assertActors(db: Queryable, ids: readonly string[], field = 'actorIds') {
  if (ids.length === 0) return;
  const rows = await db.select({ id: actors.id }).from(actors).where(inArray(actors.id, [...ids]));
  if (rows.length !== new Set(ids).size) throw invalid({ [field]: ['strategyAdmin.errors.unknownActor'] });
}

/** A list of ids with each id once, in the order given. */
export const idList = z
  .array(recordId)
  .default([])
  .transform((ids) => [...new Set(ids)]);

/** Same set of ids, any order: used to refuse a reorder computed from a stale list. */
export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && new Set(a).size === a.length && a.every((id) => b.includes(id));
}

type OrderedTable = PgTable & { id: PgColumn; position: PgColumn };

/**
 * Gives the rows `scope` selects the positions 1…n in the order given. An order that does not name exactly
 * those rows was made from a stale list, so it is a conflict carrying the current order.
 */
export async function reorderRows(tx: Tx, table: OrderedTable, scope: SQL, order: readonly string[]) {
  const current = (await tx
    .select({ id: table.id, position: table.position })
    .from(table as PgTable)
    .where(scope)
    .orderBy(asc(table.position), asc(table.id))
    .for('update')) as { id: string; position: number }[];
  const before = current.map((r) => r.id);
  if (!sameMembers(order, before)) throw new CommandFailure({ kind: 'conflict', current: { order: before } });
  for (const [i, id] of order.entries()) {
    if (current.find((r) => r.id === id)?.position !== i + 1) {
      await tx
        .update(table as PgTable)
        .set({ position: i + 1 })
        .where(and(eq(table.id, id), scope));
    }
  }
  return { before, after: [...order] };
}
