import { redirect } from 'react-router';
import { signOut } from '#server/auth/login.ts';
import { execute } from '#server/core/command.ts';
import { platformCookies } from '#server/http/cookies.ts';
import { requestInfoContext, servicesContext } from '../context.ts';
import { currentActor, sessionToken } from '../lib/access.ts';
import type { Route } from './+types/sign-out';

export async function action({ request, context }: Route.ActionArgs) {
  const services = context.get(servicesContext);
  const cookies = platformCookies(services);
  const token = await sessionToken(request, cookies);
  if (token) {
    await execute(services.db, signOut, currentActor(context), { token }, { requestId: context.get(requestInfoContext).requestId });
  }
  return redirect('/', { headers: { 'Set-Cookie': await cookies.session.serialize('', { maxAge: 0 }) } });
}

export function loader() {
  return redirect('/');
}
