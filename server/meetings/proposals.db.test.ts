import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { councilMembers } from '../council/schema.ts';
import { type Actor, systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { createMeeting } from './agenda.ts';
import { sendNoticeCommand } from './notice.ts';
import { acceptProposal, declineProposal, listProposals, proposalsOf, proposerOf, submitProposal, withdrawProposal } from './proposals.ts';
import { caseFocusAreas, councilCases } from './schema.ts';

describe('case proposals (innmelding)', () => {
  let database: TestDatabase;
  const as: Record<string, Actor & { kind: 'user' }> = {};
  let meetingId = '';
  let memberId = '';
  const proposal = { title: 'Rekruttering til helseforskning', description: 'Få unge søker seg til forskning.', whyRaised: 'Rådet bør gi råd om tiltak.', proposedType: 'discussion', focusAreaIds: ['okt-brukermedvirkning'] };

  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(as, await seedCouncilWorld(database.db));
    const created = await execute(database.db, createMeeting, systemActor('test'), { date: '2021-03-10', startTime: '10:00', endTime: '15:00', place: '' });
    if (!created.ok) throw new Error('no meeting');
    meetingId = created.value.id;
    const [member] = await database.db.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.userId, as.medlem!.userId));
    memberId = member?.id ?? '';
  });
  afterAll(() => database.close());

  it('lets members and the chair propose, but not observers, actors or the secretariat', async () => {
    const submitted = await execute(database.db, submitProposal, as.medlem as Actor, { ...proposal, wishedMeetingId: meetingId });
    expect(submitted).toMatchObject({ ok: true, value: { state: 'submitted', proposedType: 'discussion', wishedMeetingId: meetingId } });
    expect(await execute(database.db, submitProposal, as.leder as Actor, { ...proposal, title: 'Lederens sak', focusAreaIds: [] })).toMatchObject({ ok: true });
    for (const who of ['observator', 'aktor', 'sekretariat']) expect(await execute(database.db, submitProposal, as[who] as Actor, proposal), who).toMatchObject({ ok: false, kind: 'forbidden' });
    const mine = await proposalsOf(database.db, memberId);
    expect(mine.map((p) => [p.title, p.memberName, p.focusAreas.map((f) => f.id)])).toEqual([['Rekruttering til helseforskning', 'Mia Medlem (demo)', ['okt-brukermedvirkning']]]);
  });

  it('asks for a title, a description and a known type, and keeps field errors per field', async () => {
    const outcome = await execute(database.db, submitProposal, as.medlem as Actor, { title: ' ', description: '', proposedType: 'x', focusAreaIds: ['finnes-ikke'] });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { title: ['errors.required'], description: ['errors.required'], proposedType: ['council.errors.type'] } });
    const unknownArea = await execute(database.db, submitProposal, as.medlem as Actor, { ...proposal, focusAreaIds: ['finnes-ikke'] });
    expect(unknownArea).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { focusAreaIds: ['council.errors.unknownFocusArea'] } });
  });

  it('accepts a proposal into a planned meeting: the case lands before the closing items and both point to each other', async () => {
    const [p] = await proposalsOf(database.db, memberId);
    const accepted = await execute(database.db, acceptProposal, as.sekretariat as Actor, { proposalId: p!.id, version: p!.version, meetingId });
    expect(accepted.ok).toBe(true);
    if (!accepted.ok) return;
    const c = accepted.value.case;
    expect(c).toMatchObject({ title: 'Rekruttering til helseforskning', type: 'discussion', agendaRole: 'case', year: null, sequence: null, position: 6 });
    expect(c.sections.map((s) => s.body)).toEqual([['Få unge søker seg til forskning.'], ['Rådet bør gi råd om tiltak.']]);
    expect(accepted.value.proposal).toMatchObject({ state: 'accepted', caseId: c.id, handledBy: as.sekretariat!.userId });
    expect(await database.db.select().from(caseFocusAreas).where(eq(caseFocusAreas.caseId, c.id))).toEqual([{ caseId: c.id, focusAreaId: 'okt-brukermedvirkning' }]);
    expect(await proposerOf(database.db, c.id)).toEqual({ proposalId: p!.id, name: 'Mia Medlem (demo)' });
    const [mine] = await proposalsOf(database.db, memberId);
    expect(mine).toMatchObject({ state: 'accepted', caseId: c.id, caseMeeting: { id: meetingId, year: 2021, sequence: 1 } });
    const agenda = await database.db.select({ title: councilCases.title, position: councilCases.position }).from(councilCases).where(eq(councilCases.meetingId, meetingId));
    expect(agenda.sort((a, b) => a.position - b.position).map((a) => a.title)[5]).toBe('Rekruttering til helseforskning');
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, p!.id));
    expect(entries.map((e) => e.action)).toEqual(['create', 'accept']);

    // The number comes with the notice, as for any new case.
    expect(await execute(database.db, sendNoticeCommand, as.sekretariat as Actor, { meetingId, version: 1 })).toMatchObject({ ok: true });
    const [numbered] = await database.db.select().from(councilCases).where(eq(councilCases.id, c.id));
    expect(numbered).toMatchObject({ year: 2021, sequence: 6 });
  });

  it('gives a stale accept or decline a conflict with the current proposal instead of handling it twice', async () => {
    const [p] = await proposalsOf(database.db, memberId);
    const again = await execute(database.db, declineProposal, as.sekretariat as Actor, { proposalId: p!.id, version: 1, reason: 'For sent' });
    expect(again).toMatchObject({ ok: false, kind: 'conflict', current: { state: 'accepted', version: 2 } });
    const twice = await execute(database.db, acceptProposal, as.sekretariat as Actor, { proposalId: p!.id, version: 2, meetingId });
    expect(twice).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('declines only with a reason, which the member reads; only the secretariat may decline or accept', async () => {
    const submitted = await execute(database.db, submitProposal, as.medlem as Actor, { ...proposal, title: 'Andre sak' });
    if (!submitted.ok) throw new Error('not submitted');
    const id = submitted.value.id;
    expect(await execute(database.db, declineProposal, as.leder as Actor, { proposalId: id, version: 1, reason: 'Nei' })).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, acceptProposal, as.medlem as Actor, { proposalId: id, version: 1, meetingId })).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, declineProposal, as.sekretariat as Actor, { proposalId: id, version: 1, reason: '  ' })).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: { reason: ['council.proposals.errors.reasonRequired'] },
    });
    expect(await execute(database.db, declineProposal, as.sekretariat as Actor, { proposalId: id, version: 1, reason: 'Saken er behandlet i sak 7/2020.' })).toMatchObject({ ok: true });
    const declined = (await proposalsOf(database.db, memberId)).find((p) => p.id === id);
    expect(declined).toMatchObject({ state: 'declined', declineReason: 'Saken er behandlet i sak 7/2020.', caseId: null });
  });

  it('lets the member withdraw their own proposal while it waits, and nobody else', async () => {
    const submitted = await execute(database.db, submitProposal, as.medlem as Actor, { ...proposal, title: 'Tredje sak' });
    if (!submitted.ok) throw new Error('not submitted');
    const id = submitted.value.id;
    expect(await execute(database.db, withdrawProposal, as.leder as Actor, { proposalId: id, version: 1 })).toMatchObject({ ok: false, kind: 'not-found' });
    expect(await execute(database.db, withdrawProposal, as.medlem as Actor, { proposalId: id, version: 1 })).toMatchObject({ ok: true, value: { state: 'withdrawn', version: 2 } });
    expect(await execute(database.db, withdrawProposal, as.medlem as Actor, { proposalId: id, version: 2 })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await execute(database.db, acceptProposal, as.sekretariat as Actor, { proposalId: id, version: 2, meetingId })).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('lists the waiting proposals first for the secretariat and the chair', async () => {
    await execute(database.db, submitProposal, as.medlem as Actor, { ...proposal, title: 'Fjerde sak' });
    const all = await listProposals(database.db);
    expect(all[0]).toMatchObject({ state: 'submitted' });
    expect(all.filter((p) => p.state === 'submitted').map((p) => p.title)).toEqual(['Fjerde sak', 'Lederens sak']);
  });
});
