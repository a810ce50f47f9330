import { z } from 'zod';
import { actionPlanField, type MeasureValues } from '../commands/measures.ts';
import { optionalText, requiredText, textLines } from '../commands/shared.ts';
import { type StatusEntryValues, statusEntryFields } from '../commands/status-entries.ts';
import { STATUS_LEVELS } from '../schema.ts';
import { type ImportColumn, type ImportMessage, type ImportRow, LIST_SEPARATOR } from './format.ts';

/** What the import compares against: the current data, read in the same transaction that writes. */
export interface ImportSnapshot {
  focusAreaIds: ReadonlySet<string>;
  actorIds: ReadonlySet<string>;
  measures: ReadonlyMap<string, ExistingMeasure>;
}

export interface ExistingMeasure extends MeasureValues {
  version: number;
  latestStatus: { date: string | null; level: string; text: string | null; source: string } | null;
}

export type RowOutcome = 'new' | 'changed' | 'unchanged' | 'error';

export interface RowError extends ImportMessage {
  column: ImportColumn;
}

export interface RowPlan {
  rowNumber: number;
  measureId: string | null;
  title: string;
  outcome: RowOutcome;
  errors: RowError[];
  /** Measure fields that differ from the saved measure (all of them for a new one). */
  changedFields: (keyof MeasureValues)[];
  measure: MeasureValues | null;
  /** A status entry to append, or null when the row adds none or repeats the latest one. */
  status: StatusEntryValues | null;
}

export interface ImportPlan {
  rows: RowPlan[];
  counts: Record<RowOutcome, number>;
  blocked: boolean;
}

const MEASURE_ID = /^[a-z0-9][a-z0-9-]{0,59}$/;

const split = (cell: string | undefined) => (cell ?? '').split(LIST_SEPARATOR).map((s) => s.trim());

/** The spreadsheet says "Ja", "Delvis", "Nei" as often as the codes. */
const ACTION_PLAN_WORDS: Record<string, string> = { ja: 'yes', delvis: 'partly', nei: 'no', yes: 'yes', partly: 'partly', no: 'no' };

const measureRow = z.object({
  focusAreaId: requiredText(120),
  title: requiredText(1000),
  subPoints: textLines(),
  inGovernmentActionPlan: actionPlanField,
  actorIds: z.array(z.string()).transform((ids) => [...new Set(ids.filter(Boolean))]),
});

const statusRow = z.object({ ...statusEntryFields, level: z.enum(STATUS_LEVELS, { error: 'strategyAdmin.import.errors.level' }), text: optionalText(8000) });

const measureColumn: Record<string, ImportColumn> = {
  focusAreaId: 'focusAreaId',
  title: 'title',
  subPoints: 'subPoints',
  inGovernmentActionPlan: 'inGovernmentActionPlan',
  actorIds: 'actorIds',
};
const statusColumn: Record<string, ImportColumn> = { date: 'statusDate', level: 'statusLevel', text: 'statusText', source: 'statusSource' };

function issues(error: z.ZodError, columns: Record<string, ImportColumn>): RowError[] {
  return error.issues.map((issue) => ({ column: columns[String(issue.path[0])] ?? 'measureId', key: issue.message }));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function changedFields(next: MeasureValues, current: ExistingMeasure | undefined): (keyof MeasureValues)[] {
  const fields: (keyof MeasureValues)[] = ['focusAreaId', 'title', 'subPoints', 'inGovernmentActionPlan', 'actorIds'];
  if (!current) return fields;
  return fields.filter((f) => {
    const a = next[f];
    const b = current[f];
    return Array.isArray(a) && Array.isArray(b) ? !sameList(a, b) : a !== b;
  });
}

function repeatsLatest(entry: StatusEntryValues, latest: ExistingMeasure['latestStatus']): boolean {
  return Boolean(latest && latest.date === entry.date && latest.level === entry.level && (latest.text ?? null) === entry.text && latest.source === entry.source);
}

/** What one row would do. Every problem is reported with its column, not only the first. */
function planRow(row: ImportRow, snapshot: ImportSnapshot, seen: Map<string, number>): RowPlan {
  const c = row.cells;
  const errors: RowError[] = [];
  const measureId = c.measureId ? c.measureId : null;
  if (measureId && !MEASURE_ID.test(measureId)) errors.push({ column: 'measureId', key: 'strategyAdmin.import.errors.measureId' });
  if (measureId && seen.has(measureId)) {
    errors.push({ column: 'measureId', key: 'strategyAdmin.import.errors.duplicateMeasure', values: { row: String(seen.get(measureId)) } });
  } else if (measureId) {
    seen.set(measureId, row.rowNumber);
  }

  const actionPlanCell = (c.inGovernmentActionPlan ?? '').toLowerCase();
  const parsed = measureRow.safeParse({
    focusAreaId: c.focusAreaId ?? '',
    title: c.title ?? '',
    subPoints: split(c.subPoints),
    inGovernmentActionPlan: actionPlanCell ? (ACTION_PLAN_WORDS[actionPlanCell] ?? actionPlanCell) : '',
    actorIds: split(c.actorIds),
  });
  let measure: MeasureValues | null = null;
  if (parsed.success) {
    measure = { ...parsed.data, note: measureId ? (snapshot.measures.get(measureId)?.note ?? null) : null };
    if (!snapshot.focusAreaIds.has(measure.focusAreaId)) errors.push({ column: 'focusAreaId', key: 'strategyAdmin.import.errors.unknownFocusArea', values: { id: measure.focusAreaId } });
    const unknown = measure.actorIds.filter((id) => !snapshot.actorIds.has(id));
    if (unknown.length > 0) errors.push({ column: 'actorIds', key: 'strategyAdmin.import.errors.unknownActors', values: { ids: unknown.join(', ') } });
  } else {
    errors.push(...issues(parsed.error, measureColumn));
  }

  const statusCells = { date: c.statusDate ?? '', level: c.statusLevel ?? '', text: c.statusText ?? '', source: c.statusSource ?? '' };
  let status: StatusEntryValues | null = null;
  if (Object.values(statusCells).some((v) => v !== '')) {
    const parsedStatus = statusRow.safeParse(statusCells);
    if (parsedStatus.success) status = parsedStatus.data;
    else errors.push(...issues(parsedStatus.error, statusColumn));
  }

  const existing = measureId ? snapshot.measures.get(measureId) : undefined;
  const changes = measure ? changedFields(measure, existing) : [];
  if (status && existing && repeatsLatest(status, existing.latestStatus)) status = null;
  const outcome: RowOutcome = errors.length > 0 ? 'error' : !existing ? 'new' : changes.length > 0 || status ? 'changed' : 'unchanged';
  return { rowNumber: row.rowNumber, measureId, title: c.title ?? '', outcome, errors, changedFields: changes, measure: errors.length ? null : measure, status: errors.length ? null : status };
}

/** The outcome of every row against the current data; any error row (or file error) blocks the import. */
export function planImport(rows: readonly ImportRow[], snapshot: ImportSnapshot, fileErrors: readonly ImportMessage[] = []): ImportPlan {
  const seen = new Map<string, number>();
  const planned = rows.map((row) => planRow(row, snapshot, seen));
  const counts: Record<RowOutcome, number> = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of planned) counts[row.outcome]++;
  return { rows: planned, counts, blocked: fileErrors.length > 0 || counts.error > 0 || rows.length === 0 };
}
