import JSONstat from 'jsonstat-toolkit';
import type { CubeDimension } from '../cube.ts';
import type { DimensionRole } from '../schema.ts';
import type { ImportProblem, ParseResult } from './problems.ts';
import { parseValue } from './values.ts';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The category ids of a raw dimension, in order, whether `index` is an array or an object of positions. */
function categoryIds(dimension: Json): string[] | null {
  const category = dimension.category;
  if (!isObject(category)) return null;
  if (Array.isArray(category.index)) return category.index.map(String);
  if (isObject(category.index)) {
    return Object.entries(category.index)
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map(([id]) => id);
  }
  // A dimension with a single category may give only its label.
  if (isObject(category.label) && Object.keys(category.label).length === 1) return Object.keys(category.label);
  return null;
}

/**
 * The checks the toolkit does not do, on the raw JSON: dimensions named in `id` exist, sizes match the
 * categories, labels and units name known categories, and sparse values and statuses stay inside the cube.
 */
function checkStructure(raw: Json, problems: ImportProblem[]): void {
  const ids = Array.isArray(raw.id) ? raw.id.map(String) : [];
  const sizes = Array.isArray(raw.size) ? raw.size.map(Number) : [];
  const dimensions = isObject(raw.dimension) ? raw.dimension : {};
  if (ids.length === 0 || ids.length !== sizes.length) {
    problems.push({ severity: 'error', reason: 'size-mismatch', path: 'id/size' });
    return;
  }
  ids.forEach((id, i) => {
    const dimension = dimensions[id];
    if (!isObject(dimension)) {
      problems.push({ severity: 'error', reason: 'unknown-dimension', path: `id[${i}]`, value: id });
      return;
    }
    const categories = categoryIds(dimension);
    if (!categories || categories.length !== sizes[i]) {
      problems.push({ severity: 'error', reason: 'size-mismatch', path: `dimension.${id}.category`, value: String(categories?.length ?? 0) });
      return;
    }
    const known = new Set(categories);
    const category = dimension.category as Json;
    for (const part of ['label', 'unit', 'child'] as const) {
      if (!isObject(category[part])) continue;
      for (const key of Object.keys(category[part])) {
        if (!known.has(key)) problems.push({ severity: 'error', reason: 'unknown-category', path: `dimension.${id}.category.${part}`, value: key });
      }
    }
  });
  const total = sizes.reduce((n, s) => n * s, 1);
  if (Array.isArray(raw.value) && raw.value.length !== total) {
    problems.push({ severity: 'error', reason: 'size-mismatch', path: 'value', value: String(raw.value.length) });
  }
  for (const part of ['value', 'status'] as const) {
    if (!isObject(raw[part])) continue;
    for (const key of Object.keys(raw[part])) {
      const cell = Number(key);
      if (!Number.isInteger(cell) || cell < 0 || cell >= total) problems.push({ severity: 'error', reason: 'unknown-category', path: `${part}["${key}"]`, value: key });
    }
  }
  if (Array.isArray(raw.status) && raw.status.length !== total && raw.status.length !== 1) {
    problems.push({ severity: 'error', reason: 'size-mismatch', path: 'status', value: String(raw.status.length) });
  }
}

/** Nynorsk and English labels that ho21's own downloads carry in a dimension's `extension`. */
function translationsOf(dimension: Json | undefined) {
  const extension = isObject(dimension?.extension) ? dimension.extension : {};
  const pick = (source: unknown) => {
    const out: { nn?: string; en?: string } = {};
    if (isObject(source)) for (const lang of ['nn', 'en'] as const) if (typeof source[lang] === 'string') out[lang] = source[lang];
    return out;
  };
  const categoryLabel = isObject(extension.categoryLabel) ? extension.categoryLabel : {};
  return {
    label: pick(extension.label),
    category: (code: string) => pick({ nn: (categoryLabel.nn as Json | undefined)?.[code], en: (categoryLabel.en as Json | undefined)?.[code] }),
  };
}

function roleOf(roles: Json | undefined, id: string): DimensionRole | null {
  if (!roles) return null;
  for (const role of ['time', 'geo', 'metric'] as const) {
    const list = roles[role];
    if (Array.isArray(list) && list.includes(id)) return role;
  }
  return null;
}

/** Reads a JSON-stat 2.0 dataset, or the first dataset of a collection. */
export function parseJsonStat(text: string): ParseResult {
  const problems: ImportProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { cube: null, problems: [{ severity: 'error', reason: 'bad-file', value: (error as Error).message }] };
  }
  if (!isObject(json)) return { cube: null, problems: [{ severity: 'error', reason: 'not-dataset' }] };
  let raw = json;
  if (json.class === 'collection') {
    const items = isObject(json.link) && Array.isArray(json.link.item) ? json.link.item.filter((item) => isObject(item) && item.class === 'dataset') : [];
    if (items.length === 0) return { cube: null, problems: [{ severity: 'error', reason: 'not-dataset', path: 'link.item' }] };
    if (items.length > 1) problems.push({ severity: 'warning', reason: 'more-datasets', value: String(items.length) });
    raw = items[0] as Json;
  } else if (json.class !== 'dataset') {
    return { cube: null, problems: [{ severity: 'error', reason: 'not-dataset', path: 'class', value: String(json.class ?? '') }] };
  }
  checkStructure(raw, problems);
  if (problems.some((p) => p.severity === 'error')) return { cube: null, problems };

  const dataset = JSONstat(raw);
  const roles = isObject(raw.role) ? raw.role : undefined;
  const rawDimensions = raw.dimension as Record<string, Json>;
  const dimensions: CubeDimension[] = (dataset.id ?? []).map((id, i) => {
    const dimension = dataset.Dimension(i)!;
    const extra = translationsOf(rawDimensions[id]);
    return {
      code: id,
      label: { nb: dimension.label ?? id, ...extra.label },
      role: roleOf(roles, id),
      categories: dimension.id.map((code, j) => {
        const category = dimension.Category(j);
        const unit = category?.unit ? (category.unit.label ?? category.unit.symbol ?? null) : null;
        return { code, label: { nb: category?.label ?? code, ...extra.category(code) }, ...(unit ? { unit } : {}) };
      }),
    };
  });
  const values = dataset.value ?? [];
  const statusList = Array.isArray(dataset.status) ? dataset.status : null;
  const singleStatus = typeof dataset.status === 'string' ? dataset.status : null;
  const cube = { dimensions, cells: [] as number[], values: [] as (number | null)[], statuses: [] as (string | null)[] };
  for (let cell = 0; cell < values.length; cell++) {
    const parsed = parseValue(values[cell]);
    if (!parsed.ok) {
      problems.push({ severity: 'error', reason: 'non-numeric', path: `value[${cell}]`, value: String(values[cell]) });
      continue;
    }
    const flag = statusList && statusList.length > 1 ? statusList[cell] : (statusList?.[0] ?? singleStatus);
    const status = flag == null ? parsed.status : String(flag);
    if (parsed.value === null && status === null) continue;
    cube.cells.push(cell);
    cube.values.push(parsed.value);
    cube.statuses.push(status);
  }
  return { cube: problems.some((p) => p.severity === 'error') ? null : cube, problems };
}
