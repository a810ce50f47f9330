import { describe, expect, it } from 'vitest';
import { memberAccess, readableVisibilities } from './attachment-access.ts';

describe('who reads which attachments', () => {
  it('gives internal attachments to the secretariat only and council ones to the council too', () => {
    expect(readableVisibilities('secretariat')).toEqual(['internal', 'council', 'public']);
    expect(readableVisibilities('council')).toEqual(['council', 'public']);
    expect(readableVisibilities('public')).toEqual(['public']);
    expect(readableVisibilities('none')).toEqual([]);
  });

  it('reduces a disqualified member to what the public reads, and to nothing before publication', () => {
    const published = { state: 'notice-sent' };
    const open = { screened: false, declared: null, decided: null };
    expect(memberAccess(open, published)).toBe('council');
    expect(memberAccess({ ...open, declared: 'disqualified' }, published)).toBe('public');
    expect(memberAccess({ ...open, declared: 'disqualified' }, { state: 'planned' })).toBe('none');
    expect(memberAccess({ ...open, declared: 'disqualified', decided: 'impartial' }, published)).toBe('council');
    expect(memberAccess({ ...open, decided: 'disqualified', screened: true }, published)).toBe('none');
  });
});
