import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { councilMembers } from '../council/schema.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { addCase, createMeeting } from './agenda.ts';
import { caseAccess, caseAccessMany } from './access.ts';
import { updateCase } from './cases.ts';
import { declareImpartiality, decideImpartiality, impartialityForCase } from './impartiality.ts';
import { councilCases, meetings } from './schema.ts';

describe('conflict of interest', () => {
  let database: TestDatabase;
  const as: Record<string, Actor> = {};
  let caseId = '';
  let termId = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(as, await seedCouncilWorld(database.db));
    const meeting = await execute(database.db, createMeeting, as.sekretariat as Actor, { date: '2020-06-10', startTime: '', endTime: '', place: '' });
    if (!meeting.ok) throw new Error(meeting.kind);
    termId = meeting.value.termId;
    const added = await execute(database.db, addCase, as.sekretariat as Actor, { meetingId: meeting.value.id, title: 'Kliniske studier i helseforetakene', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '' });
    if (!added.ok) throw new Error(added.kind);
    caseId = added.value.id;
    await execute(database.db, updateCase, as.sekretariat as Actor, { caseId, version: 1, title: 'Kliniske studier i helseforetakene', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '', actorIds: ['hfene'] });
  });
  afterAll(() => database.close());

  it('hints a possible conflict when the member\'s organisation is among the case\'s actors', async () => {
    const rows = await impartialityForCase(database.db, caseId, termId);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.possibleConflict]));
    expect(byName).toMatchObject({ 'Mia Medlem (demo)': true, 'Rolf Rådsleder (demo)': false });
  });

  it('lets a member declare for themself, requires a reason for disqualification, and hides the draft from them', async () => {
    const member = as.medlem as Actor;
    const missing = await execute(database.db, declareImpartiality, member, { caseId, declared: 'disqualified', declaredReason: '' });
    expect(missing).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { declaredReason: ['council.errors.reasonRequired'] } });
    expect((await execute(database.db, declareImpartiality, as.aktor as Actor, { caseId, declared: 'impartial', declaredReason: '' })).ok).toBe(false);

    const [row] = await database.db.select({ c: councilCases, m: meetings }).from(councilCases).innerJoin(meetings, eq(meetings.id, councilCases.meetingId)).where(eq(councilCases.id, caseId));
    if (!row) throw new Error('no case');
    expect(await caseAccess(database.db, member, row.c, row.m)).toBe('council');
    expect(await caseAccess(database.db, { kind: 'anonymous' }, row.c, row.m)).toBe('none');

    const declared = await execute(database.db, declareImpartiality, member, { caseId, declared: 'disqualified', declaredReason: 'Min arbeidsgiver er part.' });
    expect(declared.ok).toBe(true);
    expect(await caseAccess(database.db, member, row.c, row.m)).toBe('none');
    expect(await caseAccess(database.db, as.leder as Actor, row.c, row.m)).toBe('council');
    // The meeting book asks for a whole agenda at once and must answer exactly as the single check does.
    for (const viewer of [member, as.leder as Actor, as.sekretariat as Actor, { kind: 'anonymous' } as const]) {
      expect((await caseAccessMany(database.db, viewer, [row.c], row.m)).get(row.c.id)).toBe(await caseAccess(database.db, viewer, row.c, row.m));
    }
  });

  it('records the council\'s decision with a ground, only by the secretariat, and conflicts on a stale version', async () => {
    const [member] = await database.db.select().from(councilMembers).where(eq(councilMembers.name, 'Mia Medlem (demo)'));
    const input = { caseId, memberId: member?.id, version: 1, decided: 'disqualified', ground: 'discretionary', decidedReason: 'Rådet fant henne inhabil.' };
    expect((await execute(database.db, decideImpartiality, as.leder as Actor, input)).ok).toBe(false);
    expect(await execute(database.db, decideImpartiality, as.sekretariat as Actor, { ...input, ground: '' })).toMatchObject({ ok: false, fieldErrors: { ground: ['council.errors.ground'] } });
    const decided = await execute(database.db, decideImpartiality, as.sekretariat as Actor, input);
    expect(decided.ok && decided.value).toMatchObject({ declared: 'disqualified', decided: 'disqualified', ground: 'discretionary', version: 2 });
    expect(await execute(database.db, decideImpartiality, as.sekretariat as Actor, input)).toMatchObject({ ok: false, kind: 'conflict' });
    const rows = await impartialityForCase(database.db, caseId, termId);
    expect(rows.find((r) => r.memberId === member?.id)?.assessment?.decided).toBe('disqualified');
  });
});
