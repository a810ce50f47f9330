import { data, redirect } from 'react-router';
import { beginOidcSignIn } from '#server/auth/oidc.ts';
import { servicesContext } from '../context.ts';
import { safeReturnTo } from '../lib/access.ts';
import type { Route } from './+types/oidc-start';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { db, config, logger } = context.get(servicesContext);
  if (!config.oidc) throw data({ reason: 'not-found' }, { status: 404 });
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
  try {
    const url = await beginOidcSignIn(db, config.oidc, `${config.publicUrl}/auth/oidc/callback`, returnTo);
    return redirect(url.href, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    logger.error({ err: error }, 'OIDC provider unavailable');
    return redirect('/logg-inn?oidc=failed');
  }
}
