import { describe, expect, it } from 'vitest';
import { summarise } from './summary.ts';

const series = (pairs: [string, number][]) => pairs.map(([label, value]) => ({ label, value }));

describe('the summary sentence', () => {
  it('says a series rose from its first to its last value', () => {
    expect(summarise(series([['2013', 0.4], ['2017', 1.4]]), 'time', 'nb', 1)).toEqual({
      key: 'monitor.summary.rising',
      params: { from: '0,4', fromAt: '2013', to: '1,4', toAt: '2017' },
    });
  });

  it('says a series fell, even when it went up on the way', () => {
    expect(summarise(series([['2016', 42], ['2017', 30], ['2018', 36]]), 'time', 'nb', 0)).toMatchObject({
      key: 'monitor.summary.falling',
      params: { from: '42', to: '36', toAt: '2018' },
    });
  });

  it('calls a series flat when first and last round to the same shown value', () => {
    expect(summarise(series([['2017', 10.8], ['2018', 10.8]]), 'time', 'nb', 1).key).toBe('monitor.summary.flat');
    expect(summarise(series([['2017', 10.81], ['2018', 10.79]]), 'time', 'en', 1)).toMatchObject({ key: 'monitor.summary.flat', params: { from: '10.8', to: '10.8' } });
  });

  it('describes a single point as a single value', () => {
    expect(summarise(series([['2013', 0.4]]), 'time', 'en', 1)).toEqual({ key: 'monitor.summary.single', params: { value: '0.4', at: '2013' } });
  });

  it('names the highest and lowest category', () => {
    expect(summarise(series([['A', 167.1], ['B', 1214.8], ['C', 67.2]]), 'categories', 'nb', 1)).toEqual({
      key: 'monitor.summary.range',
      params: { high: 'B', highValue: '1\u00a0214,8', low: 'C', lowValue: '67,2' },
    });
  });

  it('has nothing to say about no data', () => {
    expect(summarise([], 'time', 'nb').key).toBe('monitor.summary.none');
  });
});
