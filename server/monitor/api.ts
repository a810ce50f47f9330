import type { Db } from '../db/types.ts';
import type { CubeDimension } from './cube.ts';
import { findIndicator, type IndicatorRow, listIndicators } from './queries.ts';

const RESERVED = new Set(['format', 'lang']);

function summary(row: IndicatorRow, links: { goalStatementIds: string[]; focusAreaIds: string[] }) {
  return {
    id: row.id,
    title: row.title,
    unit: row.unit,
    unitLabel: row.unitLabel,
    source: { name: row.sourceName, url: row.sourceUrl, licence: row.sourceLicence },
    goalStatementIds: links.goalStatementIds,
    focusAreaIds: links.focusAreaIds,
    links: { self: `/api/v1/indicators/${row.id}`, data: `/api/v1/indicators/${row.id}/data`, page: `/monitor/${row.id}` },
  };
}

export async function apiIndicatorList(db: Db) {
  const rows = await listIndicators(db);
  return { indicators: rows.map((row) => summary(row, row)) };
}

export async function apiIndicator(db: Db, id: string) {
  const found = await findIndicator(db, id);
  if (!found) return null;
  const { indicator, dimensions } = found;
  return {
    ...summary(indicator, { goalStatementIds: found.goalStatements.map((g) => g.id), focusAreaIds: found.focusAreas.map((f) => f.id) }),
    description: indicator.description,
    notes: indicator.notes,
    target: indicator.target,
    comparator: indicator.comparator,
    decimals: indicator.decimals,
    version: indicator.version,
    updatedAt: indicator.updatedAt.toISOString(),
    dimensions: dimensions.map((d) => ({ id: d.code, label: d.label, role: d.role, categories: d.categories.map((c) => ({ id: c.code, label: c.label, ...(c.unit ? { unit: c.unit } : {}) })) })),
  };
}

/**
 * What is wrong with a data query: parameters that name no dimension, categories the dimension does not
 * have. The API says so (400) rather than silently returning everything.
 */
export function dataQueryErrors(dimensions: readonly CubeDimension[], query: URLSearchParams): { parameter: string; value?: string; reason: string }[] {
  const errors: { parameter: string; value?: string; reason: string }[] = [];
  for (const key of new Set(query.keys())) {
    if (RESERVED.has(key)) continue;
    const dimension = dimensions.find((d) => d.code === key);
    if (!dimension) {
      errors.push({ parameter: key, reason: 'unknown dimension' });
      continue;
    }
    const codes = new Set(dimension.categories.map((c) => c.code));
    for (const value of query.getAll(key).flatMap((v) => v.split(','))) {
      if (!codes.has(value.trim())) errors.push({ parameter: key, value, reason: 'unknown category' });
    }
  }
  const format = query.get('format');
  if (format !== null && format !== 'json' && format !== 'csv') errors.push({ parameter: 'format', value: format, reason: 'use json or csv' });
  return errors;
}

export function isFiltered(query: URLSearchParams): boolean {
  return [...query.keys()].some((key) => !RESERVED.has(key));
}
