import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../auth/schema.ts';
import { type Actor, systemActor } from '../core/actor.ts';
import { defineCommand, execute } from '../core/command.ts';
import type { Db, Tx } from '../db/types.ts';
import { caseAttachments, caseFocusAreas, caseNumberCounters, councilCases, councilDocuments, meetings } from '../meetings/schema.ts';
import { type CouncilDataSet, loadCouncilDataSet } from './data-set.ts';
import { councilAppointments, councilMembers, councilSectors, councilTerms, type MemberRole, secretariatStaff } from './schema.ts';

export interface CouncilSeedReport {
  terms: number;
  sectors: number;
  members: number;
  documents: number;
  meetings: number;
  cases: number;
}

const SECTORS_TERM = '2020-2024';

/**
 * Demo seats: the demo accounts sit on the 2020–2024 council as obviously fictional members. The real member
 * list is not in the sources, so in production every seat stays vacant.
 */
const DEMO_SEATS: { email: string; role: MemberRole; sectorId: string | null; organisation: string; actorId: string | null }[] = [
  { email: 'leder@ho21.example', role: 'chair', sectorId: 'uoh-sektoren', organisation: 'Demouniversitetet (demo)', actorId: 'uoh' },
  { email: 'medlem@ho21.example', role: 'member', sectorId: 'spesialisthelsetjenesten', organisation: 'Demo helseforetak HF (demo)', actorId: 'hfene' },
  { email: 'observator@ho21.example', role: 'observer', sectorId: null, organisation: 'Demodepartementet (demo)', actorId: null },
];

async function seedMeetings(tx: Tx, data: CouncilDataSet): Promise<{ meetings: number; cases: number }> {
  let caseCount = 0;
  const lastByYear = new Map<number, number>();
  for (const m of data.meetings) {
    const [meeting] = await tx
      .insert(meetings)
      .values({
        termId: m.councilTermId,
        year: m.year,
        sequence: m.sequence,
        date: m.date,
        startTime: m.startTime,
        endTime: m.endTime,
        // Faithful to the papers: the place of this meeting is not stated, so it stays unknown.
        place: m.place,
        state: 'notice-sent',
        incomplete: m.incomplete,
        note: [m.dateNote, m.placeNote].join(' '),
      })
      .returning({ id: meetings.id });
    if (!meeting) throw new Error('insert returned no row');
    for (const [index, c] of m.cases.entries()) {
      const [row] = await tx
        .insert(councilCases)
        .values({
          meetingId: meeting.id,
          position: index + 1,
          agendaRole: c.agendaRole,
          year: c.year,
          sequence: c.sequence,
          numberAsPrinted: c.caseNumberText === `Sak ${c.sequence}/${c.year}` ? null : c.caseNumberText,
          title: c.title,
          type: c.type,
          typeAsPrinted: c.typeText,
          to: c.to,
          from: c.from,
          caseOfficer: c.caseOfficer,
          previouslyHandledText: c.previouslyHandled,
          sections: c.sections,
          footnotes: c.footnotes ?? [],
          proposedDecision: c.proposedDecision,
          source: `${c.source.document}, linje ${c.source.lines}`,
          note: c.note ?? null,
        })
        .returning({ id: councilCases.id });
      if (!row) throw new Error('insert returned no row');
      if (c.focusAreaIds.length > 0) await tx.insert(caseFocusAreas).values(c.focusAreaIds.map((focusAreaId) => ({ caseId: row.id, focusAreaId })));
      if (c.attachments.length > 0) {
        await tx.insert(caseAttachments).values(
          c.attachments.map((a, i) => ({
            caseId: row.id,
            position: i + 1,
            label: a.label,
            title: a.title,
            documentId: a.documentFile ? a.id : null,
            parts: a.parts ?? [],
            note: a.note ?? null,
          })),
        );
      }
      lastByYear.set(c.year, Math.max(lastByYear.get(c.year) ?? 0, c.sequence));
      caseCount++;
    }
  }
  for (const [year, last] of lastByYear) await tx.insert(caseNumberCounters).values({ year, last });
  return { meetings: data.meetings.length, cases: caseCount };
}

const seedCouncilCommand = defineCommand({
  name: 'council.seed',
  input: z.custom<CouncilDataSet>(),
  authorize: (actor: Actor) => actor.kind === 'system',
  async run({ tx, audit }, data): Promise<CouncilSeedReport | null> {
    const [existing] = await tx.select({ id: councilTerms.id }).from(councilTerms).limit(1);
    if (existing) return null;
    const { terms, sectors, secretariat } = data.terms;
    await tx.insert(councilTerms).values(
      terms.map((t) => ({
        id: t.id,
        name: t.name,
        startDate: t.startDate,
        endDate: t.endDate,
        memberCountText: t.memberCountText,
        size: t.id === SECTORS_TERM ? sectors.reduce((sum, s) => sum + s.seats, 0) : null,
        mandate: t.mandate,
        mandateNote: t.mandateNote ?? null,
        mandateAdoptedBy: t.mandateAdopted.by,
        mandateAdoptedDate: t.mandateAdopted.date,
        appointment: t.appointment ?? null,
        notes: [...(t.periodNotes ?? []), t.membersNote],
      })),
    );
    await tx.insert(councilSectors).values(sectors.map((s, i) => ({ ...s, termId: SECTORS_TERM, position: i + 1 })));
    let memberCount = 0;
    for (const term of terms) {
      for (const m of term.members) {
        const [member] = await tx
          .insert(councilMembers)
          .values({ name: m.name, organisation: m.organisation, source: JSON.stringify(m.source) })
          .returning({ id: councilMembers.id });
        if (!member) throw new Error('insert returned no row');
        await tx.insert(councilAppointments).values({
          memberId: member.id,
          termId: term.id,
          sectorId: m.sectorId,
          role: m.role,
          startDate: /^\d{4}-\d{2}-\d{2}$/.test(m.asOf) ? m.asOf : null,
          asOfText: m.asOf,
          roleText: m.roleText,
        });
        memberCount++;
      }
    }
    await tx.insert(secretariatStaff).values(
      secretariat.map((s) => ({
        name: s.name,
        nameVariants: s.nameVariants ?? [],
        organisation: s.organisation,
        organisationInferred: s.organisationInferred,
        roleText: s.roleText,
        termId: s.term,
        note: s.note ?? null,
      })),
    );
    await tx.insert(councilDocuments).values(data.documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind, visibility: d.visibility, content: d })));
    const counts = await seedMeetings(tx, data);
    const report = { terms: terms.length, sectors: sectors.length, members: memberCount, documents: data.documents.length, ...counts };
    audit({
      action: 'seed',
      entity: 'council',
      entityId: SECTORS_TERM,
      changes: Object.fromEntries(Object.entries(report).map(([k, v]) => [k, { before: null, after: v }])),
    });
    return report;
  },
});

const seedDemoMembersCommand = defineCommand({
  name: 'council.seedDemoMembers',
  input: z.object({}),
  authorize: (actor: Actor) => actor.kind === 'system',
  async run({ tx, audit }): Promise<number> {
    const accounts = await tx
      .select({ id: users.id, email: users.email, name: users.name, linked: councilMembers.id })
      .from(users)
      .leftJoin(councilMembers, eq(councilMembers.userId, users.id))
      .where(and(eq(users.demo, true), inArray(users.email, DEMO_SEATS.map((s) => s.email))));
    let created = 0;
    for (const seat of DEMO_SEATS) {
      const account = accounts.find((a) => a.email === seat.email);
      if (!account || account.linked) continue;
      const [member] = await tx
        .insert(councilMembers)
        .values({ name: account.name, userId: account.id, organisation: seat.organisation, actorId: seat.actorId, demo: true })
        .returning({ id: councilMembers.id });
      if (!member) throw new Error('insert returned no row');
      await tx
        .insert(councilAppointments)
        .values({ memberId: member.id, termId: SECTORS_TERM, sectorId: seat.sectorId, role: seat.role, startDate: '2020-01-02', endDate: null });
      audit({ action: 'create', entity: 'councilMember', entityId: member.id, changes: { name: { before: null, after: account.name }, role: { before: null, after: seat.role } } });
      created++;
    }
    return created;
  },
});

/** Loads the council terms, sectors, named members, documents and meeting 1/2020 once; later runs leave them alone. */
export async function seedCouncil(db: Db, options: { demo: boolean } = { demo: false }, load: () => CouncilDataSet = loadCouncilDataSet) {
  // Every start runs the seed: ask the database first, so the files are read and checked only when needed.
  const [existing] = await db.select({ id: councilTerms.id }).from(councilTerms).limit(1);
  const outcome = existing ? null : await execute(db, seedCouncilCommand, systemActor('seed'), load());
  if (outcome && !outcome.ok) throw new Error(`Could not seed the council: ${outcome.kind}`);
  let demoMembers = 0;
  if (options.demo) {
    const demo = await execute(db, seedDemoMembersCommand, systemActor('seed'), {});
    if (!demo.ok) throw new Error(`Could not seed the demo members: ${demo.kind}`);
    demoMembers = demo.value;
  }
  return { council: outcome ? outcome.value : null, demoMembers };
}
