import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Queryable } from '../db/types.ts';
import { authFlows, loginAttempts, sessions, users } from './schema.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: (typeof users.$inferSelect)['role'];
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a new session; the caller sets the returned token as the cookie (a new token on every login). */
export async function createSession(
  db: Queryable,
  userId: string,
  meta: { ttlMs: number; ip?: string | null; userAgent?: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + meta.ttlMs);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    expiresAt,
    ip: meta.ip ?? null,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt };
}

export async function findSessionUser(db: Queryable, token: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, new Date()), eq(users.active, true)))
    .limit(1);
  return row ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Expired sessions, stale sign-in attempts and abandoned OIDC flows carry no information; drop them. */
export async function pruneAuthState(db: Queryable): Promise<void> {
  const dayAgo = new Date(Date.now() - 24 * 3600_000);
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  await db.delete(loginAttempts).where(lt(loginAttempts.at, dayAgo));
  await db.delete(authFlows).where(lt(authFlows.createdAt, dayAgo));
}
