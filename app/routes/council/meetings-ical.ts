import { meetingsCalendar } from '#server/meetings/ical.ts';
import { listMeetings } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import type { Route } from './+types/meetings-ical';

/** The public iCal feed: dates, times and places of meetings are public from the moment they are planned. */
export async function loader({ context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const body = meetingsCalendar(await listMeetings(db), config.publicUrl, 'HelseOmsorg21-rådet');
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="ho21-moter.ics"' } });
}
