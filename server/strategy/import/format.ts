/**
 * The column format of the bulk import of measures and status entries (CSV or XLSX, first row = header,
 * one row per measure). The template download and the import page's documentation are built from this list.
 *
 * Every row carries the whole measure: a blank sub-points, action-plan or actors cell means "none" /
 * "not stated", not "keep". The status columns are optional together: leave all four blank to add no
 * status, or fill at least date, level and source to append a status entry (history is never changed).
 * Columns not listed here are ignored, so a sheet may carry notes of its own.
 */
export const IMPORT_COLUMNS = [
  'measureId',
  'focusAreaId',
  'title',
  'subPoints',
  'inGovernmentActionPlan',
  'actorIds',
  'statusDate',
  'statusLevel',
  'statusText',
  'statusSource',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Columns that must be in the header; the status columns may be left out of a file that adds no status. */
export const REQUIRED_COLUMNS: readonly ImportColumn[] = ['measureId', 'focusAreaId', 'title', 'subPoints', 'inGovernmentActionPlan', 'actorIds'];

/** Separates several sub-points or actor ids in one cell. */
export const LIST_SEPARATOR = '|';

/** Largest upload accepted, and most rows in one import: a whole strategy is a few hundred measures. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 2000;

export interface ImportRow {
  /** The row's number in the sheet (the header is row 1), so messages point at what the user sees. */
  rowNumber: number;
  cells: Partial<Record<ImportColumn, string>>;
}

/** A message key with the values it names; translated where it is shown. */
export interface ImportMessage {
  key: string;
  values?: Record<string, string>;
}

export interface ParsedImport {
  rows: ImportRow[];
  fileErrors: ImportMessage[];
}
