import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { termMembers } from '../council/queries.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import type { Queryable } from '../db/types.ts';
import { referenceGroupMembers } from './proposals-schema.ts';
import { councilCases, meetings } from './schema.ts';

const input = z.object({ caseId: z.uuid(), memberId: z.uuid({ error: 'council.referenceGroup.errors.member' }) });

/** Adds a member of the case's council term to the case's reference group. */
export const addReferenceMember = defineCommand({
  name: 'referenceGroup.add',
  input,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, { caseId, memberId }) {
    const [c] = await tx.select({ termId: meetings.termId }).from(councilCases).innerJoin(meetings, eq(meetings.id, councilCases.meetingId)).where(eq(councilCases.id, caseId));
    if (!c) throw new CommandFailure({ kind: 'not-found' });
    const [appointed] = await tx
      .select({ id: councilAppointments.id })
      .from(councilAppointments)
      .where(and(eq(councilAppointments.memberId, memberId), eq(councilAppointments.termId, c.termId)))
      .limit(1);
    if (!appointed) throw invalid({ memberId: ['council.referenceGroup.errors.member'] });
    const added = await tx.insert(referenceGroupMembers).values({ caseId, memberId }).onConflictDoNothing().returning();
    if (added.length === 0) throw invalid({ memberId: ['council.referenceGroup.errors.already'] });
    audit({ action: 'add', entity: 'reference-group', entityId: caseId, changes: { memberId: { before: null, after: memberId } } });
    return added[0];
  },
});

export const removeReferenceMember = defineCommand({
  name: 'referenceGroup.remove',
  input,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, { caseId, memberId }) {
    const removed = await tx
      .delete(referenceGroupMembers)
      .where(and(eq(referenceGroupMembers.caseId, caseId), eq(referenceGroupMembers.memberId, memberId)))
      .returning();
    if (removed.length === 0) throw new CommandFailure({ kind: 'not-found' });
    audit({ action: 'remove', entity: 'reference-group', entityId: caseId, changes: { memberId: { before: memberId, after: null } } });
    return removed[0];
  },
});

/** The members of a case's reference group, by name. Names of members are public on the council page. */
export async function referenceGroupOf(db: Queryable, caseId: string) {
  return db
    .select({ memberId: councilMembers.id, name: councilMembers.name, organisation: councilMembers.organisation })
    .from(referenceGroupMembers)
    .innerJoin(councilMembers, eq(councilMembers.id, referenceGroupMembers.memberId))
    .where(eq(referenceGroupMembers.caseId, caseId))
    .orderBy(asc(councilMembers.name));
}

/** The members of a term who could join a reference group, for the secretariat's form. */
/** The cases a member helps prepare, for their portal. */
export async function referenceGroupCasesOf(db: Queryable, memberId: string) {
  return db
    .select({
      id: councilCases.id,
      title: councilCases.title,
      year: councilCases.year,
      sequence: councilCases.sequence,
      meetingYear: meetings.year,
      meetingSequence: meetings.sequence,
    })
    .from(referenceGroupMembers)
    .innerJoin(councilCases, eq(councilCases.id, referenceGroupMembers.caseId))
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(eq(referenceGroupMembers.memberId, memberId))
    .orderBy(asc(meetings.year), asc(meetings.sequence), asc(councilCases.position));
}

/** The admin case page's reference-group panel: the group, and the term's members not yet in it. */
export async function referenceGroupPanel(db: Queryable, caseId: string, termId: string) {
  const [members, all] = await Promise.all([referenceGroupOf(db, caseId), termMembers(db, termId)]);
  const inGroup = new Set(members.map((m) => m.memberId));
  return { members, candidates: all.filter((m) => !inGroup.has(m.id)) };
}
