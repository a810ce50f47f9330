import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import { updateVersioned } from '../core/versioned.ts';
import type { Tx } from '../db/types.ts';
import { actors, focusAreas, measures } from '../strategy/schema.ts';
import { caseFieldsInput, caseValues, insertCaseIntoAgenda, lockMeeting } from './agenda.ts';
import { caseActors, caseFocusAreas, caseHandlings, caseMeasures, councilCases, meetings } from './schema.ts';

const idList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((x) => x !== ''));

interface CaseLinks {
  focusAreaIds: string[];
  actorIds: string[];
  measureIds: string[];
}

async function replaceLinks(tx: Tx, caseId: string, links: CaseLinks) {
  const [known, knownActors, knownMeasures] = await Promise.all([
    links.focusAreaIds.length ? tx.select({ id: focusAreas.id }).from(focusAreas).where(inArray(focusAreas.id, links.focusAreaIds)) : [],
    links.actorIds.length ? tx.select({ id: actors.id }).from(actors).where(inArray(actors.id, links.actorIds)) : [],
    links.measureIds.length ? tx.select({ id: measures.id }).from(measures).where(inArray(measures.id, links.measureIds)) : [],
  ]);
  if (known.length !== new Set(links.focusAreaIds).size) throw invalid({ focusAreaIds: ['council.errors.unknownFocusArea'] });
  if (knownActors.length !== new Set(links.actorIds).size) throw invalid({ actorIds: ['council.errors.unknownActor'] });
  if (knownMeasures.length !== new Set(links.measureIds).size) throw invalid({ measureIds: ['council.errors.unknownMeasure'] });
  await tx.delete(caseFocusAreas).where(eq(caseFocusAreas.caseId, caseId));
  await tx.delete(caseActors).where(eq(caseActors.caseId, caseId));
  await tx.delete(caseMeasures).where(eq(caseMeasures.caseId, caseId));
  if (known.length) await tx.insert(caseFocusAreas).values(known.map((f) => ({ caseId, focusAreaId: f.id })));
  if (knownActors.length) await tx.insert(caseActors).values(knownActors.map((a) => ({ caseId, actorId: a.id })));
  if (knownMeasures.length) await tx.insert(caseMeasures).values(knownMeasures.map((m) => ({ caseId, measureId: m.id })));
}

const sortedIds = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

async function linksOf(tx: Tx, caseId: string): Promise<CaseLinks> {
  const [areas, actorRows, measureRows] = await Promise.all([
    tx.select({ id: caseFocusAreas.focusAreaId }).from(caseFocusAreas).where(eq(caseFocusAreas.caseId, caseId)),
    tx.select({ id: caseActors.actorId }).from(caseActors).where(eq(caseActors.caseId, caseId)),
    tx.select({ id: caseMeasures.measureId }).from(caseMeasures).where(eq(caseMeasures.caseId, caseId)),
  ]);
  return { focusAreaIds: sortedIds(areas), actorIds: sortedIds(actorRows), measureIds: sortedIds(measureRows) };
}

/** Edits a case paper; the version the editor saw must still be current, otherwise the edit is a conflict. */
export const updateCase = defineCommand({
  name: 'case.update',
  input: caseFieldsInput.extend({ caseId: z.uuid(), version: z.coerce.number().int(), focusAreaIds: idList, actorIds: idList, measureIds: idList }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const { caseId, version, focusAreaIds, actorIds, measureIds, ...fields } = input;
    const { before, after } = await updateVersioned(tx, councilCases, caseId, version, caseValues(fields));
    const linkedBefore = await linksOf(tx, caseId);
    const links = { focusAreaIds: [...new Set(focusAreaIds)].sort(), actorIds: [...new Set(actorIds)].sort(), measureIds: [...new Set(measureIds)].sort() };
    await replaceLinks(tx, caseId, links);
    const linkChanges = Object.fromEntries(
      (Object.keys(links) as (keyof CaseLinks)[]).filter((k) => linkedBefore[k].join() !== links[k].join()).map((k) => [k, { before: linkedBefore[k], after: links[k] }]),
    );
    audit({ action: 'update', entity: 'case', entityId: caseId, changes: { ...diffRecords(before, after), ...linkChanges } });
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
    await replaceLinks(tx, row.id, await linksOf(tx, source.id));
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

/**
 * Screens a case paper (skjerming): its content is withheld from the public under a legal ground, which
 * the archive needs recorded. The number and the fact that it is screened stay public.
 */
export const screenCase = defineCommand({
  name: 'case.screen',
  input: z
    .object({
      caseId: z.uuid(),
      version: z.coerce.number().int(),
      screened: z
        .string()
        .optional()
        .transform((v) => v === 'on' || v === 'true'),
      screeningReason: z
        .string()
        .trim()
        .max(500, { error: 'errors.tooLong' })
        .optional()
        .transform((v) => v || null),
    })
    .refine((v) => !v.screened || v.screeningReason, { path: ['screeningReason'], error: 'council.errors.screeningReasonRequired' }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const { before, after } = await updateVersioned(tx, councilCases, input.caseId, input.version, {
      screened: input.screened,
      screeningReason: input.screened ? input.screeningReason : null,
    });
    audit({ action: input.screened ? 'screen' : 'unscreen', entity: 'case', entityId: input.caseId, changes: diffRecords(before, after) });
    return after;
  },
});
