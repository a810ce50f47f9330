import type { TopLevelSpec } from 'vega-lite';
import { renderChartSvg } from '../charts/render.ts';
import { type Cube, coordinatesOf, label, strides } from './cube.ts';
import { chartNumberLocale, formatNumber, type Locale } from './format.ts';
import type { IndicatorRow } from './queries.ts';
import { type Summary, summarise } from './summary.ts';

export interface ViewRow {
  categories: string[];
  value: number | null;
  shown: string;
  status: string | null;
}

export interface IndicatorView {
  /** Dimensions with more than one category shown: the table's columns and the chart's axes. */
  columns: { code: string; label: string }[];
  /** Dimensions fixed to one category, said in the caption ("2022"). */
  fixed: { label: string; category: string }[];
  rows: ViewRow[];
  chart: 'line' | 'bar' | null;
  summary: Summary;
}

interface ChartPoint {
  x: string;
  order: number;
  series: string;
  value: number;
}

/** What a (filtered) cube looks like on the page: table rows, which chart fits, and the summary sentence. */
export function buildView(indicator: IndicatorRow, cube: Cube, locale: Locale): IndicatorView & { points: ChartPoint[]; xTitle: string } {
  const varying = cube.dimensions.map((d, i) => ({ d, i })).filter(({ d }) => d.categories.length > 1);
  const steps = strides(cube.dimensions);
  const rows: ViewRow[] = [];
  const coordsList: number[][] = [];
  cube.cells.forEach((cell, k) => {
    const coords = coordinatesOf(cell, steps);
    coordsList.push(coords);
    const value = cube.values[k] ?? null;
    rows.push({
      categories: varying.map(({ d, i }) => label(d.categories[coords[i]!]!.label, locale)),
      value,
      shown: value === null ? '' : formatNumber(value, locale, indicator.decimals),
      status: cube.statuses[k] ?? null,
    });
  });
  const all = cube.dimensions.map((d, i) => ({ d, i }));
  // With nothing varying (a single value) the chart still has an axis: time if there is one.
  const time = varying.find(({ d }) => d.role === 'time') ?? (varying.length === 0 ? all.find(({ d }) => d.role === 'time') : undefined);
  const x = time ?? varying[0] ?? all[0];
  const others = varying.filter((v) => v !== x);
  const points: ChartPoint[] = [];
  rows.forEach((row, k) => {
    if (row.value === null || !x) return;
    const coords = coordsList[k]!;
    points.push({
      x: label(x.d.categories[coords[x.i]!]!.label, locale),
      order: coords[x.i]!,
      series: others.map(({ d, i }) => label(d.categories[coords[i]!]!.label, locale)).join(' – '),
      value: row.value,
    });
  });
  const seriesCount = new Set(points.map((p) => p.series)).size;
  // A single value has no axis to vary along; it is still a point in time or a category.
  const single = rows.filter((r) => r.value !== null).length === 1 ? rows.find((r) => r.value !== null) : undefined;
  const singleAt = single ? cube.dimensions.map((d, i) => label(d.categories[coordinatesOf(cube.cells[rows.indexOf(single)]!, steps)[i]!]!.label, locale)).join(' – ') : '';
  const summary: Summary = single
    ? { key: 'monitor.summary.single', params: { value: single.shown, at: singleAt } }
    : seriesCount > 1
      ? { key: 'monitor.summary.none', params: {} }
      : summarise(points.map((p) => ({ label: p.x, value: p.value })), time ? 'time' : 'categories', locale, indicator.decimals);
  return {
    columns: varying.map(({ d }) => ({ code: d.code, label: label(d.label, locale) })),
    fixed: cube.dimensions.filter((d) => d.categories.length === 1).map((d) => ({ label: label(d.label, locale), category: label(d.categories[0]!.label, locale) })),
    rows,
    chart: points.length === 0 ? null : time ? 'line' : 'bar',
    summary,
    points,
    xTitle: x ? label(x.d.label, locale) : '',
  };
}

export interface ChartOptions {
  title: string;
  description: string;
  unit: string;
  locale: Locale;
  /** The small version for the front page: no axis titles, no legend, fewer ticks. */
  small?: boolean;
}

/** The Vega-Lite spec for a view: a line over time (with points, so single years show), or bars per category. */
export function chartSpec(view: ReturnType<typeof buildView>, options: ChartOptions): TopLevelSpec {
  const multiple = new Set(view.points.map((p) => p.series)).size > 1;
  const small = options.small ?? false;
  const color = multiple && !small ? { color: { field: 'series', type: 'nominal' as const, title: null, legend: { orient: 'bottom' as const, columns: 1 } } } : {};
  const value = { field: 'value', type: 'quantitative' as const, title: small ? null : options.unit, axis: { tickCount: small ? 3 : 6 } };
  const base = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    data: { values: view.points },
    width: small ? 260 : 600,
    height: small ? 120 : 320,
    // Vega words axis descriptions in English whatever the page's language; the marks keep their labels
    // (category and value) and the chart its name and summary, so the axes are left out of the tree.
    config: { locale: { number: chartNumberLocale(options.locale) }, font: 'Inter, Arial, sans-serif', view: { stroke: null }, axis: { aria: false }, legend: { aria: false } },
  };
  if (view.chart === 'line') {
    return {
      ...base,
      mark: { type: 'line', point: true, strokeWidth: 2 },
      encoding: {
        x: { field: 'x', type: 'ordinal', sort: { field: 'order' }, title: small ? null : view.xTitle, axis: { labelAngle: 0 } },
        y: value,
        ...color,
      },
    } as TopLevelSpec;
  }
  return {
    ...base,
    height: small ? 120 : Math.max(160, new Set(view.points.map((p) => p.x)).size * (multiple ? 36 : 28)),
    mark: { type: 'bar' },
    encoding: {
      y: { field: 'x', type: 'nominal', sort: { field: 'order' }, title: small ? null : view.xTitle, axis: small ? null : { labelLimit: 340 } },
      x: value,
      ...(multiple && !small ? { yOffset: { field: 'series' }, ...color } : {}),
    },
  } as TopLevelSpec;
}

export async function renderIndicatorChart(view: ReturnType<typeof buildView>, options: ChartOptions): Promise<string | null> {
  if (!view.chart) return null;
  return renderChartSvg(chartSpec(view, options), { title: options.title, description: options.description });
}
