import { desc, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { measureStatusEntries } from '../schema.ts';

/**
 * One row per measure: its latest status entry, i.e. the last by (year, date with nulls first, id). An entry
 * without a date counts as earlier than a dated one of the same year, because the undated 2020 entries are
 * the meeting's snapshot and anything dated later that year was added after it.
 */
export function latestStatusSubquery(db: Queryable) {
  return db
    .selectDistinctOn([measureStatusEntries.measureId], {
      measureId: measureStatusEntries.measureId,
      statusId: sql<number>`${measureStatusEntries.id}`.as('status_id'),
      statusDate: sql<string | null>`${measureStatusEntries.date}::text`.as('status_date'),
      statusYear: sql<number>`${measureStatusEntries.year}`.as('status_year'),
      statusDateText: sql<string | null>`${measureStatusEntries.dateText}`.as('status_date_text'),
      statusLevel: sql<string>`${measureStatusEntries.level}`.as('status_level'),
      statusText: sql<string | null>`${measureStatusEntries.text}`.as('status_text'),
      statusSource: sql<string>`${measureStatusEntries.source}`.as('status_source'),
    })
    .from(measureStatusEntries)
    .orderBy(measureStatusEntries.measureId, desc(measureStatusEntries.year), sql`${measureStatusEntries.date} desc nulls last`, desc(measureStatusEntries.id))
    .as('latest_status');
}
