import { data, redirect, type RouterContextProvider } from 'react-router';
import { can, type Permission } from '#server/auth/policy.ts';
import type { SessionUser } from '#server/auth/sessions.ts';
import type { Actor } from '#server/core/actor.ts';
import type { platformCookies } from '#server/http/cookies.ts';
import { userContext } from '../context.ts';

export function actorOf(user: SessionUser | null): Actor {
  return user ? { kind: 'user', userId: user.id, role: user.role, name: user.name } : { kind: 'anonymous' };
}

export function currentActor(context: Readonly<RouterContextProvider>): Actor {
  return actorOf(context.get(userContext));
}

/** Sends anonymous visitors to the sign-in page and back here afterwards. */
export function requireUser(context: Readonly<RouterContextProvider>, request: Request): SessionUser {
  const user = context.get(userContext);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/logg-inn?returnTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** A signed-in user without the permission gets 403; an anonymous one is asked to sign in first. */
export function requirePermission(context: Readonly<RouterContextProvider>, request: Request, permission: Permission): Actor {
  const actor = actorOf(requireUser(context, request));
  if (!can(actor, permission)) throw data({ reason: 'forbidden' }, { status: 403 });
  return actor;
}

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';
}

/** The session token this request carries, if any. */
export async function sessionToken(request: Request, cookies: ReturnType<typeof platformCookies>): Promise<string | undefined> {
  const token: unknown = await cookies.session.parse(request.headers.get('Cookie'));
  return typeof token === 'string' && token ? token : undefined;
}
