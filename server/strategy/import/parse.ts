import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumn, type ImportMessage, type ImportRow, MAX_IMPORT_ROWS, type ParsedImport, REQUIRED_COLUMNS } from './format.ts';

const known = new Set<string>(IMPORT_COLUMNS);

/** Turns a header and its data rows into import rows, keeping known columns and the sheet's row numbers. */
function toRows(header: string[], records: { rowNumber: number; values: string[] }[]): ParsedImport {
  const names = header.map((h) => h.trim());
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  const fileErrors: ImportMessage[] = missing.map((column) => ({ key: 'strategyAdmin.import.errors.missingColumn', values: { column } }));
  const duplicated = names.filter((n, i) => known.has(n) && names.indexOf(n) !== i);
  for (const column of new Set(duplicated)) fileErrors.push({ key: 'strategyAdmin.import.errors.duplicateColumn', values: { column } });
  const rows: ImportRow[] = [];
  for (const record of records) {
    if (record.values.every((v) => v.trim() === '')) continue;
    const cells: ImportRow['cells'] = {};
    names.forEach((name, i) => {
      if (known.has(name)) cells[name as ImportColumn] = (record.values[i] ?? '').trim();
    });
    rows.push({ rowNumber: record.rowNumber, cells });
  }
  if (rows.length === 0) fileErrors.push({ key: 'strategyAdmin.import.errors.noRows' });
  if (rows.length > MAX_IMPORT_ROWS) fileErrors.push({ key: 'strategyAdmin.import.errors.tooManyRows', values: { max: String(MAX_IMPORT_ROWS) } });
  return { rows: rows.slice(0, MAX_IMPORT_ROWS), fileErrors };
}

const unreadable = (key: string): ParsedImport => ({ rows: [], fileErrors: [{ key }] });

const csvOptions = { bom: true, relax_column_count: true } as const;

/** Excel in Norway writes semicolons; the delimiter is the one under which the header names the most known columns. */
function csvDelimiter(content: Buffer | string): string {
  const score = (delimiter: string) => {
    try {
      const [header] = parse(content, { ...csvOptions, delimiter, to_line: 1 }) as string[][];
      return (header ?? []).filter((h) => known.has(h.trim())).length;
    } catch {
      return -1;
    }
  };
  return score(';') > score(',') ? ';' : ',';
}

/** Reads a CSV file (comma or semicolon separated, UTF-8 with or without BOM). */
export function parseImportCsv(content: Buffer | string): ParsedImport {
  let records: string[][];
  try {
    records = parse(content, { ...csvOptions, delimiter: csvDelimiter(content) }) as string[][];
  } catch {
    return unreadable('strategyAdmin.import.errors.unreadableCsv');
  }
  const [header, ...data] = records;
  if (!header) return unreadable('strategyAdmin.import.errors.noRows');
  // Blank lines stay records (skipped later), so record n is row n as a spreadsheet opening the file shows it.
  return toRows(
    header,
    data.map((values, i) => ({ rowNumber: i + 2, values })),
  );
}

/** The text a cell shows; dates as ISO dates (YYYY-MM-DD) whatever the cell's display format. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) {
    const result = value.result;
    if (result instanceof Date) return result.toISOString().slice(0, 10);
    return result == null ? '' : String(result);
  }
  return cell.text ?? '';
}

/** Reads the first worksheet of an XLSX workbook. */
export async function parseImportXlsx(content: Buffer): Promise<ParsedImport> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return unreadable('strategyAdmin.import.errors.unreadableXlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) return unreadable('strategyAdmin.import.errors.noRows');
  const width = sheet.columnCount;
  const read = (row: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1)));
  const header = read(sheet.getRow(1));
  const records: { rowNumber: number; values: string[] }[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber > 1) records.push({ rowNumber, values: read(row) });
  });
  return toRows(header, records);
}

export type ImportFormat = 'csv' | 'xlsx';

/** The format a file name says it has, or null for anything else. */
export function importFormatOf(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  return null;
}
