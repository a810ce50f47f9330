import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../db/types.ts';
import { caseNumberCounters, councilCases } from './schema.ts';

/** "7/2020": the case or meeting number as it is written. */
export function formatNumber(sequence: number | null, year: number | null): string | null {
  return sequence == null || year == null ? null : `${sequence}/${year}`;
}

/** Takes the next case number of a year from the counter, which only ever goes up. */
export async function nextCaseSequence(tx: Tx, year: number): Promise<number> {
  const [row] = await tx
    .insert(caseNumberCounters)
    .values({ year, last: 1 })
    .onConflictDoUpdate({ target: caseNumberCounters.year, set: { last: sql`${caseNumberCounters.last} + 1` } })
    .returning({ last: caseNumberCounters.last });
  if (!row) throw new Error('counter returned no row');
  return row.last;
}

/**
 * Numbers a meeting's unnumbered cases in agenda order with the next numbers of the meeting's year.
 * Cases that already have a number keep it.
 */
export async function assignCaseNumbers(tx: Tx, meetingId: string, year: number): Promise<{ id: string; sequence: number }[]> {
  const unnumbered = await tx
    .select({ id: councilCases.id })
    .from(councilCases)
    .where(and(eq(councilCases.meetingId, meetingId), isNull(councilCases.sequence)))
    .orderBy(asc(councilCases.position))
    .for('update');
  const assigned: { id: string; sequence: number }[] = [];
  for (const c of unnumbered) {
    const sequence = await nextCaseSequence(tx, year);
    await tx.update(councilCases).set({ year, sequence }).where(eq(councilCases.id, c.id));
    assigned.push({ id: c.id, sequence });
  }
  return assigned;
}
