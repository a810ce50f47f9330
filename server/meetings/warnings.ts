import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { deadlineStatus, paperDeadline } from './deadline.ts';
import { meetings } from './schema.ts';

/** Planned meetings whose paper deadline is near or missed, for the secretariat's dashboard. */
export async function deadlineWarnings(db: Queryable, today: string) {
  const planned = await db
    .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, date: meetings.date })
    .from(meetings)
    .where(eq(meetings.state, 'planned'));
  return planned
    .map((m) => ({ ...m, deadline: paperDeadline(m.date), status: deadlineStatus(m.date, false, today) }))
    .filter((m): m is typeof m & { status: 'near' | 'missed' } => m.status === 'near' || m.status === 'missed');
}
