import { data } from 'react-router';
import { memberCalendar, memberForCalendarToken } from '#server/meetings/member-calendar.ts';
import { servicesContext } from '../../context.ts';
import { translator } from '../../i18n/index.ts';
import type { Route } from './+types/member-ical';

/**
 * A member's personal iCal feed at a secret address, for calendar apps that cannot sign in. An unknown or
 * revoked token answers exactly like a page that does not exist.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const token = /^(.+)\.ics$/.exec(params.file)?.[1];
  const member = token ? await memberForCalendarToken(db, token) : null;
  if (!member) throw data({ reason: 'not-found' }, { status: 404 });
  const body = await memberCalendar(db, member.id, config.publicUrl, translator('nb')('council.calendar.feedName'));
  return new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="ho21-mine-moter.ics"',
      // The address is the credential: keep it out of shared caches and referrers.
      'Cache-Control': 'private, no-store',
      'Referrer-Policy': 'no-referrer',
    },
  });
}
