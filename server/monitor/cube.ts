import type { DimensionRole, Labels } from './schema.ts';

export interface CubeCategory {
  code: string;
  label: Labels;
  unit?: string | null | undefined;
}

export interface CubeDimension {
  code: string;
  label: Labels;
  role: DimensionRole | null;
  categories: CubeCategory[];
}

/**
 * A data cube as JSON-stat sees it: dimensions with ordered categories, and observations addressed by their
 * cell (row-major position over the dimensions). Only cells with a value or a status are listed; the arrays
 * run in parallel and are sorted by cell.
 */
export interface Cube {
  dimensions: CubeDimension[];
  cells: number[];
  values: (number | null)[];
  statuses: (string | null)[];
}

export function cubeSize(dimensions: readonly { categories: readonly unknown[] }[]): number {
  return dimensions.reduce((n, d) => n * d.categories.length, 1);
}

/** How far one step in each dimension moves the cell (the last dimension varies fastest). */
export function strides(dimensions: readonly { categories: readonly unknown[] }[]): number[] {
  const result: number[] = Array.from({ length: dimensions.length }, () => 0);
  let step = 1;
  for (let i = dimensions.length - 1; i >= 0; i--) {
    result[i] = step;
    step *= dimensions[i]!.categories.length;
  }
  return result;
}

export function coordinatesOf(cell: number, steps: readonly number[]): number[] {
  return steps.map((step, i) => Math.floor(cell / step) % (i === 0 ? Number.MAX_SAFE_INTEGER : steps[i - 1]! / step));
}

/** Every cell whose category in each dimension is among the chosen positions, in cube order. */
export function selectedCells(steps: readonly number[], chosen: readonly (readonly number[])[]): number[] {
  let cells = [0];
  chosen.forEach((positions, i) => {
    const next: number[] = [];
    for (const base of cells) for (const p of positions) next.push(base + p * steps[i]!);
    cells = next;
  });
  return cells;
}

export function label(labels: Labels | null | undefined, locale: keyof Labels): string {
  if (!labels) return '';
  return labels[locale] ?? labels.nb;
}
