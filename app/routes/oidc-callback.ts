import { data, redirect } from 'react-router';
import { completeOidcSignIn, signInWithOidc } from '#server/auth/oidc.ts';
import { execute } from '#server/core/command.ts';
import { platformCookies } from '#server/http/cookies.ts';
import { requestInfoContext, servicesContext } from '../context.ts';
import { currentActor, safeReturnTo } from '../lib/access.ts';
import type { Route } from './+types/oidc-callback';

export async function loader({ request, context }: Route.LoaderArgs) {
  const services = context.get(servicesContext);
  const { db, config, logger } = services;
  const info = context.get(requestInfoContext);
  if (!config.oidc) throw data({ reason: 'not-found' }, { status: 404 });
  // The provider redirects to the public URL; behind a proxy the request URL may differ, so rebuild it.
  const callbackUrl = new URL(`${config.publicUrl}/auth/oidc/callback${new URL(request.url).search}`);
  let identity;
  try {
    identity = await completeOidcSignIn(db, config.oidc, callbackUrl);
  } catch (error) {
    logger.warn({ err: error }, 'OIDC sign-in failed');
    return redirect('/logg-inn?oidc=failed');
  }
  const outcome = await execute(
    db,
    signInWithOidc,
    currentActor(context),
    {
      ...identity,
      roleMap: config.oidc.roleMap,
      provider: config.oidc.name,
      ip: info.ip,
      userAgent: request.headers.get('user-agent'),
      sessionTtlMs: config.sessionTtlMs,
    },
    { requestId: info.requestId },
  );
  if (!outcome.ok || outcome.value.status !== 'signed-in') return redirect('/logg-inn?oidc=no-access');
  const cookie = await platformCookies(services).session.serialize(outcome.value.token);
  return redirect(safeReturnTo(identity.returnTo), { headers: { 'Set-Cookie': cookie } });
}
