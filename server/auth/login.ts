import { and, desc, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import { defineCommand } from '../core/command.ts';
import { verifyPassword } from './password.ts';
import { loginAttempts } from './schema.ts';
import { createSession, deleteSession, findSessionUser, type SessionUser } from './sessions.ts';
import { findUserByEmail } from './users.ts';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * 60_000;

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().min(1, { error: 'errors.required' }).max(320, { error: 'errors.tooLong' }),
  password: z.string().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
  ip: z.string().default('unknown'),
  userAgent: z.string().nullish(),
  sessionTtlMs: z.number().positive(),
  /** The session this browser had before, ended on success so a fixed session id cannot survive login. */
  previousToken: z.string().optional(),
});

export type SignInResult =
  | { status: 'signed-in'; token: string; expiresAt: Date; user: SessionUser }
  | { status: 'wrong-credentials' }
  | { status: 'locked'; retryAfterMinutes: number };

/**
 * Password sign-in. Failures are counted per account and address; after five in fifteen minutes the
 * pair is locked until the oldest failure leaves the window, whatever password is tried.
 */
export const signIn = defineCommand({
  name: 'auth.sign-in',
  input: signInInput,
  authorize: () => true,
  async run({ tx, audit }, input): Promise<SignInResult> {
    const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
    const key = and(eq(loginAttempts.email, input.email), eq(loginAttempts.ip, input.ip), gt(loginAttempts.at, since));
    const recent = await tx
      .select({ at: loginAttempts.at, succeeded: loginAttempts.succeeded })
      .from(loginAttempts)
      .where(key)
      .orderBy(desc(loginAttempts.at));
    const lastSuccess = recent.findIndex((a) => a.succeeded);
    const failures = (lastSuccess === -1 ? recent : recent.slice(0, lastSuccess)).filter((a) => !a.succeeded);
    if (failures.length >= LOCKOUT_FAILURES) {
      const oldest = failures[LOCKOUT_FAILURES - 1]!.at;
      const retryAfterMinutes = Math.max(1, Math.ceil((oldest.getTime() + LOCKOUT_WINDOW_MS - Date.now()) / 60_000));
      return { status: 'locked', retryAfterMinutes };
    }

    const user = await findUserByEmail(tx, input.email);
    const ok = !!user?.active && !!user.passwordHash && (await verifyPassword(user.passwordHash, input.password));
    await tx.insert(loginAttempts).values({ email: input.email, ip: input.ip, succeeded: ok });
    if (!ok || !user) {
      if (failures.length + 1 === LOCKOUT_FAILURES) {
        audit({ action: 'lockout', entity: 'user', entityId: user?.id ?? input.email, changes: { ip: { before: null, after: input.ip } } });
      }
      return { status: 'wrong-credentials' };
    }
    if (input.previousToken) await deleteSession(tx, input.previousToken);
    const session = await createSession(tx, user.id, { ttlMs: input.sessionTtlMs, ip: input.ip, userAgent: input.userAgent });
    audit({ action: 'sign-in', entity: 'user', entityId: user.id, changes: { ip: { before: null, after: input.ip } } });
    return {
      status: 'signed-in',
      ...session,
      user: { id: user.id, email: user.email, name: user.name, role: user.role },
    };
  },
});

export const signOut = defineCommand({
  name: 'auth.sign-out',
  input: z.object({ token: z.string().min(1) }),
  authorize: () => true,
  async run({ tx, audit }, input) {
    const user = await findSessionUser(tx, input.token);
    await deleteSession(tx, input.token);
    if (user) audit({ action: 'sign-out', entity: 'user', entityId: user.id, changes: {} });
  },
});
