import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ActionPlanFilter } from './levels.ts';
import type { MeasureListItem } from './queries/types.ts';
import type { StatusLevel } from './schema.ts';

export const EXPORT_COLUMNS = [
  'focusArea',
  'measureId',
  'measure',
  'subPoints',
  'inGovernmentActionPlan',
  'statusLevel',
  'statusText',
  'statusDate',
  'statusYear',
  'statusSource',
  'actors',
] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/** Column headings and value labels in the reader's language. */
export interface ExportLabels {
  headers: Record<ExportColumn, string>;
  levels: Record<StatusLevel, string>;
  actionPlan: Record<ActionPlanFilter, string>;
}

/** One flat row per measure with its latest status; several values in one cell are separated by line breaks. */
export function exportRows(measures: MeasureListItem[], labels: ExportLabels): Record<ExportColumn, string | number | null>[] {
  return measures.map((m) => ({
    focusArea: m.focusArea.name,
    measureId: m.id,
    measure: m.title,
    subPoints: m.subPoints.join('\n'),
    inGovernmentActionPlan: labels.actionPlan[m.inGovernmentActionPlan ?? 'not-stated'],
    statusLevel: labels.levels[m.latestStatus?.level ?? 'unknown'],
    statusText: m.latestStatus?.text ?? null,
    statusDate: m.latestStatus?.date ?? m.latestStatus?.dateText ?? null,
    statusYear: m.latestStatus?.year ?? null,
    statusSource: m.latestStatus?.source ?? null,
    actors: m.actors.map((a) => a.name).join('\n'),
  }));
}

/**
 * The measure list as CSV for Norwegian Excel (docs/decisions/0006-measure-export.md): UTF-8 with a byte-order
 * mark so Excel reads æøå, semicolons between fields because Norwegian Excel expects them (the comma is the
 * decimal sign), CRLF line ends, fields with line breaks or semicolons quoted, and formula-like cells defused.
 */
export function measuresCsv(measures: MeasureListItem[], labels: ExportLabels): ReadableStream<Uint8Array> {
  const csv = stringify(exportRows(measures, labels), {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    // With CRLF as the record end, a line break inside a cell must still be quoted to survive a round trip.
    quote_record_delimiter: true,
    // Cells are typed by the secretariat; never let one become a formula in the reader's spreadsheet.
    escape_formulas: true,
    header: true,
    columns: EXPORT_COLUMNS.map((key) => ({ key, header: labels.headers[key] })),
  });
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}

const XLSX_WIDTHS: Record<ExportColumn, number> = {
  focusArea: 32,
  measureId: 10,
  measure: 48,
  subPoints: 48,
  inGovernmentActionPlan: 14,
  statusLevel: 18,
  statusText: 60,
  statusDate: 14,
  statusYear: 8,
  statusSource: 24,
  actors: 32,
};

/** The measure list as an XLSX workbook, written row by row into the response as it is produced. */
export function measuresXlsx(measures: MeasureListItem[], labels: ExportLabels, sheetName: string): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const write = async () => {
    const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = EXPORT_COLUMNS.map((key) => ({ key, header: labels.headers[key], width: XLSX_WIDTHS[key], style: { alignment: { wrapText: true, vertical: 'top' } } }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).commit();
    for (const row of exportRows(measures, labels)) sheet.addRow(row).commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
