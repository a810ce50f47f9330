import type { Db } from '../db/types.ts';
import { label } from './cube.ts';
import type { Locale } from './format.ts';
import { loadIndicatorSelection } from './indicator-data.ts';
import { buildView, renderIndicatorChart } from './view.ts';

/** Everything the indicator page, and the embed, show for one indicator and query string, as plain data. */
export async function indicatorPage(db: Db, id: string, query: URLSearchParams, locale: Locale, summaryText: (s: { key: string; params: Record<string, string> }) => string) {
  const data = await loadIndicatorSelection(db, id, query);
  if (!data) return null;
  const { indicator } = data;
  const view = buildView(indicator, data.cube, locale);
  const title = label(indicator.title, locale);
  const unit = indicator.unitLabel ? label(indicator.unitLabel, locale) : indicator.unit;
  const summary = summaryText(view.summary);
  const svg = await renderIndicatorChart(view, { title, description: summary, unit, locale });
  return {
    id: indicator.id,
    title,
    description: indicator.description ? label(indicator.description, locale) : null,
    unit,
    source: { name: indicator.sourceName, url: indicator.sourceUrl, licence: indicator.sourceLicence },
    notes: indicator.notes ? label(indicator.notes, locale) : null,
    target: indicator.target ? label(indicator.target, locale) : null,
    comparator: indicator.comparator ? label(indicator.comparator, locale) : null,
    updated: data.updated?.toISOString() ?? null,
    hasData: indicator.currentImportId !== null,
    goalStatements: data.goalStatements,
    focusAreas: data.focusAreas,
    filters: data.dimensions
      .filter((d) => d.categories.length > 1)
      .map((d) => {
        const position = data.dimensions.indexOf(d);
        const chosen = new Set(data.selection[position]);
        return { code: d.code, label: label(d.label, locale), categories: d.categories.map((c, i) => ({ code: c.code, label: label(c.label, locale), checked: chosen.has(i) })) };
      }),
    query: data.query,
    summary,
    svg,
    columns: view.columns,
    fixed: view.fixed,
    rows: view.rows,
  };
}

export type IndicatorPage = NonNullable<Awaited<ReturnType<typeof indicatorPage>>>;
