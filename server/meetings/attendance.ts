import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import type { Queryable } from '../db/types.ts';
import { ATTENDANCE_STATUSES, councilCases, GUEST_KINDS, meetingAttendance, meetingGuests, meetings } from './schema.ts';

const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .pipe(z.uuid().nullable());

/** Records whether a member was present, absent or there for part of the meeting (from one item to another). */
export const recordAttendance = defineCommand({
  name: 'meeting.attendance',
  input: z
    .object({
      meetingId: z.uuid(),
      memberId: z.uuid(),
      status: z.enum(ATTENDANCE_STATUSES, { error: 'council.errors.attendance' }),
      fromCaseId: optionalId.default(null),
      toCaseId: optionalId.default(null),
    })
    .refine((v) => v.status !== 'part' || v.fromCaseId || v.toCaseId, { error: 'council.errors.partNeedsItems', path: ['fromCaseId'] }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new CommandFailure({ kind: 'not-found' });
    if (meeting.state === 'planned') throw invalid({}, ['council.errors.notHeldYet']);
    const items = [input.fromCaseId, input.toCaseId].filter((v): v is string => v !== null);
    if (items.length) {
      const found = await tx.select({ id: councilCases.id }).from(councilCases).where(and(eq(councilCases.meetingId, meeting.id), inArray(councilCases.id, items)));
      if (found.length !== new Set(items).size) throw invalid({ fromCaseId: ['council.errors.partNeedsItems'] });
    }
    const values = input.status === 'part' ? input : { ...input, fromCaseId: null, toCaseId: null };
    const [before] = await tx
      .select()
      .from(meetingAttendance)
      .where(and(eq(meetingAttendance.meetingId, meeting.id), eq(meetingAttendance.memberId, input.memberId)));
    await tx
      .insert(meetingAttendance)
      .values(values)
      .onConflictDoUpdate({
        target: [meetingAttendance.meetingId, meetingAttendance.memberId],
        set: { status: values.status, fromCaseId: values.fromCaseId, toCaseId: values.toCaseId, version: (before?.version ?? 0) + 1 },
      });
    audit({
      action: 'attendance',
      entity: 'meeting',
      entityId: meeting.id,
      changes: { [`attendance.${input.memberId}`]: { before: before?.status ?? null, after: values.status } },
    });
    return values;
  },
});

export const addGuest = defineCommand({
  name: 'meeting.addGuest',
  input: z.object({
    meetingId: z.uuid(),
    kind: z.enum(GUEST_KINDS, { error: 'council.errors.guestKind' }),
    name: z.string().trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
    organisation: z
      .string()
      .trim()
      .max(200, { error: 'errors.tooLong' })
      .transform((v) => v || null),
    topic: z
      .string()
      .trim()
      .max(500, { error: 'errors.tooLong' })
      .transform((v) => v || null),
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const [meeting] = await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, input.meetingId));
    if (!meeting) throw new CommandFailure({ kind: 'not-found' });
    const [row] = await tx
      .insert(meetingGuests)
      .values({ ...input, createdBy: actor.kind === 'user' ? actor.userId : null })
      .returning();
    if (!row) throw new Error('insert returned no row');
    audit({ action: 'addGuest', entity: 'meeting', entityId: meeting.id, changes: { guest: { before: null, after: `${row.kind}: ${row.name}` } } });
    return row;
  },
});

/** The members of a meeting's term with their attendance, in role and name order. */
export async function attendanceOf(db: Queryable, meetingId: string, termId: string) {
  const [members, rows, guests] = await Promise.all([
    db
      .selectDistinct({ memberId: councilMembers.id, name: councilMembers.name, organisation: councilMembers.organisation, role: councilAppointments.role })
      .from(councilAppointments)
      .innerJoin(councilMembers, eq(councilMembers.id, councilAppointments.memberId))
      .where(eq(councilAppointments.termId, termId))
      .orderBy(asc(councilAppointments.role), asc(councilMembers.name)),
    db.select().from(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId)),
    db.select().from(meetingGuests).where(eq(meetingGuests.meetingId, meetingId)).orderBy(asc(meetingGuests.kind), asc(meetingGuests.name)),
  ]);
  return {
    members: members.map((m) => ({ ...m, attendance: rows.find((r) => r.memberId === m.memberId) ?? null })),
    guests,
  };
}
