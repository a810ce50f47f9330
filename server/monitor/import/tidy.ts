import type { Cube, CubeDimension } from '../cube.ts';
import type { ImportProblem, ParseResult } from './problems.ts';
import { parseValue, roleFromName } from './values.ts';

export type TableCell = string | number | null;

export interface TidyOptions {
  /** The indicator's current dimensions: categories outside them are reported, so a typo is seen before import. */
  current?: readonly CubeDimension[] | undefined;
}

const VALUE_COLUMN = /^(value|verdi|values|verdier)$/i;
const STATUS_COLUMN = /^(status|flag|flagg)$/i;

const byCode = new Intl.Collator('nb', { numeric: true });

/**
 * A tidy table: a header row, one column per dimension, a value column and an optional status column; one
 * row per observation. `rows` are the data rows with their line numbers in the file (for the problems).
 */
export function parseTidy(header: readonly string[], rows: Iterable<{ line: number; cells: readonly TableCell[] }>, options: TidyOptions = {}): ParseResult {
  const problems: ImportProblem[] = [];
  const names = header.map((h) => String(h ?? '').trim());
  const valueIndex = names.findIndex((n) => VALUE_COLUMN.test(n));
  if (valueIndex < 0) return { cube: null, problems: [{ severity: 'error', reason: 'no-value-column', row: 1 }] };
  const statusIndex = names.findIndex((n) => STATUS_COLUMN.test(n));
  // `<dimension>_label` beside a dimension column names its categories (as the CSV download writes them).
  const labelIndexes = new Map<number, number>();
  names.forEach((n, i) => {
    const owner = n.endsWith('_label') ? names.indexOf(n.slice(0, -'_label'.length)) : -1;
    if (owner >= 0) labelIndexes.set(owner, i);
  });
  const labelColumns = new Set(labelIndexes.values());
  const dimensionIndexes = names.map((_, i) => i).filter((i) => i !== valueIndex && i !== statusIndex && !labelColumns.has(i));
  if (dimensionIndexes.length === 0) return { cube: null, problems: [{ severity: 'error', reason: 'no-value-column', row: 1 }] };

  const categoryMaps = dimensionIndexes.map(() => new Map<string, number>());
  const categoryLabels = dimensionIndexes.map(() => new Map<string, string>());
  const records: { line: number; coords: number[]; value: number | null; status: string | null }[] = [];
  for (const { line, cells } of rows) {
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    let rowOk = true;
    const coords = dimensionIndexes.map((column, d) => {
      const text = String(cells[column] ?? '').trim();
      if (text === '') {
        problems.push({ severity: 'error', reason: 'missing-category', row: line, column: names[column]! });
        rowOk = false;
        return -1;
      }
      const map = categoryMaps[d]!;
      let position = map.get(text);
      if (position === undefined) {
        position = map.size;
        map.set(text, position);
        const labelIndex = labelIndexes.get(column);
        const labelText = labelIndex === undefined ? '' : String(cells[labelIndex] ?? '').trim();
        if (labelText) categoryLabels[d]!.set(text, labelText);
      }
      return position;
    });
    const parsed = parseValue(cells[valueIndex]);
    if (!parsed.ok) {
      problems.push({ severity: 'error', reason: 'non-numeric', row: line, column: names[valueIndex]!, value: String(cells[valueIndex]) });
      rowOk = false;
    }
    if (!rowOk || !parsed.ok) continue;
    const flag = statusIndex >= 0 ? String(cells[statusIndex] ?? '').trim() : '';
    records.push({ line, coords, value: parsed.value, status: flag || parsed.status });
  }
  if (records.length === 0 && problems.length === 0) problems.push({ severity: 'error', reason: 'empty' });

  const dimensions: CubeDimension[] = dimensionIndexes.map((column, d) => {
    const code = names[column]!;
    const role = roleFromName(code);
    const categories = [...categoryMaps[d]!.keys()].map((c) => ({ code: c, label: { nb: categoryLabels[d]!.get(c) ?? c } }));
    return { code, label: { nb: code }, role, categories };
  });
  // Time runs in order whatever order the rows came in; other dimensions keep the order of the file.
  const remap = dimensions.map((dimension) => {
    if (dimension.role !== 'time') return null;
    const sorted = [...dimension.categories].sort((a, b) => byCode.compare(a.code, b.code));
    const order = new Map(sorted.map((c, i) => [c.code, i]));
    const mapping = dimension.categories.map((c) => order.get(c.code)!);
    dimension.categories = sorted;
    return mapping;
  });

  for (const [d, dimension] of dimensions.entries()) {
    const known = options.current?.find((c) => c.code === dimension.code);
    if (!known || dimension.role === 'time') continue;
    const codes = new Set(known.categories.map((c) => c.code));
    for (const category of dimension.categories) {
      if (!codes.has(category.code)) problems.push({ severity: 'warning', reason: 'unknown-category', column: names[dimensionIndexes[d]!]!, value: category.code });
    }
  }

  const steps = dimensions.map((_, i) => dimensions.slice(i + 1).reduce((n, dim) => n * dim.categories.length, 1));
  const seen = new Map<number, number>();
  const entries: { cell: number; value: number | null; status: string | null }[] = [];
  for (const record of records) {
    const cell = record.coords.reduce((sum, p, i) => sum + (remap[i] ? remap[i][p]! : p) * steps[i]!, 0);
    const first = seen.get(cell);
    if (first !== undefined) {
      problems.push({ severity: 'error', reason: 'duplicate-key', row: record.line, firstRow: first });
      continue;
    }
    seen.set(cell, record.line);
    if (record.value === null && record.status === null) continue;
    entries.push({ cell, value: record.value, status: record.status });
  }
  if (problems.some((p) => p.severity === 'error')) return { cube: null, problems };
  entries.sort((a, b) => a.cell - b.cell);
  const cube: Cube = { dimensions, cells: entries.map((e) => e.cell), values: entries.map((e) => e.value), statuses: entries.map((e) => e.status) };
  return { cube, problems };
}
