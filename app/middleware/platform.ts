import { createContext, data, type MiddlewareFunction, type RouterContextProvider } from 'react-router';
import { findSessionUser } from '#server/auth/sessions.ts';
import { platformCookies } from '#server/http/cookies.ts';
import { newCsrfToken, verifyCsrf } from '#server/http/csrf.ts';
import { localeContext, servicesContext, userContext } from '../context.ts';
import { isLocale } from '../i18n/index.ts';

interface CsrfState {
  token: string;
  fresh: boolean;
  used: boolean;
}
const csrfContext = createContext<CsrfState>();

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A page that renders a POST form asks for the token; only then is the cookie set, so public pages stay cacheable. */
export function csrfToken(context: Readonly<RouterContextProvider>): string {
  const state = context.get(csrfContext);
  state.used = true;
  return state.token;
}

/**
 * Runs for every request: resolves language and signed-in user, rejects state-changing requests without a
 * valid CSRF token, and marks responses for signed-in users as private.
 */
export const platformMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
  const services = context.get(servicesContext);
  const cookies = platformCookies(services);
  const header = request.headers.get('Cookie');

  const locale: unknown = await cookies.locale.parse(header);
  context.set(localeContext, isLocale(locale) ? locale : 'nb');

  const token: unknown = await cookies.session.parse(header);
  const user = typeof token === 'string' ? await findSessionUser(services.db, token) : null;
  context.set(userContext, user);

  const existing: unknown = await cookies.csrf.parse(header);
  const csrf: CsrfState =
    typeof existing === 'string' ? { token: existing, fresh: false, used: false } : { token: newCsrfToken(), fresh: true, used: false };
  context.set(csrfContext, csrf);
  if (!safeMethods.has(request.method) && !(await verifyCsrf(request, typeof existing === 'string' ? existing : null))) {
    throw data({ reason: 'csrf' }, { status: 403 });
  }

  const response = await next();
  if (csrf.fresh && csrf.used) response.headers.append('Set-Cookie', await cookies.csrf.serialize(csrf.token));
  if (user || response.headers.has('Set-Cookie')) {
    response.headers.set('Cache-Control', 'private, no-store');
  } else if (request.method === 'GET' && !response.headers.has('Cache-Control')) {
    response.headers.set('Cache-Control', 'public, max-age=60');
  }
  response.headers.append('Vary', 'Cookie');
  return response;
};
