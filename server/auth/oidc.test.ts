import { describe, expect, it } from 'vitest';
import { roleForEmail } from './oidc.ts';

describe('OIDC role mapping by e-mail', () => {
  const map = 'member:*@example.org, admin:ada@example.org, observer:*@obs.example, bogus:x@example.org';

  it('prefers an exact address over a domain pattern', () => {
    expect(roleForEmail(map, 'Ada@Example.org')).toBe('admin');
    expect(roleForEmail(map, 'bob@example.org')).toBe('member');
    expect(roleForEmail(map, 'o@obs.example')).toBe('observer');
  });

  it('gives no role to addresses it does not name, or to unknown roles', () => {
    expect(roleForEmail(map, 'eve@elsewhere.example')).toBeNull();
    expect(roleForEmail(map, 'x@example.org')).toBe('member');
    expect(roleForEmail('', 'a@example.org')).toBeNull();
  });
});
