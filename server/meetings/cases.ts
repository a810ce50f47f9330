import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import { updateVersioned } from '../core/versioned.ts';
import type { Tx } from '../db/types.ts';
import { actors, focusAreas } from '../strategy/schema.ts';
import { caseFieldsInput, caseValues, insertCaseIntoAgenda, lockMeeting } from './agenda.ts';
import { caseActors, caseFocusAreas, caseHandlings, councilCases, meetings } from './schema.ts';

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''));

async function replaceLinks(tx: Tx, caseId: string, focusAreaIds: string[], actorIds: string[]) {
  const known = focusAreaIds.length ? await tx.select({ id: focusAreas.id }).from(focusAreas).where(inArray(focusAreas.id, focusAreaIds)) : [];
  if (known.length !== new Set(focusAreaIds).size) throw invalid({ focusAreaIds: ['council.errors.unknownFocusArea'] });
  const knownActors = actorIds.length ? await tx.select({ id: actors.id }).from(actors).where(inArray(actors.id, actorIds)) : [];
  if (knownActors.length !== new Set(actorIds).size) throw invalid({ actorIds: ['council.errors.unknownActor'] });
  await tx.delete(caseFocusAreas).where(eq(caseFocusAreas.caseId, caseId));
  await tx.delete(caseActors).where(eq(caseActors.caseId, caseId));
  if (known.length) await tx.insert(caseFocusAreas).values(known.map((f) => ({ caseId, focusAreaId: f.id })));
  if (knownActors.length) await tx.insert(caseActors).values(knownActors.map((a) => ({ caseId, actorId: a.id })));
}

/** Edits a case paper; the version the editor saw must still be current, otherwise the edit is a conflict. */
export const updateCase = defineCommand({
  name: 'case.update',
  input: caseFieldsInput.extend({ caseId: z.uuid(), version: z.coerce.number().int(), focusAreaIds: idList, actorIds: idList }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const { caseId, version, focusAreaIds, actorIds, ...fields } = input;
    const { before, after } = await updateVersioned(tx, councilCases, caseId, version, caseValues(fields));
    await replaceLinks(tx, caseId, focusAreaIds, actorIds);
    audit({
      action: 'update',
      entity: 'case',
      entityId: caseId,
      changes: { ...diffRecords(before, after), focusAreaIds: { before: null, after: focusAreaIds }, actorIds: { before: null, after: actorIds } },
    });
    return after;
  },
});

/**
 * "Bring forward as a decision case": a matter discussed at one meeting is decided at a later one. The new
 * handling copies the paper, becomes a decision case, and both handlings point to each other.
 */
export const bringForward = defineCommand({
  name: 'case.bringForward',
  input: z.object({ caseId: z.uuid(), meetingId: z.uuid({ error: 'council.errors.meeting' }) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const [source] = await tx.select().from(councilCases).where(eq(councilCases.id, input.caseId));
    if (!source) throw new CommandFailure({ kind: 'not-found' });
    if (source.agendaRole !== 'case') throw invalid({}, ['council.errors.notOrdinaryCase']);
    const target = await lockMeeting(tx, input.meetingId);
    if (target.state !== 'planned') throw invalid({ meetingId: ['council.errors.agendaClosed'] });
    if (target.id === source.meetingId) throw invalid({ meetingId: ['council.errors.sameMeeting'] });
    const [from] = await tx.select({ year: meetings.year, sequence: meetings.sequence }).from(meetings).where(eq(meetings.id, source.meetingId));
    const row = await insertCaseIntoAgenda(tx, target.id, {
      title: source.title,
      type: 'decision',
      to: source.to,
      from: source.from,
      caseOfficer: source.caseOfficer,
      sections: source.sections,
      proposedDecision: source.proposedDecision,
    });
    await tx.insert(caseHandlings).values({ caseId: row.id, previousCaseId: source.id });
    const [areas, caseActorRows] = await Promise.all([
      tx.select().from(caseFocusAreas).where(eq(caseFocusAreas.caseId, source.id)),
      tx.select().from(caseActors).where(eq(caseActors.caseId, source.id)),
    ]);
    if (areas.length) await tx.insert(caseFocusAreas).values(areas.map((a) => ({ caseId: row.id, focusAreaId: a.focusAreaId })));
    if (caseActorRows.length) await tx.insert(caseActors).values(caseActorRows.map((a) => ({ caseId: row.id, actorId: a.actorId })));
    audit({
      action: 'bringForward',
      entity: 'case',
      entityId: row.id,
      changes: { previousCaseId: { before: null, after: source.id }, fromMeeting: { before: null, after: from ? `${from.sequence}/${from.year}` : null } },
    });
    return row;
  },
});

/** Records the council's decision on a case after the meeting; every handled case ends with one, even "Intet". */
export const recordDecision = defineCommand({
  name: 'case.decide',
  input: z.object({
    caseId: z.uuid(),
    version: z.coerce.number().int(),
    decision: z.string().trim().min(1, { error: 'council.errors.decisionRequired' }).max(10_000, { error: 'errors.tooLong' }),
  }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const [c] = await tx
      .select({ state: meetings.state })
      .from(councilCases)
      .innerJoin(meetings, eq(meetings.id, councilCases.meetingId))
      .where(and(eq(councilCases.id, input.caseId)));
    if (!c) throw new CommandFailure({ kind: 'not-found' });
    if (c.state === 'planned') throw invalid({ decision: ['council.errors.notHeldYet'] });
    const { before, after } = await updateVersioned(tx, councilCases, input.caseId, input.version, { decision: input.decision, decidedAt: new Date() });
    audit({ action: 'decide', entity: 'case', entityId: input.caseId, changes: diffRecords(before, after) });
    return after;
  },
});
