import { randomBytes, timingSafeEqual } from 'node:crypto';

import { CSRF_FIELD } from './csrf-field.ts';

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

function equal(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Double-submit check: the token in the form must equal the one in our signed, HttpOnly cookie, and a
 * browser-sent Origin must be our own. A cross-site form can do neither.
 */
export async function verifyCsrf(request: Request, cookieToken: string | null): Promise<boolean> {
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin) return false;
  if (!cookieToken) return false;
  const header = request.headers.get('x-csrf-token');
  if (header) return equal(header, cookieToken);
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('form')) return false;
  const form = await request.clone().formData();
  const field = form.get(CSRF_FIELD);
  return typeof field === 'string' && equal(field, cookieToken);
}
