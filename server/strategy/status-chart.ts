import type { TopLevelSpec } from 'vega-lite';
import { renderChartSvg } from '../charts/render.ts';
import type { LevelCounts } from './queries/types.ts';
import { LEVEL_COLOURS, LEVEL_ORDER } from './levels.ts';
import { STATUS_LEVELS, type StatusLevel } from './schema.ts';

export type KnownLevel = Exclude<StatusLevel, 'unknown'>;

/** The sentence parts in the reader's language; `{n}`, `{total}` and `{list}` are filled in. */
export interface SummaryTexts {
  intro: string;
  unknownTail: string;
  end: string;
  allUnknown: string;
  none: string;
  levels: Record<KnownLevel, string>;
}

const fill = (template: string, params: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (whole, k: string) => String(params[k] ?? whole));

/** Adds up level counts (e.g. over all focus areas). */
export function sumLevelCounts(counts: LevelCounts[]): LevelCounts {
  const total = Object.fromEntries(STATUS_LEVELS.map((l) => [l, 0])) as LevelCounts;
  for (const c of counts) for (const l of STATUS_LEVELS) total[l] += c[l];
  return total;
}

/** One sentence saying how many measures have each known level and for how many the status is unknown. */
export function summariseStatus(counts: LevelCounts, texts: SummaryTexts, locale: string): string {
  const total = STATUS_LEVELS.reduce((sum, l) => sum + counts[l], 0);
  if (total === 0) return texts.none;
  const known = LEVEL_ORDER.filter((l): l is KnownLevel => l !== 'unknown' && counts[l] > 0);
  if (known.length === 0) return fill(texts.allUnknown, { total });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(known.map((l) => fill(texts.levels[l], { n: counts[l] })));
  const tail = counts.unknown > 0 ? fill(texts.unknownTail, { n: counts.unknown }) : texts.end;
  return fill(texts.intro, { total, list }) + tail;
}

export interface StatusChartInput {
  /** Focus areas in the order to show them, with their counts. */
  rows: { name: string; levelCounts: LevelCounts }[];
  levelLabels: Record<StatusLevel, string>;
  /** The focus-area axis has no title: its labels say what it is, and a title there collides with them. */
  axisTitles: { count: string; level: string };
  title: string;
  description: string;
}

/** A horizontal stacked bar per focus area: measures by the level of their latest status. */
export function statusChartSpec(input: StatusChartInput): TopLevelSpec {
  const values = input.rows.flatMap((row, i) =>
    LEVEL_ORDER.filter((l) => row.levelCounts[l] > 0).map((l) => ({
      focusArea: row.name,
      position: i,
      level: input.levelLabels[l],
      order: LEVEL_ORDER.indexOf(l),
      n: row.levelCounts[l],
    })),
  );
  return {
    width: 480,
    height: { step: 26 },
    data: { values },
    mark: { type: 'bar', tooltip: false },
    encoding: {
      y: { field: 'focusArea', type: 'nominal', title: null, sort: input.rows.map((r) => r.name), axis: { labelLimit: 520, labelFontSize: 12 } },
      x: { field: 'n', type: 'quantitative', aggregate: 'sum', title: input.axisTitles.count, axis: { tickMinStep: 1, format: 'd' } },
      color: {
        field: 'level',
        type: 'nominal',
        title: input.axisTitles.level,
        scale: { domain: LEVEL_ORDER.map((l) => input.levelLabels[l]), range: LEVEL_ORDER.map((l) => LEVEL_COLOURS[l]) },
        legend: { orient: 'bottom', columns: 4 },
      },
      order: { field: 'order', type: 'quantitative' },
    },
    // Headless Vega estimates text width generously, so labels need a wide limit not to be cut.
    config: { font: 'Inter Variable, Arial, sans-serif', axis: { titleFontSize: 12, labelFontSize: 12 }, legend: { labelFontSize: 12, titleFontSize: 12 } },
  };
}

/** The chart as an accessible SVG string, rendered on the server. */
export function renderStatusChart(input: StatusChartInput): Promise<string> {
  return renderChartSvg(statusChartSpec(input), { title: input.title, description: input.description });
}
