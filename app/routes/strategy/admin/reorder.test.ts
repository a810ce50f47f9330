import { describe, expect, it } from 'vitest';
import { moveInOrder } from './reorder.ts';

describe('moveInOrder', () => {
  it('swaps an item with its neighbour', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'b:up')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'b:down')).toEqual(['a', 'c', 'b']);
  });

  it('moves nothing past the ends, for unknown ids or directions', () => {
    expect(moveInOrder(['a', 'b'], 'a:up')).toBeNull();
    expect(moveInOrder(['a', 'b'], 'b:down')).toBeNull();
    expect(moveInOrder(['a', 'b'], 'x:up')).toBeNull();
    expect(moveInOrder(['a', 'b'], 'a:sideways')).toBeNull();
    expect(moveInOrder(['a', 'b'], '')).toBeNull();
  });

  it('handles ids that contain the separator', () => {
    expect(moveInOrder(['x:1', 'x:2'], 'x:2:up')).toEqual(['x:2', 'x:1']);
  });
});
