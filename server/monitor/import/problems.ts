import type { Cube, CubeDimension } from '../cube.ts';

export const PROBLEM_REASONS = [
  'bad-file',
  'not-dataset',
  'no-value-column',
  'empty',
  'size-mismatch',
  'unknown-dimension',
  'unknown-category',
  'missing-category',
  'non-numeric',
  'duplicate-key',
  'more-datasets',
] as const;
export type ProblemReason = (typeof PROBLEM_REASONS)[number];

/**
 * Something wrong with an uploaded file, located as precisely as the format allows: row and column for
 * tables, a JSON path for JSON-stat. Errors stop the import; warnings are shown and let it go ahead.
 */
export interface ImportProblem {
  severity: 'error' | 'warning';
  reason: ProblemReason;
  row?: number;
  column?: string;
  path?: string;
  /** The offending text, and for duplicates the row it repeats. */
  value?: string;
  firstRow?: number;
}

export interface ParseResult {
  cube: Cube | null;
  problems: ImportProblem[];
}

export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** What the admin sees before anything is written; stored with the upload as JSON. */
export interface ImportPreview {
  dimensions: { code: string; label: string; role: string | null; categoryCount: number; categories: string[] }[];
  observationCount: number;
  missingCount: number;
  firstRows: { categories: string[]; value: number | null; status: string | null }[];
  problems: ImportProblem[];
  problemCount: number;
  units: string[];
}

const PREVIEW_ROWS = 10;
const PREVIEW_PROBLEMS = 200;
const PREVIEW_CATEGORIES = 12;

export function buildPreview(result: ParseResult): ImportPreview {
  const { cube, problems } = result;
  const dimensions: CubeDimension[] = cube?.dimensions ?? [];
  const firstRows: ImportPreview['firstRows'] = [];
  if (cube) {
    const steps = dimensions.map((_, i) => dimensions.slice(i + 1).reduce((n, d) => n * d.categories.length, 1));
    for (let i = 0; i < Math.min(PREVIEW_ROWS, cube.cells.length); i++) {
      const cell = cube.cells[i]!;
      firstRows.push({
        categories: dimensions.map((d, j) => d.categories[Math.floor(cell / steps[j]!) % d.categories.length]?.label.nb ?? ''),
        value: cube.values[i] ?? null,
        status: cube.statuses[i] ?? null,
      });
    }
  }
  return {
    dimensions: dimensions.map((d) => ({
      code: d.code,
      label: d.label.nb,
      role: d.role,
      categoryCount: d.categories.length,
      categories: d.categories.slice(0, PREVIEW_CATEGORIES).map((c) => c.label.nb),
    })),
    observationCount: cube?.cells.length ?? 0,
    missingCount: cube ? cube.values.filter((v) => v === null).length : 0,
    firstRows,
    problems: problems.slice(0, PREVIEW_PROBLEMS),
    problemCount: problems.length,
    units: [...new Set(dimensions.flatMap((d) => d.categories.map((c) => c.unit).filter((u): u is string => !!u)))],
  };
}
