import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { councilMembers } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import { updateVersioned } from '../core/versioned.ts';
import type { Queryable, Tx } from '../db/types.ts';
import { focusAreas } from '../strategy/schema.ts';
import { insertCaseIntoAgenda, lockMeeting } from './agenda.ts';
import { caseProposalFocusAreas, caseProposals } from './proposals-schema.ts';
import { CASE_TYPES, caseFocusAreas, councilCases, meetings } from './schema.ts';
import { fieldsToSections } from './sections.ts';

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''));

async function memberOf(tx: Queryable, userId: string) {
  const [member] = await tx.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.userId, userId));
  if (!member) throw new CommandFailure({ kind: 'forbidden' });
  return member;
}

async function lockProposal(tx: Tx, id: string) {
  const [proposal] = await tx.select().from(caseProposals).where(eq(caseProposals.id, id)).for('update');
  if (!proposal) throw new CommandFailure({ kind: 'not-found' });
  return proposal;
}

/** A proposal is handled once: after acceptance, decline or withdrawal a late form meets the current record. */
function requireSubmitted(proposal: typeof caseProposals.$inferSelect, version: number) {
  if (proposal.version !== version || proposal.state !== 'submitted') throw new CommandFailure({ kind: 'conflict', current: proposal });
}

/** A member proposes a case to the chair and the secretariat. */
export const submitProposal = defineCommand({
  name: 'proposal.submit',
  input: z.object({
    title: z.string().trim().min(1, { error: 'errors.required' }).max(300, { error: 'errors.tooLong' }),
    description: z.string().trim().min(1, { error: 'errors.required' }).max(20_000, { error: 'errors.tooLong' }),
    whyRaised: z.string().trim().max(20_000, { error: 'errors.tooLong' }).default(''),
    proposedType: z.enum(CASE_TYPES, { error: 'council.errors.type' }),
    wishedMeetingId: z
      .string()
      .optional()
      .transform((v) => (v ? v : null))
      .pipe(z.uuid({ error: 'council.errors.meeting' }).nullable()),
    focusAreaIds: idList,
  }),
  authorize: (actor) => can(actor, 'proposals.submit'),
  async run({ tx, actor, audit }, input) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const member = await memberOf(tx, actor.userId);
    if (input.wishedMeetingId) {
      const [wished] = await tx.select({ state: meetings.state }).from(meetings).where(eq(meetings.id, input.wishedMeetingId));
      if (wished?.state !== 'planned') throw invalid({ wishedMeetingId: ['council.errors.agendaClosed'] });
    }
    const areas = [...new Set(input.focusAreaIds)];
    const known = areas.length ? await tx.select({ id: focusAreas.id }).from(focusAreas).where(inArray(focusAreas.id, areas)) : [];
    if (known.length !== areas.length) throw invalid({ focusAreaIds: ['council.errors.unknownFocusArea'] });
    const { focusAreaIds, ...fields } = input;
    const [row] = await tx
      .insert(caseProposals)
      .values({ ...fields, memberId: member.id })
      .returning();
    if (!row) throw new Error('insert returned no row');
    if (areas.length) await tx.insert(caseProposalFocusAreas).values(areas.map((focusAreaId) => ({ proposalId: row.id, focusAreaId })));
    audit({ action: 'create', entity: 'case-proposal', entityId: row.id, changes: { ...diffRecords(null, row), focusAreaIds: { before: null, after: focusAreaIds } } });
    return row;
  },
});

const handleInput = z.object({ proposalId: z.uuid(), version: z.coerce.number().int() });

/** The member takes back a proposal nobody has handled yet. */
export const withdrawProposal = defineCommand({
  name: 'proposal.withdraw',
  input: handleInput,
  authorize: (actor) => can(actor, 'proposals.submit'),
  async run({ tx, actor, audit }, input) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const member = await memberOf(tx, actor.userId);
    const proposal = await lockProposal(tx, input.proposalId);
    // Someone else's proposal answers as if it did not exist.
    if (proposal.memberId !== member.id) throw new CommandFailure({ kind: 'not-found' });
    requireSubmitted(proposal, input.version);
    const { before, after } = await updateVersioned(tx, caseProposals, proposal.id, input.version, { state: 'withdrawn' });
    audit({ action: 'withdraw', entity: 'case-proposal', entityId: proposal.id, changes: diffRecords(before, after) });
    return after;
  },
});

/** The secretariat declines a proposal; the reason is required, since the member reads it. */
export const declineProposal = defineCommand({
  name: 'proposal.decline',
  input: handleInput.extend({
    reason: z.string().trim().min(1, { error: 'council.proposals.errors.reasonRequired' }).max(10_000, { error: 'errors.tooLong' }),
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const proposal = await lockProposal(tx, input.proposalId);
    requireSubmitted(proposal, input.version);
    const { before, after } = await updateVersioned(tx, caseProposals, proposal.id, input.version, {
      state: 'declined',
      declineReason: input.reason,
      handledBy: actor.kind === 'user' ? actor.userId : null,
      handledAt: new Date(),
    });
    audit({ action: 'decline', entity: 'case-proposal', entityId: proposal.id, changes: diffRecords(before, after) });
    return after;
  },
});

/**
 * The secretariat accepts a proposal into a planned meeting: the case is added to the agenda like any new
 * case (it gets its number when the notice is sent), with the proposal's title, type, text and focus areas,
 * and the proposal points to the case.
 */
export const acceptProposal = defineCommand({
  name: 'proposal.accept',
  input: handleInput.extend({ meetingId: z.uuid({ error: 'council.errors.meeting' }) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, actor, audit }, input) {
    const proposal = await lockProposal(tx, input.proposalId);
    requireSubmitted(proposal, input.version);
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.state !== 'planned') throw invalid({ meetingId: ['council.errors.agendaClosed'] });
    const row = await insertCaseIntoAgenda(tx, meeting.id, {
      title: proposal.title,
      type: proposal.proposedType,
      to: 'HO21-rådet',
      sections: fieldsToSections({ intro: '', background: proposal.description, whyRaised: proposal.whyRaised, mainPoints: '' }),
    });
    const areas = await tx.select({ focusAreaId: caseProposalFocusAreas.focusAreaId }).from(caseProposalFocusAreas).where(eq(caseProposalFocusAreas.proposalId, proposal.id));
    if (areas.length) await tx.insert(caseFocusAreas).values(areas.map((a) => ({ caseId: row.id, focusAreaId: a.focusAreaId })));
    const { before, after } = await updateVersioned(tx, caseProposals, proposal.id, input.version, {
      state: 'accepted',
      caseId: row.id,
      handledBy: actor.kind === 'user' ? actor.userId : null,
      handledAt: new Date(),
    });
    audit({ action: 'create', entity: 'case', entityId: row.id, changes: { ...diffRecords(null, row), proposalId: { before: null, after: proposal.id } } });
    audit({ action: 'accept', entity: 'case-proposal', entityId: proposal.id, changes: diffRecords(before, after) });
    return { proposal: after, case: row };
  },
});

const wished = alias(meetings, 'wished_meeting');
const caseMeeting = alias(meetings, 'case_meeting');

const proposalColumns = {
  id: caseProposals.id,
  title: caseProposals.title,
  description: caseProposals.description,
  whyRaised: caseProposals.whyRaised,
  proposedType: caseProposals.proposedType,
  state: caseProposals.state,
  declineReason: caseProposals.declineReason,
  version: caseProposals.version,
  createdAt: caseProposals.createdAt,
  memberName: councilMembers.name,
  wishedMeeting: { id: wished.id, year: wished.year, sequence: wished.sequence },
  caseId: caseProposals.caseId,
  caseYear: councilCases.year,
  caseSequence: councilCases.sequence,
  caseMeeting: { id: caseMeeting.id, year: caseMeeting.year, sequence: caseMeeting.sequence },
};

async function withFocusAreas<T extends { id: string }>(db: Queryable, rows: T[]) {
  const links = rows.length
    ? await db
        .select({ proposalId: caseProposalFocusAreas.proposalId, id: focusAreas.id, name: focusAreas.name })
        .from(caseProposalFocusAreas)
        .innerJoin(focusAreas, eq(focusAreas.id, caseProposalFocusAreas.focusAreaId))
        .where(
          inArray(
            caseProposalFocusAreas.proposalId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(focusAreas.position))
    : [];
  return rows.map((r) => ({ ...r, focusAreas: links.filter((l) => l.proposalId === r.id).map((l) => ({ id: l.id, name: l.name })) }));
}

function proposalQuery(db: Queryable) {
  return db
    .select(proposalColumns)
    .from(caseProposals)
    .innerJoin(councilMembers, eq(councilMembers.id, caseProposals.memberId))
    .leftJoin(wished, eq(wished.id, caseProposals.wishedMeetingId))
    .leftJoin(councilCases, eq(councilCases.id, caseProposals.caseId))
    .leftJoin(caseMeeting, eq(caseMeeting.id, councilCases.meetingId))
    .$dynamic();
}

/** One member's proposals, newest first. */
export async function proposalsOf(db: Queryable, memberId: string) {
  return withFocusAreas(db, await proposalQuery(db).where(eq(caseProposals.memberId, memberId)).orderBy(desc(caseProposals.createdAt)));
}

/** Every proposal for the secretariat and the chair: the ones waiting first, then the handled ones, newest first. */
export async function listProposals(db: Queryable) {
  const rows = await proposalQuery(db).orderBy(desc(caseProposals.createdAt));
  return withFocusAreas(db, [...rows.filter((r) => r.state === 'submitted'), ...rows.filter((r) => r.state !== 'submitted')]);
}

export async function submittedProposalCount(db: Queryable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(caseProposals).where(eq(caseProposals.state, 'submitted'));
  return row?.n ?? 0;
}

/** "Innmeldt av …": the member whose proposal became this case, if any. */
export async function proposerOf(db: Queryable, caseId: string): Promise<{ proposalId: string; name: string } | null> {
  const [row] = await db
    .select({ proposalId: caseProposals.id, name: councilMembers.name })
    .from(caseProposals)
    .innerJoin(councilMembers, eq(councilMembers.id, caseProposals.memberId))
    .where(and(eq(caseProposals.caseId, caseId), eq(caseProposals.state, 'accepted')));
  return row ?? null;
}

/** What the proposal form offers: the planned meetings of the member's terms and every focus area. */
export async function proposalFormOptions(db: Queryable, termIds: readonly string[]) {
  const [planned, areas] = await Promise.all([
    termIds.length
      ? db
          .select({ id: meetings.id, year: meetings.year, sequence: meetings.sequence, date: meetings.date })
          .from(meetings)
          .where(and(inArray(meetings.termId, [...termIds]), eq(meetings.state, 'planned')))
          .orderBy(asc(meetings.year), asc(meetings.sequence))
      : [],
    db.select({ id: focusAreas.id, name: focusAreas.name }).from(focusAreas).orderBy(asc(focusAreas.position)),
  ]);
  return { planned, focusAreas: areas };
}
