import { Readable } from 'node:stream';
import { data } from 'react-router';
import { contentDisposition } from '#server/files/names.ts';
import { fileStoreIn } from '#server/files/store.ts';
import { findDownload } from '#server/meetings/attachment-access.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { translator } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import { purgeReasonText } from './attachments-section.tsx';
import { parseCaseParam, parseIntParam } from './format.ts';
import type { Route } from './+types/attachment-file';

const notFound = () => data({ reason: 'not-found' }, { status: 404 });

/**
 * One version of a case attachment, streamed from the file store. Whatever the viewer may not read is a 404,
 * exactly like a file that never existed; a purged version tells the secretariat what happened (410).
 */
export async function loader({ params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const number = parseCaseParam(params.caseNumber);
  const meetingYear = parseIntParam(params.year);
  const meetingSequence = parseIntParam(params.number);
  const versionNumber = parseIntParam(params.version);
  if (!number || !meetingYear || !meetingSequence || !versionNumber || !/^[0-9a-f-]{36}$/.test(params.attachmentId)) throw notFound();
  const answer = await findDownload(db, currentActor(context), { meetingYear, meetingSequence, caseYear: number.year, caseSequence: number.sequence, attachmentId: params.attachmentId, versionNumber });
  if (answer.kind === 'not-found') throw notFound();
  if (answer.kind === 'purged') {
    const locale = context.get(localeContext);
    const t = translator(locale);
    const date = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(answer.purgedAt);
    return new Response(`${t('council.attachments.purgedMessage', { number: answer.versionNumber, name: answer.fileName, date, reason: purgeReasonText(t, answer.purgeReason) })}\n`, {
      status: 410,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  }
  const stream = await fileStoreIn(config.dataDir).get(answer.storageKey);
  // The database knows the file but the store lost it: say so as a missing file, not as an error page.
  if (!stream) throw notFound();
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      'Content-Type': answer.mediaType,
      'Content-Length': String(answer.byteSize),
      // Always a download, never rendered in our origin; `X-Content-Type-Options: nosniff` comes with every response (security-headers.ts).
      'Content-Disposition': contentDisposition(answer.fileName),
      'Cache-Control': answer.access === 'public' ? 'public, max-age=300' : 'private, no-store',
    },
  });
}
