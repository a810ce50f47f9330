import { data } from 'react-router';
import { DOWNLOAD_FORMATS, type DownloadFormat, indicatorDownload } from '#server/monitor/downloads.ts';
import { localeContext, servicesContext } from '../../context.ts';
import type { Route } from './+types/download';

const scopes = { utvalg: 'shown', alle: 'all' } as const;

/** `/monitor/:id/nedlasting/utvalg.csv?<filters>` is what the page shows; `alle.xlsx` is every observation. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const match = /^(utvalg|alle)\.(\w+)$/.exec(params.file);
  const scope = match ? scopes[match[1] as keyof typeof scopes] : undefined;
  const format = match?.[2] as DownloadFormat | undefined;
  if (!scope || !format || !DOWNLOAD_FORMATS.includes(format)) throw data({ reason: 'not-found' }, { status: 404 });
  const { db } = context.get(servicesContext);
  const download = await indicatorDownload(db, params.id, scope, format, new URL(request.url).searchParams, context.get(localeContext));
  if (!download) throw data({ reason: 'not-found' }, { status: 404 });
  return new Response(download.body, {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${download.fileName}"`,
      'Cache-Control': 'public, max-age=60',
    },
  });
}
