import ExcelJS from 'exceljs';
import { type Cube, type CubeDimension, coordinatesOf, cubeSize, label, strides } from './cube.ts';
import type { IndicatorRow } from './queries.ts';
import type { Labels } from './schema.ts';

type Locale = keyof Labels;

/**
 * JSON-stat has one label per category; the other languages travel in the dimension's `extension`, which
 * the importer reads back, so a download re-imports without losing them.
 */
function translations(dimension: CubeDimension) {
  const extension: { label?: Partial<Labels>; categoryLabel?: Record<string, Record<string, string>> } = {};
  for (const lang of ['nn', 'en'] as const) {
    if (dimension.label[lang]) (extension.label ??= {})[lang] = dimension.label[lang];
    for (const c of dimension.categories) {
      const text = c.label[lang];
      if (text) ((extension.categoryLabel ??= {})[lang] ??= {})[c.code] = text;
    }
  }
  return Object.keys(extension).length > 0 ? { extension } : {};
}

/** A JSON-stat 2.0 dataset of a cube: dense `value` when every cell is there, sparse otherwise. */
export function toJsonStat(indicator: IndicatorRow, cube: Cube, locale: Locale, updated: Date | null) {
  const size = cubeSize(cube.dimensions);
  const dense = cube.cells.length === size;
  const value: (number | null)[] | Record<string, number | null> = dense ? cube.values : {};
  const status: Record<string, string> = {};
  cube.cells.forEach((cell, i) => {
    if (!dense) (value as Record<string, number | null>)[String(cell)] = cube.values[i] ?? null;
    const flag = cube.statuses[i];
    if (flag) status[String(cell)] = flag;
  });
  const role: Record<string, string[]> = {};
  for (const d of cube.dimensions) if (d.role) (role[d.role] ??= []).push(d.code);
  return {
    version: '2.0',
    class: 'dataset',
    label: label(indicator.title, locale),
    source: indicator.sourceName,
    ...(updated ? { updated: updated.toISOString() } : {}),
    id: cube.dimensions.map((d) => d.code),
    size: cube.dimensions.map((d) => d.categories.length),
    ...(Object.keys(role).length > 0 ? { role } : {}),
    dimension: Object.fromEntries(
      cube.dimensions.map((d) => {
        const units = d.categories.filter((c) => c.unit);
        return [
          d.code,
          {
            label: label(d.label, locale),
            ...translations(d),
            category: {
              index: d.categories.map((c) => c.code),
              label: Object.fromEntries(d.categories.map((c) => [c.code, label(c.label, locale)])),
              ...(units.length > 0 ? { unit: Object.fromEntries(units.map((c) => [c.code, { label: c.unit }])) } : {}),
            },
          },
        ];
      }),
    ),
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    extension: { indicator: indicator.id, unit: indicator.unit, ...(indicator.sourceUrl ? { sourceUrl: indicator.sourceUrl } : {}), licence: indicator.sourceLicence },
  };
}

/** The tidy rows of a cube: one per observation, the category codes and labels, value and status. */
export function tidyRows(cube: Cube, locale: Locale): { header: string[]; rows: (string | number | null)[][] } {
  const steps = strides(cube.dimensions);
  const header = [...cube.dimensions.flatMap((d) => [d.code, `${d.code}_label`]), 'value', 'status'];
  const rows = cube.cells.map((cell, i) => {
    const coords = coordinatesOf(cell, steps);
    return [
      ...cube.dimensions.flatMap((d, j) => {
        const category = d.categories[coords[j]!]!;
        return [category.code, label(category.label, locale)];
      }),
      cube.values[i] ?? null,
      cube.statuses[i] ?? null,
    ];
  });
  return { header, rows };
}

export async function toXlsx(indicator: IndicatorRow, cube: Cube, locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(indicator.id.slice(0, 31));
  const { header, rows } = tidyRows(cube, locale);
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const about = workbook.addWorksheet('source');
  about.addRows([
    ['title', label(indicator.title, locale)],
    ['unit', indicator.unit],
    ['source', indicator.sourceName],
    ['url', indicator.sourceUrl ?? ''],
    ['licence', indicator.sourceLicence ?? ''],
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
