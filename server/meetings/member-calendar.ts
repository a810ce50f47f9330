import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { users } from '../auth/schema.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { CommandFailure } from '../core/outcome.ts';
import type { Queryable, Tx } from '../db/types.ts';
import { meetingsCalendar } from './ical.ts';
import { calendarLinks } from './proposals-schema.ts';
import { meetings } from './schema.ts';

/** The token has 256 random bits, written as 43 base64url characters. */
export const CALENDAR_TOKEN = /^[A-Za-z0-9_-]{43}$/;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

async function memberOf(tx: Tx, userId: string) {
  const [member] = await tx.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.userId, userId));
  if (!member) throw new CommandFailure({ kind: 'forbidden' });
  return member;
}

/**
 * Makes a new secret calendar address for the signed-in member and returns its token, the only time it is
 * ever seen: the database keeps its hash. The old address stops working at once. The audit entry records
 * that a link was made, never the token or its hash.
 */
export const createCalendarLink = defineCommand({
  name: 'calendarLink.create',
  input: z.object({}),
  authorize: (actor) => can(actor, 'meetings.readCouncil'),
  async run({ tx, actor, audit }) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const member = await memberOf(tx, actor.userId);
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hashToken(token);
    const replaced = await tx.delete(calendarLinks).where(eq(calendarLinks.memberId, member.id)).returning({ memberId: calendarLinks.memberId });
    await tx.insert(calendarLinks).values({ memberId: member.id, tokenHash });
    audit({ action: replaced.length ? 'replace' : 'create', entity: 'calendar-link', entityId: member.id, changes: { token: { before: replaced.length ? '[secret]' : null, after: '[secret]' } } });
    return { token };
  },
});

/** Turns the member's calendar address off; calendar apps then get 404. */
export const revokeCalendarLink = defineCommand({
  name: 'calendarLink.revoke',
  input: z.object({}),
  authorize: (actor) => can(actor, 'meetings.readCouncil'),
  async run({ tx, actor, audit }) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const member = await memberOf(tx, actor.userId);
    const removed = await tx.delete(calendarLinks).where(eq(calendarLinks.memberId, member.id)).returning({ memberId: calendarLinks.memberId });
    if (removed.length) audit({ action: 'revoke', entity: 'calendar-link', entityId: member.id, changes: { token: { before: '[secret]', after: null } } });
    return { revoked: removed.length > 0 };
  },
});

/** When the member made their current calendar address, or null when they have none. */
export async function calendarLinkCreatedAt(db: Queryable, memberId: string): Promise<Date | null> {
  const [row] = await db.select({ createdAt: calendarLinks.createdAt }).from(calendarLinks).where(eq(calendarLinks.memberId, memberId));
  return row?.createdAt ?? null;
}

/** The member a calendar token belongs to; null for an unknown or revoked token, or a deactivated account. */
export async function memberForCalendarToken(db: Queryable, token: string): Promise<{ id: string; name: string } | null> {
  if (!CALENDAR_TOKEN.test(token)) return null;
  const [row] = await db
    .select({ id: councilMembers.id, name: councilMembers.name })
    .from(calendarLinks)
    .innerJoin(councilMembers, eq(councilMembers.id, calendarLinks.memberId))
    .innerJoin(users, eq(users.id, councilMembers.userId))
    .where(and(eq(calendarLinks.tokenHash, hashToken(token)), eq(users.active, true)));
  return row ?? null;
}

/**
 * A member's own calendar: every meeting of the terms they sit on, each linking to their meeting book. It
 * holds meetings only, nothing about their cases or conflicts of interest, since a feed URL travels to
 * calendar services outside ho21.
 */
export async function memberCalendar(db: Queryable, memberId: string, publicUrl: string, name: string): Promise<string> {
  const terms = await db.selectDistinct({ termId: councilAppointments.termId }).from(councilAppointments).where(eq(councilAppointments.memberId, memberId));
  const rows = terms.length
    ? await db
        .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, date: meetings.date, startTime: meetings.startTime, endTime: meetings.endTime, place: meetings.place, state: meetings.state })
        .from(meetings)
        .where(
          inArray(
            meetings.termId,
            terms.map((t) => t.termId),
          ),
        )
        .orderBy(asc(meetings.year), asc(meetings.sequence))
    : [];
  return meetingsCalendar(rows, publicUrl, name, (m) => `/min-side/moter/${m.year}/${m.sequence}`);
}
