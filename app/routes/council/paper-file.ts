import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { caseAccess } from '#server/meetings/access.ts';
import { renderCasePaperDocx } from '#server/meetings/docx.ts';
import { renderCasePaperPdf } from '#server/meetings/pdf/documents.tsx';
import { paperData } from '#server/meetings/pdf/paper-data.ts';
import { findCaseByNumber } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { currentActor } from '../../lib/access.ts';
import { parseCaseParam, parseIntParam } from './format.ts';
import type { Route } from './+types/paper-file';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The case paper as PDF for everyone who may read it, and as DOCX for the secretariat. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const number = parseCaseParam(params.caseNumber);
  const found = number ? await findCaseByNumber(db, number.year, number.sequence) : null;
  const actor = currentActor(context);
  if (!found || found.meeting.year !== parseIntParam(params.year) || found.meeting.sequence !== parseIntParam(params.number)) {
    throw data({ reason: 'not-found' }, { status: 404 });
  }
  const access = await caseAccess(db, actor, found.c, found.meeting);
  const docx = new URL(request.url).pathname.endsWith('.docx');
  if (access === 'none' || (docx && !can(actor, 'meetings.manage'))) throw data({ reason: 'not-found' }, { status: 404 });
  const paper = await paperData(db, found.c, found.meeting, access === 'public' ? 'public' : 'council');
  const name = `sak-${number?.sequence}-${number?.year}`;
  const body = docx ? await renderCasePaperDocx(paper) : await renderCasePaperPdf(paper);
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': docx ? DOCX : 'application/pdf',
      'Content-Disposition': `${docx ? 'attachment' : 'inline'}; filename="${name}.${docx ? 'docx' : 'pdf'}"`,
      // Papers that are not public must not sit in shared caches.
      'Cache-Control': access === 'public' ? 'public, max-age=300' : 'private, no-store',
    },
  });
}
