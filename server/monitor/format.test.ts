import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.ts';

describe('number formatting', () => {
  it('writes Norwegian numbers with a decimal comma and no-break-space thousands', () => {
    expect(formatNumber(1073.6, 'nb', 1)).toBe('1\u00a0073,6');
    expect(formatNumber(1073.6, 'nn', 1)).toBe('1\u00a0073,6');
    expect(formatNumber(0.4, 'nb')).toBe('0,4');
    expect(formatNumber(1234567.25, 'nb')).toBe('1\u00a0234\u00a0567,25');
    expect(formatNumber(-0.4, 'nb', 1)).toBe('\u22120,4');
  });

  it('writes English numbers with a decimal point and comma thousands', () => {
    expect(formatNumber(1073.6, 'en', 1)).toBe('1,073.6');
    expect(formatNumber(7, 'en', 1)).toBe('7.0');
    expect(formatNumber(42, 'en', 0)).toBe('42');
  });
});
