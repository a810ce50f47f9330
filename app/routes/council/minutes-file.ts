import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { minutesForMeeting } from '#server/meetings/minutes.ts';
import { renderMinutesPdf } from '#server/meetings/pdf/documents.tsx';
import { findMeeting, findMeetingById } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { currentActor } from '../../lib/access.ts';
import { parseIntParam } from './format.ts';
import type { Route } from './+types/minutes-file';

/**
 * The minutes as PDF. Approved minutes are public; minutes out for comments are the council's; a draft is
 * the secretariat's alone. Anyone else gets 404, so the address does not reveal that a draft exists.
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const actor = currentActor(context);
  const year = parseIntParam(params.year);
  const sequence = parseIntParam(params.number);
  const meeting = year && sequence ? await findMeeting(db, year, sequence) : null;
  const minutes = meeting ? await minutesForMeeting(db, meeting.id) : null;
  const readable =
    minutes &&
    (minutes.state === 'approved' || (minutes.state === 'in-review' && can(actor, 'meetings.readCouncil')) || can(actor, 'meetings.manage'));
  if (!meeting || !minutes || !readable) throw data({ reason: 'not-found' }, { status: 404 });
  const approvedAt = minutes.approvedAtMeetingId ? await findMeetingById(db, minutes.approvedAtMeetingId) : null;
  const status =
    minutes.state === 'approved'
      ? `Godkjent${approvedAt ? ` i møte ${approvedAt.sequence}/${approvedAt.year}` : ''}`
      : minutes.state === 'in-review'
        ? `Utkast på høring${minutes.commentDeadline ? `, frist ${minutes.commentDeadline}` : ''}`
        : 'Utkast';
  const pdf = await renderMinutesPdf({ meetingNumber: `${meeting.sequence}/${meeting.year}`, status, body: minutes.body });
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="referat-${meeting.sequence}-${meeting.year}.pdf"`,
      'Cache-Control': minutes.state === 'approved' ? 'public, max-age=300' : 'private, no-store',
    },
  });
}
