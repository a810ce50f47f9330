import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/types.ts';
import type { Cube } from './cube.ts';
import { tidyRows, toJsonStat, toXlsx } from './export.ts';
import type { Locale } from './format.ts';
import { loadIndicatorSelection } from './indicator-data.ts';
import { findIndicator, observationPages } from './queries.ts';

export const DOWNLOAD_FORMATS = ['csv', 'xlsx', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

export interface Download {
  body: string | Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>;
  contentType: string;
  fileName: string;
}

const contentTypes: Record<DownloadFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

/** All observations as CSV, read and written page by page, so a million rows never sit in memory at once. */
async function streamAllCsv(db: Db, id: string, locale: Locale): Promise<ReadableStream<Uint8Array> | null> {
  const found = await findIndicator(db, id);
  if (!found) return null;
  const importId = found.indicator.currentImportId;
  const encoder = new TextEncoder();
  const header = tidyRows({ dimensions: found.dimensions, cells: [], values: [], statuses: [] }, locale).header;
  const pages = importId === null ? null : observationPages(db, importId);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(stringify([header], { bom: true })));
        return;
      }
      const next = pages ? await pages.next() : { done: true as const, value: undefined };
      if (next.done) {
        controller.close();
        return;
      }
      const chunk: Cube = {
        dimensions: found.dimensions,
        cells: next.value.map((r) => r.cell),
        values: next.value.map((r) => r.value),
        statuses: next.value.map((r) => r.status),
      };
      const { rows } = tidyRows(chunk, locale);
      controller.enqueue(encoder.encode(stringify(rows.map((r) => r.map((v) => (v === null ? '' : v))))));
    },
  });
}

/**
 * A download of an indicator: `shown` is exactly the selection the query string makes on the page,
 * `all` is every observation. CSV of everything streams; the other formats are built whole.
 */
export async function indicatorDownload(db: Db, id: string, scope: 'shown' | 'all', format: DownloadFormat, query: URLSearchParams, locale: Locale): Promise<Download | null> {
  const fileName = `${id}${scope === 'shown' ? '-utvalg' : ''}.${format}`;
  if (scope === 'all' && format === 'csv') {
    const body = await streamAllCsv(db, id, locale);
    return body ? { body, contentType: contentTypes.csv, fileName } : null;
  }
  const data = await loadIndicatorSelection(db, id, query, { all: scope === 'all' });
  if (!data) return null;
  const { indicator, cube } = data;
  if (format === 'json') return { body: JSON.stringify(toJsonStat(indicator, cube, locale, data.updated)), contentType: 'application/json; charset=utf-8', fileName };
  if (format === 'xlsx') return { body: new Uint8Array(await toXlsx(indicator, cube, locale)), contentType: contentTypes.xlsx, fileName };
  const { header, rows } = tidyRows(cube, locale);
  return { body: stringify([header, ...rows.map((r) => r.map((v) => (v === null ? '' : v)))], { bom: true }), contentType: contentTypes.csv, fileName };
}
