import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { renderNoticePdf } from '#server/meetings/pdf/documents.tsx';
import { meetingBookPdf } from '#server/meetings/pdf/meeting-book.ts';
import { noticeData } from '#server/meetings/pdf/paper-data.ts';
import { agendaPublished, findMeeting } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { currentActor } from '../../lib/access.ts';
import { parseIntParam } from './format.ts';
import type { Route } from './+types/meeting-file';

/**
 * The notice with its agenda (public once sent) and the meeting book (the council only): the notice and
 * every paper the reader may read, in agenda order, with bookmarks.
 */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const actor = currentActor(context);
  const year = parseIntParam(params.year);
  const sequence = parseIntParam(params.number);
  const meeting = year && sequence ? await findMeeting(db, year, sequence) : null;
  const council = can(actor, 'meetings.readCouncil');
  const book = new URL(request.url).pathname.endsWith('/motebok.pdf');
  if (!meeting || (book && !council) || (!agendaPublished(meeting.state) && !council)) {
    throw data({ reason: 'not-found' }, { status: 404 });
  }
  const notice = await noticeData(db, meeting.id, council ? 'council' : 'public');
  if (!notice) throw data({ reason: 'not-found' }, { status: 404 });
  const pdf = book ? await meetingBookPdf(db, actor, meeting, notice) : await renderNoticePdf(notice);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${book ? 'motebok' : 'innkalling'}-${meeting.sequence}-${meeting.year}.pdf"`,
      'Cache-Control': council ? 'private, no-store' : 'public, max-age=300',
    },
  });
}
