import { and, asc, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { termMembers } from '../council/queries.ts';
import { councilAppointments, councilMembers } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import type { Queryable, Tx } from '../db/types.ts';
import { measureActors } from '../strategy/schema.ts';
import { caseActors, caseMeasures, councilCases, DISQUALIFICATION_GROUNDS, IMPARTIALITY_STATUSES, impartialityAssessments, meetings } from './schema.ts';

const reason = z
  .string()
  .trim()
  .max(2000, { error: 'errors.tooLong' })
  .transform((v) => v || null);

async function caseInTerm(tx: Tx, caseId: string) {
  const [row] = await tx
    .select({ id: councilCases.id, termId: meetings.termId, state: meetings.state })
    .from(councilCases)
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(eq(councilCases.id, caseId));
  if (!row) throw new CommandFailure({ kind: 'not-found' });
  return row;
}

async function existing(tx: Tx, caseId: string, memberId: string) {
  const [row] = await tx
    .select()
    .from(impartialityAssessments)
    .where(and(eq(impartialityAssessments.caseId, caseId), eq(impartialityAssessments.memberId, memberId)))
    .for('update');
  return row ?? null;
}

/** A member's own declaration for a case, made in the portal before the meeting. */
export const declareImpartiality = defineCommand({
  name: 'impartiality.declare',
  input: z
    .object({ caseId: z.uuid(), declared: z.enum(IMPARTIALITY_STATUSES, { error: 'council.errors.impartiality' }), declaredReason: reason })
    .refine((v) => v.declared !== 'disqualified' || v.declaredReason, { error: 'council.errors.reasonRequired', path: ['declaredReason'] }),
  authorize: (actor) => can(actor, 'impartiality.declare'),
  async run({ tx, actor, audit }, input) {
    if (actor.kind !== 'user') throw new CommandFailure({ kind: 'forbidden' });
    const c = await caseInTerm(tx, input.caseId);
    const [member] = await tx
      .select({ id: councilMembers.id })
      .from(councilMembers)
      .innerJoin(councilAppointments, eq(councilAppointments.memberId, councilMembers.id))
      .where(and(eq(councilMembers.userId, actor.userId), eq(councilAppointments.termId, c.termId)))
      .limit(1);
    if (!member) throw new CommandFailure({ kind: 'forbidden' });
    const before = await existing(tx, input.caseId, member.id);
    const values = { declared: input.declared, declaredReason: input.declaredReason, declaredAt: new Date() };
    const [after] = before
      ? await tx
          .update(impartialityAssessments)
          .set({ ...values, version: before.version + 1, updatedAt: new Date() })
          .where(eq(impartialityAssessments.id, before.id))
          .returning()
      : await tx.insert(impartialityAssessments).values({ caseId: input.caseId, memberId: member.id, ...values }).returning();
    if (!after) throw new Error('write returned no row');
    audit({ action: 'declare', entity: 'impartiality', entityId: after.id, changes: diffRecords(before, after, ['version', 'updatedAt', 'declaredAt']) });
    return after;
  },
});

/** The council's decision on a member's impartiality, recorded by the secretariat at the meeting. */
export const decideImpartiality = defineCommand({
  name: 'impartiality.decide',
  input: z
    .object({
      caseId: z.uuid(),
      memberId: z.uuid(),
      version: z.coerce.number().int().default(0),
      decided: z.enum(IMPARTIALITY_STATUSES, { error: 'council.errors.impartiality' }),
      ground: z
        .string()
        .transform((v) => v || null)
        .pipe(z.enum(DISQUALIFICATION_GROUNDS, { error: 'council.errors.ground' }).nullable())
        .default(null),
      decidedReason: reason.default(null),
    })
    .refine((v) => (v.decided === 'disqualified') === (v.ground !== null), { error: 'council.errors.ground', path: ['ground'] }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    await caseInTerm(tx, input.caseId);
    const before = await existing(tx, input.caseId, input.memberId);
    if (before && before.version !== input.version) throw new CommandFailure({ kind: 'conflict', current: before });
    const values = { decided: input.decided, ground: input.ground, decidedReason: input.decidedReason, decidedAt: new Date() };
    const [after] = before
      ? await tx
          .update(impartialityAssessments)
          .set({ ...values, version: before.version + 1, updatedAt: new Date() })
          .where(eq(impartialityAssessments.id, before.id))
          .returning()
      : await tx.insert(impartialityAssessments).values({ caseId: input.caseId, memberId: input.memberId, ...values }).returning();
    if (!after) throw invalid({}, ['council.errors.impartiality']);
    audit({ action: 'decide', entity: 'impartiality', entityId: after.id, changes: diffRecords(before, after, ['version', 'updatedAt', 'decidedAt']) });
    return after;
  },
});

/**
 * Cases where a member's organisation is among the case's actors or the actors of its linked measures:
 * a possible conflict of interest, shown to the member and the secretariat before the meeting.
 */
export async function possibleConflicts(db: Queryable, caseIds: readonly string[], actorIds: readonly string[]): Promise<Set<string>> {
  if (caseIds.length === 0 || actorIds.length === 0) return new Set();
  const [direct, viaMeasures] = await Promise.all([
    db
      .select({ caseId: caseActors.caseId, actorId: caseActors.actorId })
      .from(caseActors)
      .where(and(inArray(caseActors.caseId, [...caseIds]), inArray(caseActors.actorId, [...actorIds]))),
    db
      .select({ caseId: caseMeasures.caseId, actorId: measureActors.actorId })
      .from(caseMeasures)
      .innerJoin(measureActors, eq(measureActors.measureId, caseMeasures.measureId))
      .where(and(inArray(caseMeasures.caseId, [...caseIds]), inArray(measureActors.actorId, [...actorIds]))),
  ]);
  return new Set([...direct, ...viaMeasures].map((r) => `${r.caseId}:${r.actorId}`));
}

/** Every member of the case's term with their declaration, the council's decision and the conflict hint. */
export async function impartialityForCase(db: Queryable, caseId: string, termId: string) {
  const [term, rows] = await Promise.all([termMembers(db, termId), db.select().from(impartialityAssessments).where(eq(impartialityAssessments.caseId, caseId))]);
  const members = term.map(({ id, ...m }) => ({ memberId: id, ...m }));
  const hints = await possibleConflicts(db, [caseId], members.map((m) => m.actorId).filter((a): a is string => a !== null));
  return members.map((m) => ({
    ...m,
    assessment: rows.find((r) => r.memberId === m.memberId) ?? null,
    possibleConflict: m.actorId !== null && hints.has(`${caseId}:${m.actorId}`),
  }));
}

/** The member's declarations on every case they have declared for, newest meeting first. */
export async function declarationsOf(db: Queryable, memberId: string) {
  return db
    .select({
      caseId: councilCases.id,
      year: councilCases.year,
      sequence: councilCases.sequence,
      title: councilCases.title,
      meetingYear: meetings.year,
      meetingSequence: meetings.sequence,
      declared: impartialityAssessments.declared,
      declaredReason: impartialityAssessments.declaredReason,
      decided: impartialityAssessments.decided,
      ground: impartialityAssessments.ground,
    })
    .from(impartialityAssessments)
    .innerJoin(councilCases, eq(councilCases.id, impartialityAssessments.caseId))
    .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
    .where(eq(impartialityAssessments.memberId, memberId))
    .orderBy(asc(meetings.year), asc(meetings.sequence), asc(councilCases.position));
}
