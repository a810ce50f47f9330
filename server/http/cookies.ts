import { createCookie } from 'react-router';
import type { Services } from './services.ts';

/** The platform's cookies. All HttpOnly and SameSite=Lax; Secure in production mode. */
export function platformCookies({ config, cookieSecret }: Pick<Services, 'config' | 'cookieSecret'>) {
  const base = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: config.secureCookies, secrets: [cookieSecret] };
  return {
    session: createCookie(config.secureCookies ? '__Host-ho21_session' : 'ho21_session', {
      ...base,
      maxAge: Math.floor(config.sessionTtlMs / 1000),
    }),
    csrf: createCookie(config.secureCookies ? '__Host-ho21_csrf' : 'ho21_csrf', base),
    locale: createCookie('ho21_lang', { ...base, maxAge: 365 * 24 * 3600 }),
  };
}
