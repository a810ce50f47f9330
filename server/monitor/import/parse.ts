import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { CubeDimension } from '../cube.ts';
import type { ImportFormat } from '../schema.ts';
import { parseJsonStat } from './jsonstat.ts';
import type { ParseResult } from './problems.ts';
import { parseTidy, type TableCell } from './tidy.ts';

/** The format a file name suggests, when the uploader did not say. */
export function formatFromFileName(fileName: string): ImportFormat | null {
  const extension = fileName.toLowerCase().split('.').pop();
  if (extension === 'json' || extension === 'jsonstat') return 'jsonstat';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xlsx') return 'xlsx';
  return null;
}

function parseCsvFile(buffer: Buffer, current?: readonly CubeDimension[]): ParseResult {
  let records: string[][];
  try {
    // Norwegian spreadsheets write CSV with semicolons; the first line decides.
    const firstLine = buffer.subarray(0, 4096).toString('utf8').split(/\r?\n/)[0] ?? '';
    const delimiter = firstLine.includes(';') ? ';' : firstLine.includes('\t') ? '\t' : ',';
    records = parseCsv(buffer, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    return { cube: null, problems: [{ severity: 'error', reason: 'bad-file', value: (error as Error).message }] };
  }
  const [header, ...rows] = records;
  if (!header) return { cube: null, problems: [{ severity: 'error', reason: 'empty' }] };
  return parseTidy(header, rows.map((cells, i) => ({ line: i + 2, cells })), { current });
}

function cellValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return String(value.text);
  return null;
}

async function parseXlsxFile(buffer: Buffer, current?: readonly CubeDimension[]): Promise<ParseResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    return { cube: null, problems: [{ severity: 'error', reason: 'bad-file', value: (error as Error).message }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return { cube: null, problems: [{ severity: 'error', reason: 'empty' }] };
  const width = sheet.columnCount;
  const read = (rowNumber: number) => Array.from({ length: width }, (_, i) => cellValue(sheet.getRow(rowNumber).getCell(i + 1).value));
  const header = read(1).map((h) => String(h ?? ''));
  const rows = function* () {
    for (let line = 2; line <= sheet.rowCount; line++) yield { line, cells: read(line) };
  };
  return parseTidy(header, rows(), { current });
}

/** Reads an uploaded file into a cube, with every problem found; nothing is written. */
export async function parseImportFile(format: ImportFormat, buffer: Buffer, current?: readonly CubeDimension[]): Promise<ParseResult> {
  if (format === 'jsonstat') return parseJsonStat(buffer.toString('utf8'));
  if (format === 'csv') return parseCsvFile(buffer, current);
  return parseXlsxFile(buffer, current);
}
