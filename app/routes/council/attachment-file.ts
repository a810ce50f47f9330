import { findDownload } from '#server/meetings/attachment-access.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { currentActor } from '../../lib/access.ts';
import { attachmentResponse, notFound } from './attachment-response.ts';
import { parseCaseParam, parseIntParam } from './format.ts';
import type { Route } from './+types/attachment-file';

/** One version of a case attachment, under its case's number: the address the public and the API use. */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const number = parseCaseParam(params.caseNumber);
  const meetingYear = parseIntParam(params.year);
  const meetingSequence = parseIntParam(params.number);
  const versionNumber = parseIntParam(params.version);
  if (!number || !meetingYear || !meetingSequence || !versionNumber || !/^[0-9a-f-]{36}$/.test(params.attachmentId)) throw notFound();
  const answer = await findDownload(db, currentActor(context), { meetingYear, meetingSequence, caseYear: number.year, caseSequence: number.sequence, attachmentId: params.attachmentId, versionNumber });
  return attachmentResponse(answer, config.dataDir, context.get(localeContext));
}
