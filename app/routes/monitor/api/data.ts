import { apiJson, apiOptions, problem } from '#server/http/api.ts';
import { dataQueryErrors, isFiltered } from '#server/monitor/api.ts';
import { indicatorDownload } from '#server/monitor/downloads.ts';
import { findIndicator } from '#server/monitor/queries.ts';
import { servicesContext } from '../../../context.ts';
import { isLocale } from '../../../i18n/index.ts';
import type { Route } from './+types/data';

/** JSON-stat 2.0 of all observations, or of those the dimension filters (`dim=cat1,cat2`) keep; `?format=csv` for CSV. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const query = new URL(request.url).searchParams;
  const found = await findIndicator(db, params.id);
  if (!found) return problem({ status: 404, title: 'Not found', detail: `No indicator with id "${params.id}".` });
  const errors = dataQueryErrors(found.dimensions, query);
  if (errors.length > 0) return problem({ status: 400, title: 'Invalid query parameters', errors });
  const lang = query.get('lang');
  const locale = isLocale(lang) ? lang : 'nb';
  const format = query.get('format') === 'csv' ? 'csv' : 'json';
  const download = await indicatorDownload(db, params.id, isFiltered(query) ? 'shown' : 'all', format, query, locale);
  if (!download) return problem({ status: 404, title: 'Not found' });
  // The API's usual headers (CORS, caching), with the body the download already made.
  const headers = new Headers(apiJson(null).headers);
  headers.set('Content-Type', download.contentType);
  return new Response(download.body, { headers });
}

export function action({ request }: Route.ActionArgs) {
  return request.method === 'OPTIONS' ? apiOptions() : problem({ status: 405, title: 'Method not allowed' });
}
