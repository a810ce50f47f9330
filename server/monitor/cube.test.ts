import { describe, expect, it } from 'vitest';
import { coordinatesOf, selectedCells, strides } from './cube.ts';

const dims = [{ categories: [1, 2] }, { categories: [1, 2, 3] }, { categories: [1, 2, 3, 4] }];

describe('cube addressing', () => {
  it('walks cells row-major, the last dimension fastest, as JSON-stat does', () => {
    const steps = strides(dims);
    expect(steps).toEqual([12, 4, 1]);
    expect(coordinatesOf(0, steps)).toEqual([0, 0, 0]);
    expect(coordinatesOf(23, steps)).toEqual([1, 2, 3]);
    expect(coordinatesOf(13, steps)).toEqual([1, 0, 1]);
  });

  it('turns a filter into the cells it keeps, in cube order', () => {
    const steps = strides(dims);
    expect(selectedCells(steps, [[1], [0, 2], [3]])).toEqual([15, 23]);
    expect(selectedCells(steps, [[0, 1], [0, 1, 2], [0, 1, 2, 3]])).toHaveLength(24);
  });
});
