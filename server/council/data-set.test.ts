import { describe, expect, it } from 'vitest';
import { loadCouncilDataSet } from './data-set.ts';

describe('the council data set', () => {
  it('holds the six sectors with the mandate quotas 2/2/3/1/5/3 and meeting 1/2020 with twelve cases', () => {
    const data = loadCouncilDataSet();
    expect(data.terms.sectors.map((s) => s.seats)).toEqual([2, 2, 3, 1, 5, 3]);
    expect(data.meetings).toHaveLength(1);
    expect(data.meetings[0]?.cases.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(data.meetings[0]?.date).toBeNull();
    expect(data.documents.map((d) => d.id)).toContain('radets-arbeidsform');
  });
});
