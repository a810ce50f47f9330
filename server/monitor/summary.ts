import { formatNumber, type Locale } from './format.ts';

export interface SummaryPoint {
  /** The category label the value belongs to: a year for time series, a name for categories. */
  label: string;
  value: number;
}

/** A sentence as a message key and its parameters; the page words it in the reader's language. */
export interface Summary {
  key: 'monitor.summary.rising' | 'monitor.summary.falling' | 'monitor.summary.flat' | 'monitor.summary.single' | 'monitor.summary.range' | 'monitor.summary.none';
  params: Record<string, string>;
}

/**
 * One sentence from the data. A time series is rising, falling or flat from its first to its last value
 * ("Økte fra 0,4 i 2013 til 1,4 i 2017"); values that round to the same shown number count as flat.
 * Categories get their highest and lowest.
 */
export function summarise(points: readonly SummaryPoint[], kind: 'time' | 'categories', locale: Locale, decimals?: number | null): Summary {
  const present = points.filter((p) => Number.isFinite(p.value));
  const show = (value: number) => formatNumber(value, locale, decimals);
  const first = present[0];
  const last = present.at(-1);
  if (!first || !last) return { key: 'monitor.summary.none', params: {} };
  if (present.length === 1) return { key: 'monitor.summary.single', params: { value: show(first.value), at: first.label } };
  if (kind === 'categories') {
    const sorted = [...present].sort((a, b) => b.value - a.value);
    const high = sorted[0]!;
    const low = sorted.at(-1)!;
    return { key: 'monitor.summary.range', params: { high: high.label, highValue: show(high.value), low: low.label, lowValue: show(low.value) } };
  }
  const params = { from: show(first.value), fromAt: first.label, to: show(last.value), toAt: last.label };
  if (show(first.value) === show(last.value)) return { key: 'monitor.summary.flat', params };
  return { key: last.value > first.value ? 'monitor.summary.rising' : 'monitor.summary.falling', params };
}
