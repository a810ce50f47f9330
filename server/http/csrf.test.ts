import { describe, expect, it } from 'vitest';
import { newCsrfToken, verifyCsrf } from './csrf.ts';

function post(body: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request('http://ho21.test/logg-inn', {
    method: 'POST',
    body: new URLSearchParams(body),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

describe('CSRF check', () => {
  const token = newCsrfToken();

  it('accepts the form token that matches the cookie', async () => {
    expect(await verifyCsrf(post({ _csrf: token }), token)).toBe(true);
    expect(await verifyCsrf(post({ _csrf: token }, { origin: 'http://ho21.test' }), token)).toBe(true);
  });

  it('rejects a missing or different token, a missing cookie and a foreign origin', async () => {
    expect(await verifyCsrf(post({}), token)).toBe(false);
    expect(await verifyCsrf(post({ _csrf: newCsrfToken() }), token)).toBe(false);
    expect(await verifyCsrf(post({ _csrf: token }), null)).toBe(false);
    expect(await verifyCsrf(post({ _csrf: token }, { origin: 'https://evil.example' }), token)).toBe(false);
  });

  it('leaves the body readable for the action', async () => {
    const request = post({ _csrf: token, email: 'a@b.no' });
    await verifyCsrf(request, token);
    expect((await request.formData()).get('email')).toBe('a@b.no');
  });
});
