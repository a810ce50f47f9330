import * as client from 'openid-client';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ROLES, type Config, type Role } from '../config/env.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import type { Queryable } from '../db/types.ts';
import { authFlows, users } from './schema.ts';
import { createSession } from './sessions.ts';
import { findUserByEmail } from './users.ts';

type OidcConfig = NonNullable<Config['oidc']>;

const discovered = new Map<string, Promise<client.Configuration>>();

/** Provider metadata is fetched once per process; it is configuration, not user state. */
function configuration(oidc: OidcConfig): Promise<client.Configuration> {
  let config = discovered.get(oidc.issuer);
  if (!config) {
    const issuer = new URL(oidc.issuer);
    // Plain http only for a provider on this machine (the test and development mock).
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1'].includes(issuer.hostname);
    config = client.discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, local ? { execute: [client.allowInsecureRequests] } : undefined);
    config.catch(() => discovered.delete(oidc.issuer));
    discovered.set(oidc.issuer, config);
  }
  return config;
}

/**
 * Maps an e-mail address to a role by `OIDC_ROLE_MAP`, e.g. `admin:ada@fhi.no,member:*@example.org`:
 * exact addresses win over `*@domain` patterns; an address that matches nothing gets no access.
 */
export function roleForEmail(roleMap: string, email: string): Role | null {
  const address = email.toLowerCase();
  let domainMatch: Role | null = null;
  for (const entry of roleMap.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [role, pattern] = entry.split(':').map((s) => s.trim().toLowerCase());
    if (!role || !pattern || !(ROLES as readonly string[]).includes(role)) continue;
    if (pattern === address) return role as Role;
    if (pattern.startsWith('*@') && address.endsWith(pattern.slice(1))) domainMatch ??= role as Role;
  }
  return domainMatch;
}

/** Starts an authorisation-code flow with PKCE; state, verifier and nonce are kept in the database. */
export async function beginOidcSignIn(db: Queryable, oidc: OidcConfig, redirectUri: string, returnTo: string): Promise<URL> {
  const config = await configuration(oidc);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  await db.insert(authFlows).values({ state, codeVerifier, nonce, returnTo });
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
}

/** Exchanges the code and returns who the provider says signed in, or throws if anything does not check out. */
export async function completeOidcSignIn(db: Queryable, oidc: OidcConfig, callbackUrl: URL) {
  const state = callbackUrl.searchParams.get('state') ?? '';
  const [flow] = await db.delete(authFlows).where(eq(authFlows.state, state)).returning();
  if (!flow) throw new Error('unknown or used OIDC state');
  const config = await configuration(oidc);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('no ID token');
  let email = typeof claims.email === 'string' ? claims.email : undefined;
  let name = typeof claims.name === 'string' ? claims.name : undefined;
  if (!email) {
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
    email = info.email;
    name ??= info.name;
  }
  if (!email) throw new Error('the provider gave no e-mail address');
  return { email: email.toLowerCase(), name: name ?? email, returnTo: flow.returnTo };
}

export const oidcSignInInput = z.object({
  email: z.email(),
  name: z.string().min(1).max(200),
  roleMap: z.string(),
  provider: z.string(),
  ip: z.string(),
  userAgent: z.string().nullish(),
  sessionTtlMs: z.number().positive(),
});

/** Signs in the person the provider vouched for: a known user, or a new one whose address the role map names. */
export const signInWithOidc = defineCommand({
  name: 'auth.sign-in-oidc',
  input: oidcSignInInput,
  authorize: () => true,
  async run({ tx, audit }, input) {
    let user = await findUserByEmail(tx, input.email);
    if (!user) {
      const role = roleForEmail(input.roleMap, input.email);
      if (!role) return { status: 'no-access' as const };
      const [created] = await tx.insert(users).values({ email: input.email, name: input.name, role }).returning();
      if (!created) throw new Error('insert returned no row');
      user = created;
      audit({ action: 'create', entity: 'user', entityId: user.id, changes: diffRecords(null, user) });
    }
    if (!user.active) return { status: 'no-access' as const };
    const session = await createSession(tx, user.id, { ttlMs: input.sessionTtlMs, ip: input.ip, userAgent: input.userAgent });
    audit({ action: 'sign-in', entity: 'user', entityId: user.id, changes: { provider: { before: null, after: input.provider } } });
    return { status: 'signed-in' as const, token: session.token };
  },
});
