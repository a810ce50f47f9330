import { and, asc, eq, isNull, or, lt } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import type { Actor } from '../core/actor.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import { updateVersioned } from '../core/versioned.ts';
import type { Queryable, Tx } from '../db/types.ts';
import { isDisqualified } from './access.ts';
import { markAudioPurged } from './attachments.ts';
import { attendanceOf } from './attendance.ts';
import { composeMinutes } from './minutes-text.ts';
import { councilCases, followUps, impartialityAssessments, type MeetingState, meetings, minutes, minutesComments } from './schema.ts';
import { canTransition } from './workflow.ts';

function move(actor: Actor, from: MeetingState, to: MeetingState) {
  const role = actor.kind === 'system' ? 'system' : actor.kind === 'user' ? actor.role : null;
  if (!role || !canTransition(from, to, role)) throw invalid({}, ['council.errors.transition']);
}

async function meetingOf(tx: Tx, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!meeting) throw new CommandFailure({ kind: 'not-found' });
  return meeting;
}

async function minutesOf(tx: Tx, minutesId: string) {
  const [row] = await tx.select().from(minutes).where(eq(minutes.id, minutesId)).for('update');
  if (!row) throw new CommandFailure({ kind: 'not-found' });
  return row;
}

const number = (sequence: number | null, year: number | null) => (sequence != null && year != null ? `${sequence}/${year}` : null);

/** Generates the first draft of a held meeting's minutes from its attendance, decisions and impartiality records. */
export const draftMinutes = defineCommand({
  name: 'minutes.draft',
  input: z.object({ meetingId: z.uuid() }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const meeting = await meetingOf(tx, input.meetingId);
    if (meeting.state !== 'held') throw invalid({}, ['council.errors.minutesNeedHeld']);
    const [exists] = await tx.select({ id: minutes.id }).from(minutes).where(eq(minutes.meetingId, meeting.id));
    if (exists) throw invalid({}, ['council.errors.minutesExist']);
    const [agenda, { members, guests }, disqualified] = await Promise.all([
      tx.select().from(councilCases).where(eq(councilCases.meetingId, meeting.id)).orderBy(asc(councilCases.position)),
      attendanceOf(tx, meeting.id, meeting.termId),
      tx
        .select({ caseId: impartialityAssessments.caseId, name: councilMembers.name, ground: impartialityAssessments.ground })
        .from(impartialityAssessments)
        .innerJoin(councilMembers, eq(councilMembers.id, impartialityAssessments.memberId))
        .innerJoin(councilCases, eq(councilCases.id, impartialityAssessments.caseId))
        .where(and(eq(councilCases.meetingId, meeting.id), eq(impartialityAssessments.decided, 'disqualified'))),
    ]);
    const numberOf = (id: string | null) => {
      const c = agenda.find((a) => a.id === id);
      return c ? number(c.sequence, c.year) : null;
    };
    const body = composeMinutes({
      meetingNumber: `${meeting.sequence}/${meeting.year}`,
      date: meeting.date,
      place: meeting.place,
      attendance: members
        .filter((m) => m.attendance)
        .map((m) => ({ name: m.name, status: m.attendance?.status ?? 'present', from: numberOf(m.attendance?.fromCaseId ?? null), to: numberOf(m.attendance?.toCaseId ?? null) })),
      guests: guests.map((g) => ({ kind: g.kind, name: g.name, organisation: g.organisation, topic: g.topic })),
      cases: agenda.map((c) => ({
        number: number(c.sequence, c.year),
        title: c.title,
        decision: c.decision,
        screenedUnder: c.screened ? (c.screeningReason ?? 'skjermet') : null,
        disqualified: disqualified.filter((d) => d.caseId === c.id).map((d) => ({ name: d.name, ground: d.ground })),
      })),
    });
    const [row] = await tx.insert(minutes).values({ meetingId: meeting.id, body }).returning();
    if (!row) throw new Error('insert returned no row');
    audit({ action: 'draft', entity: 'minutes', entityId: row.id, changes: diffRecords(null, row) });
    return row;
  },
});

const deadline = z
  .string()
  .trim()
  .transform((v) => v || null)
  .pipe(z.iso.date({ error: 'council.errors.date' }).nullable());

export const updateMinutes = defineCommand({
  name: 'minutes.update',
  input: z.object({
    minutesId: z.uuid(),
    version: z.coerce.number().int(),
    body: z.string().trim().min(1, { error: 'errors.required' }).max(100_000, { error: 'errors.tooLong' }),
    commentDeadline: deadline.default(null),
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const current = await minutesOf(tx, input.minutesId);
    if (current.state === 'approved') throw invalid({}, ['council.errors.minutesApproved']);
    const { before, after } = await updateVersioned(tx, minutes, input.minutesId, input.version, { body: input.body, commentDeadline: input.commentDeadline });
    audit({ action: 'update', entity: 'minutes', entityId: input.minutesId, changes: diffRecords(before, after) });
    return after;
  },
});

/** Sends the draft to the members for comments with a deadline; the meeting moves to "minutes in review". */
export const sendMinutesForComments = defineCommand({
  name: 'minutes.send',
  input: z.object({ minutesId: z.uuid(), version: z.coerce.number().int(), commentDeadline: z.iso.date({ error: 'council.errors.deadlineRequired' }) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const current = await minutesOf(tx, input.minutesId);
    if (current.version !== input.version) throw new CommandFailure({ kind: 'conflict', current });
    if (current.state !== 'draft') throw invalid({}, ['council.errors.transition']);
    const meeting = await meetingOf(tx, current.meetingId);
    move(actor, meeting.state, 'minutes-in-review');
    await tx.update(meetings).set({ state: 'minutes-in-review', version: meeting.version + 1, updatedAt: new Date() }).where(eq(meetings.id, meeting.id));
    const [after] = await tx
      .update(minutes)
      .set({ state: 'in-review', commentDeadline: input.commentDeadline, version: current.version + 1, updatedAt: new Date() })
      .where(eq(minutes.id, current.id))
      .returning();
    audit({ action: 'sendForComments', entity: 'minutes', entityId: current.id, changes: { state: { before: 'draft', after: 'in-review' }, commentDeadline: { before: current.commentDeadline, after: input.commentDeadline } } });
    return after;
  },
});

/** A member's comment on draft minutes during the comment round. */
export const commentOnMinutes = defineCommand({
  name: 'minutes.comment',
  input: z.object({
    minutesId: z.uuid(),
    caseId: z
      .union([z.literal(''), z.uuid({ error: 'council.errors.commentCase' })])
      .optional()
      .transform((v) => v || null),
    text: z.string().trim().min(1, { error: 'errors.required' }).max(5000, { error: 'errors.tooLong' }),
  }),
  authorize: (actor) => can(actor, 'impartiality.declare'),
  async run({ tx, actor, audit }, input) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const current = await minutesOf(tx, input.minutesId);
    if (current.state !== 'in-review') throw invalid({}, ['council.errors.commentsClosed']);
    const [meeting] = await tx.select({ termId: meetings.termId }).from(meetings).where(eq(meetings.id, current.meetingId));
    const [member] = await tx
      .select({ id: councilMembers.id })
      .from(councilMembers)
      .innerJoin(councilAppointments, eq(councilAppointments.memberId, councilMembers.id))
      .where(and(eq(councilMembers.userId, actor.userId), eq(councilAppointments.termId, meeting?.termId ?? '')))
      .limit(1);
    if (!member) throw new CommandFailure({ kind: 'forbidden' });
    if (input.caseId) {
      const [item] = await tx.select({ meetingId: councilCases.meetingId }).from(councilCases).where(eq(councilCases.id, input.caseId));
      if (item?.meetingId !== current.meetingId) throw invalid({ caseId: ['council.errors.commentCase'] });
      // A member who left the room for an item has no say in how the minutes record it.
      if (await isDisqualified(tx, actor.userId, input.caseId)) throw invalid({ caseId: ['council.errors.commentDisqualified'] });
    }
    const [row] = await tx.insert(minutesComments).values({ minutesId: current.id, memberId: member.id, caseId: input.caseId, text: input.text }).returning();
    if (!row) throw new Error('insert returned no row');
    audit({ action: 'comment', entity: 'minutes', entityId: current.id, changes: { comment: { before: null, after: input.text }, caseId: { before: null, after: input.caseId } } });
    return row;
  },
});

/**
 * Approves the minutes at a later meeting: the decision is recorded on that meeting's item "Godkjenning av
 * referat fra forrige møte", the minutes are published and the earlier meeting's case work is closed.
 */
export const approveMinutes = defineCommand({
  name: 'minutes.approve',
  input: z.object({ minutesId: z.uuid(), atMeetingId: z.uuid({ error: 'council.errors.meeting' }) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const current = await minutesOf(tx, input.minutesId);
    if (current.state !== 'in-review') throw invalid({}, ['council.errors.transition']);
    const meeting = await meetingOf(tx, current.meetingId);
    const at = await meetingOf(tx, input.atMeetingId);
    const later = at.year > meeting.year || (at.year === meeting.year && at.sequence > meeting.sequence);
    if (!later || at.state === 'planned') throw invalid({ atMeetingId: ['council.errors.approveAtLater'] });
    move(actor, meeting.state, 'minutes-approved');
    await tx.update(meetings).set({ state: 'minutes-approved', version: meeting.version + 1, updatedAt: new Date() }).where(eq(meetings.id, meeting.id));
    const [item] = await tx
      .select()
      .from(councilCases)
      .where(and(eq(councilCases.meetingId, at.id), eq(councilCases.agendaRole, 'previous-minutes')));
    if (item && !item.decision) {
      await tx
        .update(councilCases)
        .set({ decision: `Referatet fra møte ${meeting.sequence}/${meeting.year} godkjennes.`, decidedAt: new Date(), version: item.version + 1, updatedAt: new Date() })
        .where(eq(councilCases.id, item.id));
    }
    const [after] = await tx
      .update(minutes)
      .set({ state: 'approved', approvedAtMeetingId: at.id, approvedAt: new Date(), version: current.version + 1, updatedAt: new Date() })
      .where(eq(minutes.id, current.id))
      .returning();
    audit({ action: 'approve', entity: 'minutes', entityId: current.id, changes: { state: { before: 'in-review', after: 'approved' }, approvedAtMeeting: { before: null, after: `${at.sequence}/${at.year}` } } });
    // Audio recordings of closed cases go with the approval; their bytes are deleted once this commits.
    await markAudioPurged(tx, audit, meeting.id);
    return after;
  },
});

export const addFollowUp = defineCommand({
  name: 'followUp.add',
  input: z.object({
    meetingId: z.uuid(),
    action: z.string().trim().min(1, { error: 'errors.required' }).max(1000, { error: 'errors.tooLong' }),
    owner: z
      .string()
      .trim()
      .max(200, { error: 'errors.tooLong' })
      .transform((v) => v || null),
    dueDate: deadline.default(null),
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    await meetingOf(tx, input.meetingId);
    const [row] = await tx.insert(followUps).values(input).returning();
    if (!row) throw new Error('insert returned no row');
    audit({ action: 'create', entity: 'followUp', entityId: row.id, changes: diffRecords(null, row) });
    return row;
  },
});

export const closeFollowUp = defineCommand({
  name: 'followUp.close',
  input: z.object({ followUpId: z.uuid(), version: z.coerce.number().int() }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const { before, after } = await updateVersioned(tx, followUps, input.followUpId, input.version, { closedAt: new Date() });
    audit({ action: 'close', entity: 'followUp', entityId: input.followUpId, changes: diffRecords(before, after) });
    return after;
  },
});

export async function minutesForMeeting(db: Queryable, meetingId: string) {
  const [row] = await db.select().from(minutes).where(eq(minutes.meetingId, meetingId));
  if (!row) return null;
  const comments = await db
    .select({
      id: minutesComments.id,
      text: minutesComments.text,
      name: councilMembers.name,
      memberId: councilMembers.id,
      createdAt: minutesComments.createdAt,
      caseYear: councilCases.year,
      caseSequence: councilCases.sequence,
      caseTitle: councilCases.title,
    })
    .from(minutesComments)
    .innerJoin(councilMembers, eq(councilMembers.id, minutesComments.memberId))
    .leftJoin(councilCases, eq(councilCases.id, minutesComments.caseId))
    .where(eq(minutesComments.minutesId, row.id))
    .orderBy(asc(minutesComments.createdAt));
  return { ...row, comments };
}

/** Open follow-up items from earlier meetings: the next meeting's "outstanding items from previous minutes". */
export async function outstandingBefore(db: Queryable, meeting: { year: number; sequence: number }) {
  return db
    .select({ id: followUps.id, action: followUps.action, owner: followUps.owner, dueDate: followUps.dueDate, version: followUps.version, year: meetings.year, sequence: meetings.sequence })
    .from(followUps)
    .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
    .where(and(isNull(followUps.closedAt), or(lt(meetings.year, meeting.year), and(eq(meetings.year, meeting.year), lt(meetings.sequence, meeting.sequence)))))
    .orderBy(asc(meetings.year), asc(meetings.sequence), asc(followUps.createdAt));
}

export async function followUpsOf(db: Queryable, meetingId: string) {
  return db.select().from(followUps).where(eq(followUps.meetingId, meetingId)).orderBy(asc(followUps.createdAt));
}

/** Later meetings whose notice is out, where minutes can be approved. */
export async function approvalMeetings(db: Queryable, meeting: { year: number; sequence: number }) {
  const rows = await db
    .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, state: meetings.state })
    .from(meetings)
    .orderBy(asc(meetings.year), asc(meetings.sequence));
  return rows.filter((m) => (m.year > meeting.year || (m.year === meeting.year && m.sequence > meeting.sequence)) && m.state !== 'planned');
}
