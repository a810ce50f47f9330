import { describe, expect, it } from 'vitest';
import type { Cube } from './cube.ts';
import type { IndicatorRow } from './queries.ts';
import { buildView, chartSpec, renderIndicatorChart } from './view.ts';

const indicator = { decimals: 1 } as IndicatorRow;
const years = (codes: string[]) => ({ code: 'year', label: { nb: 'År', en: 'Year' }, role: 'time' as const, categories: codes.map((c) => ({ code: c, label: { nb: c } })) });
const regions = { code: 'region', label: { nb: 'Region' }, role: 'geo' as const, categories: ['Vest', 'Nord'].map((c) => ({ code: c, label: { nb: c } })) };

describe('the indicator view', () => {
  it('draws a time series as a line and words its trend', async () => {
    const cube: Cube = { dimensions: [years(['2013', '2017'])], cells: [0, 1], values: [0.4, 1.4], statuses: [null, null] };
    const view = buildView(indicator, cube, 'nb');
    expect(view.chart).toBe('line');
    expect(view.rows.map((r) => r.shown)).toEqual(['0,4', '1,4']);
    expect(view.summary).toMatchObject({ key: 'monitor.summary.rising' });
    const svg = await renderIndicatorChart(view, { title: 'Tittel', description: 'Økte fra 0,4 i 2013 til 1,4 i 2017.', unit: '%', locale: 'nb' });
    expect(svg).toMatch(/^<svg role="graphics-document document" aria-label="Tittel\. Økte fra 0,4 i 2013 til 1,4 i 2017\."/);
    expect(svg).toContain('aria-label="År: 2013; %: 0,4"');
    expect(svg).not.toContain('X-axis');
  });

  it('draws categories as bars, keeps fixed dimensions for the caption, and a missing value as an empty cell', () => {
    const cube: Cube = { dimensions: [years(['2022']), regions], cells: [0, 1], values: [5, null], statuses: [null, '..'] };
    const view = buildView(indicator, cube, 'en');
    expect(view.chart).toBe('bar');
    expect(view.fixed).toEqual([{ label: 'Year', category: '2022' }]);
    expect(view.columns).toEqual([{ code: 'region', label: 'Region' }]);
    expect(view.rows[1]).toEqual({ categories: ['Nord'], value: null, shown: '', status: '..' });
    expect(chartSpec(view, { title: '', description: '', unit: '', locale: 'en' })).toMatchObject({ mark: { type: 'bar' } });
  });

  it('colours one line per series when a second dimension varies', () => {
    const cube: Cube = { dimensions: [regions, years(['2016', '2017'])], cells: [0, 1, 2, 3], values: [1, 2, 3, 4], statuses: [null, null, null, null] };
    const view = buildView(indicator, cube, 'nb');
    expect(view.chart).toBe('line');
    expect(new Set(view.points.map((p) => p.series))).toEqual(new Set(['Vest', 'Nord']));
    expect(chartSpec(view, { title: '', description: '', unit: '', locale: 'nb' })).toMatchObject({ encoding: { color: { field: 'series' } } });
  });
});
