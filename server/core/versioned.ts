import { and, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Tx } from '../db/types.ts';
import { CommandFailure } from './outcome.ts';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Optimistic concurrency: the update applies only if the row still has the version the editor saw.
 * Otherwise the command fails with a conflict carrying the current row, so nothing is silently overwritten.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Tx,
  table: T,
  id: string | number,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<{ before: Record<string, unknown>; after: Record<string, unknown> }> {
  const where: SQL | undefined = eq(table.id, id);
  const [before] = (await tx.select().from(table as PgTable).where(where).for('update')) as Record<string, unknown>[];
  if (!before) throw new CommandFailure({ kind: 'not-found' });
  if (before.version !== expectedVersion) throw new CommandFailure({ kind: 'conflict', current: before });
  const columns = getTableColumns(table);
  const set: Record<string, unknown> = { ...values, version: sql`${table.version} + 1` };
  if ('updatedAt' in columns) set.updatedAt = new Date();
  const [after] = (await tx
    .update(table as PgTable)
    .set(set)
    .where(and(where, eq(table.version, expectedVersion)))
    .returning()) as Record<string, unknown>[];
  if (!after) throw new CommandFailure({ kind: 'conflict', current: before });
  return { before, after };
}
