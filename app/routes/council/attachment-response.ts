import { Readable } from 'node:stream';
import { data } from 'react-router';
import { contentDisposition } from '#server/files/names.ts';
import { fileStoreIn } from '#server/files/store.ts';
import type { DownloadAnswer } from '#server/meetings/attachment-access.ts';
import type { Locale } from '../../i18n/index.ts';
import { translator } from '../../i18n/index.ts';
import { purgeReasonText, when } from './attachments-section.tsx';

export const notFound = () => data({ reason: 'not-found' }, { status: 404 });

/**
 * The answer to a download: the file streamed from the store, a short note to the secretariat on a purged
 * version (410), or a 404 exactly like a file that never existed.
 */
export async function attachmentResponse(answer: DownloadAnswer, dataDir: string, locale: Locale): Promise<Response> {
  if (answer.kind === 'not-found') throw notFound();
  if (answer.kind === 'purged') {
    const t = translator(locale);
    return new Response(`${t('council.attachments.purgedMessage', { number: answer.versionNumber, name: answer.fileName, date: when(locale, answer.purgedAt), reason: purgeReasonText(t, answer.purgeReason) })}\n`, {
      status: 410,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  }
  const stream = await fileStoreIn(dataDir).get(answer.storageKey);
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
