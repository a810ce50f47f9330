import { describe, expect, it } from 'vitest';
import { dataQueryErrors, isFiltered } from './api.ts';

const dimensions = [
  { code: 'year', label: { nb: 'År' }, role: 'time' as const, categories: [{ code: '2016', label: { nb: '2016' } }, { code: '2017', label: { nb: '2017' } }] },
];

describe('API data queries', () => {
  it('accepts dimension filters, format and lang', () => {
    const query = new URLSearchParams('year=2016,2017&format=csv&lang=en');
    expect(dataQueryErrors(dimensions, query)).toEqual([]);
    expect(isFiltered(query)).toBe(true);
    expect(isFiltered(new URLSearchParams('format=csv'))).toBe(false);
  });

  it('names every parameter it cannot use', () => {
    expect(dataQueryErrors(dimensions, new URLSearchParams('region=vest&year=2015&format=xml'))).toEqual([
      { parameter: 'region', reason: 'unknown dimension' },
      { parameter: 'year', value: '2015', reason: 'unknown category' },
      { parameter: 'format', value: 'xml', reason: 'use json or csv' },
    ]);
  });
});
