import { describe, expect, it } from 'vitest';
import { canTransition } from './workflow.ts';

describe('the meeting workflow', () => {
  it('moves forward one step at a time, only by the secretariat', () => {
    expect(canTransition('planned', 'notice-sent', 'admin')).toBe(true);
    expect(canTransition('planned', 'held', 'admin')).toBe(false);
    expect(canTransition('planned', 'notice-sent', 'chair')).toBe(false);
    expect(canTransition('notice-sent', 'held', 'admin')).toBe(true);
    expect(canTransition('held', 'minutes-in-review', 'admin')).toBe(true);
    expect(canTransition('minutes-in-review', 'minutes-approved', 'system')).toBe(true);
  });

  it('never leaves approved minutes', () => {
    for (const to of ['planned', 'notice-sent', 'held', 'minutes-in-review'] as const) expect(canTransition('minutes-approved', to, 'system')).toBe(false);
  });
});
