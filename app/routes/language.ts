import { redirect } from 'react-router';
import { platformCookies } from '#server/http/cookies.ts';
import { safeReturnTo } from '../lib/access.ts';
import { servicesContext } from '../context.ts';
import { isLocale } from '../i18n/index.ts';
import type { Route } from './+types/language';

/** A plain link switches language (works without JavaScript): remember the choice, go back. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
  if (!isLocale(params.locale)) return redirect(returnTo);
  const cookie = await platformCookies(context.get(servicesContext)).locale.serialize(params.locale);
  return redirect(returnTo, { headers: { 'Set-Cookie': cookie, 'Cache-Control': 'no-store' } });
}
