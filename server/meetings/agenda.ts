import { and, asc, desc, eq, gte, lte, max } from 'drizzle-orm';
import { z } from 'zod';
import { can } from '../auth/policy.ts';
import { councilTerms } from '../council/schema.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { CommandFailure, invalid } from '../core/outcome.ts';
import type { Tx } from '../db/types.ts';
import { fieldsToSections } from './sections.ts';
import { type AgendaRole, CASE_TYPES, type CaseType, councilCases, DEFAULT_PLACE, meetings } from './schema.ts';

/**
 * The fixed items of every meeting, from the working form (Sak 6/2020, "Møtenes struktur"). Ordinary cases
 * go between "Status pågående saker" and "Orienteringer". Fixed items are cases and get numbers too.
 */
export const FIXED_AGENDA: { role: AgendaRole; title: string; type: CaseType | null; placement: 'before' | 'after' }[] = [
  { role: 'notice-approval', title: 'Godkjenning av innkalling og saksliste', type: 'decision', placement: 'before' },
  { role: 'impartiality', title: 'Spørsmål om habilitet', type: 'decision', placement: 'before' },
  { role: 'previous-minutes', title: 'Godkjenning av referat fra forrige møte', type: 'decision', placement: 'before' },
  { role: 'outstanding-items', title: 'Utestående fra forrige referat', type: 'information', placement: 'before' },
  { role: 'ongoing-cases', title: 'Status pågående saker', type: 'information', placement: 'before' },
  { role: 'briefings', title: 'Orienteringer', type: 'information', placement: 'after' },
  { role: 'any-other-business', title: 'Eventuelt', type: null, placement: 'after' },
  { role: 'meeting-evaluation', title: 'Evaluering av møtet', type: 'discussion', placement: 'after' },
];

const AFTER_ROLES = new Set(FIXED_AGENDA.filter((f) => f.placement === 'after').map((f) => f.role));

const optionalText = (limit: number) =>
  z
    .string()
    .trim()
    .max(limit, { error: 'errors.tooLong' })
    .optional()
    // A form that does not offer the field (the short "new case" form) leaves it empty, not invalid.
    .transform((v) => v || null);

const timeField = z
  .string()
  .trim()
  .refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: 'council.errors.time' })
  .transform((v) => (v === '' ? null : v));

export const createMeetingInput = z.object({
  date: z.iso.date({ error: 'council.errors.date' }),
  startTime: timeField,
  endTime: timeField,
  place: z
    .string()
    .trim()
    .max(200, { error: 'errors.tooLong' })
    .transform((v) => (v === '' ? DEFAULT_PLACE : v)),
});

/** The term whose period covers a date, or the latest term when none does. */
async function termFor(tx: Tx, date: string): Promise<string> {
  const [covering] = await tx
    .select({ id: councilTerms.id })
    .from(councilTerms)
    .where(and(lte(councilTerms.startDate, date), gte(councilTerms.endDate, date)))
    .orderBy(desc(councilTerms.startDate))
    .limit(1);
  if (covering) return covering.id;
  const [latest] = await tx.select({ id: councilTerms.id }).from(councilTerms).orderBy(desc(councilTerms.startDate)).limit(1);
  if (!latest) throw invalid({ date: ['council.errors.noTerm'] });
  return latest.id;
}

/** Creates "Møte n/yyyy" with the next number of its year and the fixed agenda of the working form. */
export const createMeeting = defineCommand({
  name: 'meeting.create',
  input: createMeetingInput,
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const year = Number(input.date.slice(0, 4));
    const [last] = await tx.select({ n: max(meetings.sequence) }).from(meetings).where(eq(meetings.year, year));
    const termId = await termFor(tx, input.date);
    const [meeting] = await tx
      .insert(meetings)
      .values({ termId, year, sequence: (last?.n ?? 0) + 1, date: input.date, startTime: input.startTime, endTime: input.endTime, place: input.place })
      .returning();
    if (!meeting) throw new Error('insert returned no row');
    await tx.insert(councilCases).values(
      FIXED_AGENDA.map((item, i) => ({ meetingId: meeting.id, position: i + 1, agendaRole: item.role, title: item.title, type: item.type })),
    );
    audit({ action: 'create', entity: 'meeting', entityId: meeting.id, changes: diffRecords(null, meeting) });
    return meeting;
  },
});

export async function lockMeeting(tx: Tx, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  if (!meeting) throw new CommandFailure({ kind: 'not-found' });
  return meeting;
}

/** Rewrites the positions of a meeting's agenda to 1..n in the given order. */
async function writeOrder(tx: Tx, ids: string[]) {
  for (const [i, id] of ids.entries()) await tx.update(councilCases).set({ position: i + 1 }).where(eq(councilCases.id, id));
}

async function agendaOf(tx: Tx, meetingId: string) {
  return tx
    .select({ id: councilCases.id, agendaRole: councilCases.agendaRole, position: councilCases.position })
    .from(councilCases)
    .where(eq(councilCases.meetingId, meetingId))
    .orderBy(asc(councilCases.position));
}

/** Puts a new ordinary case at the end of the ordinary cases, before the closing fixed items. */
export async function insertCaseIntoAgenda(tx: Tx, meetingId: string, values: Omit<typeof councilCases.$inferInsert, 'meetingId' | 'position'>) {
  const agenda = await agendaOf(tx, meetingId);
  const firstAfter = agenda.findIndex((a) => AFTER_ROLES.has(a.agendaRole));
  const at = firstAfter === -1 ? agenda.length : firstAfter;
  const [row] = await tx
    .insert(councilCases)
    .values({ ...values, meetingId, position: agenda.length + 1 })
    .returning();
  if (!row) throw new Error('insert returned no row');
  const ids = agenda.map((a) => a.id);
  ids.splice(at, 0, row.id);
  await writeOrder(tx, ids);
  return { ...row, position: at + 1 };
}

export const caseFieldsInput = z.object({
  title: z.string().trim().min(1, { error: 'errors.required' }).max(300, { error: 'errors.tooLong' }),
  type: z.enum([...CASE_TYPES, 'none'], { error: 'council.errors.type' }).transform((v) => (v === 'none' ? null : v)),
  to: optionalText(200),
  from: optionalText(200),
  caseOfficer: optionalText(300),
  intro: z.string().max(20_000, { error: 'errors.tooLong' }).default(''),
  background: z.string().max(20_000, { error: 'errors.tooLong' }).default(''),
  whyRaised: z.string().max(20_000, { error: 'errors.tooLong' }).default(''),
  mainPoints: z.string().max(50_000, { error: 'errors.tooLong' }).default(''),
  proposedDecision: optionalText(10_000),
});

export function caseValues(input: z.output<typeof caseFieldsInput>) {
  const { intro, background, whyRaised, mainPoints, ...rest } = input;
  return { ...rest, sections: fieldsToSections({ intro, background, whyRaised, mainPoints }) };
}

export const addCase = defineCommand({
  name: 'case.add',
  input: caseFieldsInput.extend({ meetingId: z.uuid() }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const meeting = await lockMeeting(tx, input.meetingId);
    if (meeting.state !== 'planned') throw invalid({}, ['council.errors.agendaClosed']);
    const { meetingId, ...fields } = input;
    const row = await insertCaseIntoAgenda(tx, meetingId, { ...caseValues(fields), to: fields.to ?? 'HO21-rådet' });
    audit({ action: 'create', entity: 'case', entityId: row.id, changes: diffRecords(null, row) });
    return row;
  },
});

/** Moves an ordinary case one step up or down among the ordinary cases; the fixed items stay where they are. */
export const moveCase = defineCommand({
  name: 'case.move',
  input: z.object({ caseId: z.uuid(), direction: z.enum(['up', 'down']) }),
  authorize: (actor) => can(actor, 'meetings.manage'),
  async run({ tx, audit }, input) {
    const [c] = await tx.select().from(councilCases).where(eq(councilCases.id, input.caseId));
    if (!c) throw new CommandFailure({ kind: 'not-found' });
    const meeting = await lockMeeting(tx, c.meetingId);
    if (meeting.state !== 'planned' || c.agendaRole !== 'case') throw invalid({}, ['council.errors.agendaClosed']);
    const agenda = await agendaOf(tx, c.meetingId);
    const i = agenda.findIndex((a) => a.id === c.id);
    const j = input.direction === 'up' ? i - 1 : i + 1;
    const neighbour = agenda[j];
    if (!neighbour || neighbour.agendaRole !== 'case') return c.position;
    const ids = agenda.map((a) => a.id);
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
    await writeOrder(tx, ids);
    audit({ action: 'move', entity: 'case', entityId: c.id, changes: { position: { before: i + 1, after: j + 1 } } });
    return j + 1;
  },
});
