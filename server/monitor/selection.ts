import { type Cube, type CubeDimension, cubeSize, selectedCells, strides } from './cube.ts';
import type { ObservationRow } from './queries.ts';

/** Cells the page shows before anyone filters; above it each non-time dimension starts at its first category. */
export const DEFAULT_VIEW_LIMIT = 500;

/** For each dimension, the positions of the chosen categories, in the dimension's order. */
export type Selection = number[][];

/**
 * Reads filters from a query string: `<dimension code>=<category code>,<category code>`, or one parameter
 * per category. Unknown codes are ignored; a dimension not named keeps all its categories.
 */
export function selectionFromQuery(dimensions: readonly CubeDimension[], query: URLSearchParams): { selection: Selection; filtered: boolean } {
  let filtered = false;
  const selection = dimensions.map((dimension) => {
    const asked = query.getAll(dimension.code).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    const wanted = new Set(asked);
    const positions = dimension.categories.map((c, i) => (wanted.has(c.code) ? i : -1)).filter((i) => i >= 0);
    if (positions.length === 0) return dimension.categories.map((_, i) => i);
    filtered = true;
    return positions;
  });
  if (!filtered && cubeSize(dimensions) > DEFAULT_VIEW_LIMIT) {
    return { selection: dimensions.map((d, i) => (d.role === 'time' ? selection[i]! : [0])), filtered: false };
  }
  return { selection, filtered };
}

export function selectionToQuery(dimensions: readonly CubeDimension[], selection: Selection): URLSearchParams {
  const query = new URLSearchParams();
  dimensions.forEach((dimension, i) => {
    const positions = selection[i]!;
    if (positions.length === dimension.categories.length) return;
    query.set(dimension.code, positions.map((p) => dimension.categories[p]!.code).join(','));
  });
  return query;
}

export function cellsOf(dimensions: readonly CubeDimension[], selection: Selection): number[] {
  return selectedCells(strides(dimensions), selection);
}

/**
 * The part of a cube a selection keeps, as a cube of its own: dimensions cut to the chosen categories and
 * cells renumbered, so what is downloaded is exactly what is shown.
 */
export function subCube(dimensions: readonly CubeDimension[], selection: Selection, rows: readonly ObservationRow[]): Cube {
  const kept = dimensions.map((d, i) => ({ ...d, categories: selection[i]!.map((p) => d.categories[p]!) }));
  const oldCells = cellsOf(dimensions, selection);
  const newCell = new Map(oldCells.map((cell, i) => [cell, i]));
  const cube: Cube = { dimensions: kept, cells: [], values: [], statuses: [] };
  for (const row of rows) {
    const cell = newCell.get(row.cell);
    if (cell === undefined) continue;
    cube.cells.push(cell);
    cube.values.push(row.value);
    cube.statuses.push(row.status);
  }
  return cube;
}
