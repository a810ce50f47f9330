import { describe, expect, it } from 'vitest';
import { actionPlanField } from './measures.ts';
import { sameMembers, slugify, textLines } from './shared.ts';

describe('strategy command helpers', () => {
  it('makes readable ids like the seed, with Norwegian letters spelt out', () => {
    expect(slugify('Økt brukermedvirkning')).toBe('okt-brukermedvirkning');
    expect(slugify('Helse- og omsorgssektoren (HOD/KD)')).toBe('helse-og-omsorgssektoren-hod-kd');
    expect(slugify('Bærekraft på Åland')).toBe('baerekraft-pa-aland');
    expect(slugify('Café Élan')).toBe('cafe-elan');
    expect(slugify('   ')).toBe('uten-navn');
    expect(slugify('a'.repeat(80)).length).toBe(60);
  });

  it('reads lines of text without blank ones', () => {
    expect(textLines().parse([' a ', '', '  ', 'b'])).toEqual(['a', 'b']);
    expect(textLines().parse(undefined)).toEqual([]);
  });

  it('reads the action-plan choice, empty meaning not stated', () => {
    expect(actionPlanField.parse('partly')).toBe('partly');
    expect(actionPlanField.parse('')).toBeNull();
    expect(actionPlanField.parse(undefined)).toBeNull();
    expect(actionPlanField.safeParse('kanskje').success).toBe(false);
  });

  it('compares id lists as sets of unique members', () => {
    expect(sameMembers(['a', 'b'], ['b', 'a'])).toBe(true);
    expect(sameMembers(['a', 'a'], ['a', 'b'])).toBe(false);
    expect(sameMembers(['a'], ['a', 'b'])).toBe(false);
  });
});
