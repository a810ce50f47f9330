import type { Db } from '../db/types.ts';
import type { Cube } from './cube.ts';
import { findImport, findIndicator, loadObservations } from './queries.ts';
import { type Selection, cellsOf, selectionFromQuery, selectionToQuery, subCube } from './selection.ts';

/**
 * An indicator with the part of its data a query string selects: what the page, the embed, the downloads
 * and the API all start from, so each shows exactly the same numbers.
 */
export async function loadIndicatorSelection(db: Db, id: string, query: URLSearchParams, options: { all?: boolean } = {}) {
  const found = await findIndicator(db, id);
  if (!found) return null;
  const { dimensions } = found;
  const importId = found.indicator.currentImportId;
  const { selection, filtered } = options.all
    ? { selection: dimensions.map((d) => d.categories.map((_, i) => i)) as Selection, filtered: false }
    : selectionFromQuery(dimensions, query);
  const everything = selection.every((positions, i) => positions.length === dimensions[i]!.categories.length);
  const rows = importId === null ? [] : await loadObservations(db, importId, everything ? undefined : cellsOf(dimensions, selection));
  const cube: Cube = subCube(dimensions, selection, rows);
  const currentImport = importId === null ? null : await findImport(db, importId);
  return {
    ...found,
    selection,
    filtered,
    /** The filters as a query string, for permalinks, downloads and the embed code. */
    query: selectionToQuery(dimensions, selection).toString(),
    cube,
    updated: currentImport?.completedAt ?? null,
  };
}

export type IndicatorSelection = NonNullable<Awaited<ReturnType<typeof loadIndicatorSelection>>>;

