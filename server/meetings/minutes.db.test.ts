import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { councilMembers } from '../council/schema.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { createMeeting } from './agenda.ts';
import { recordAttendance } from './attendance.ts';
import { recordDecision } from './cases.ts';
import { decideImpartiality } from './impartiality.ts';
import { addFollowUp, approveMinutes, closeFollowUp, commentOnMinutes, draftMinutes, minutesForMeeting, outstandingBefore, sendMinutesForComments, updateMinutes } from './minutes.ts';
import { sendNotice, transitionMeeting } from './notice.ts';
import { councilCases, meetings } from './schema.ts';

describe('minutes from draft to approval at the next meeting', () => {
  let database: TestDatabase;
  let dataDir: string;
  const as: Record<string, Actor> = {};
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-minutes-'));
    Object.assign(as, await seedCouncilWorld(database.db));
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('drafts, reviews and approves minutes, publishes them, and carries follow-ups to the next meeting', async () => {
    const db = database.db;
    const admin = as.sekretariat as Actor;
    const config = { smtpUrl: undefined, mailFrom: 't@example.invalid', dataDir, publicUrl: 'http://ho21.test' };
    const m2 = await execute(db, createMeeting, admin, { date: '2020-06-10', startTime: '10:00', endTime: '', place: '' });
    if (!m2.ok) throw new Error(m2.kind);
    await sendNotice(db, config, admin, { meetingId: m2.value.id, version: 1 });
    expect((await execute(db, draftMinutes, admin, { meetingId: m2.value.id })).ok).toBe(false);
    await execute(db, transitionMeeting, admin, { meetingId: m2.value.id, version: 2, to: 'held' });

    const [member] = await db.select().from(councilMembers).where(eq(councilMembers.name, 'Mia Medlem (demo)'));
    const [first] = await db.select().from(councilCases).where(and(eq(councilCases.meetingId, m2.value.id), eq(councilCases.agendaRole, 'notice-approval')));
    await execute(db, recordDecision, admin, { caseId: first?.id, version: first?.version, decision: 'Innkalling og saksliste godkjennes.' });
    await execute(db, decideImpartiality, admin, { caseId: first?.id, memberId: member?.id, decided: 'disqualified', ground: 'automatic', decidedReason: 'Test' });
    await execute(db, recordAttendance, admin, { meetingId: m2.value.id, memberId: member?.id, status: 'present' });

    const draft = await execute(db, draftMinutes, admin, { meetingId: m2.value.id });
    if (!draft.ok) throw new Error(draft.kind);
    expect(draft.value.body).toContain('Til stede: Mia Medlem (demo)');
    expect(draft.value.body).toContain('Sak 13/2020 Godkjenning av innkalling og saksliste\nMia Medlem (demo) fratrådte under behandlingen av saken (automatisk inhabil).\nVedtak: Innkalling og saksliste godkjennes.');
    const edited = await execute(db, updateMinutes, admin, { minutesId: draft.value.id, version: 1, body: `${draft.value.body}\nTillegg.`, commentDeadline: '' });
    expect(edited.ok).toBe(true);
    expect(await execute(db, updateMinutes, admin, { minutesId: draft.value.id, version: 1, body: 'gammel', commentDeadline: '' })).toMatchObject({ ok: false, kind: 'conflict' });

    expect((await execute(db, commentOnMinutes, as.medlem as Actor, { minutesId: draft.value.id, text: 'For tidlig' })).ok).toBe(false);
    const sent = await execute(db, sendMinutesForComments, admin, { minutesId: draft.value.id, version: 2, commentDeadline: '2020-06-20' });
    expect(sent.ok && sent.value?.state).toBe('in-review');
    expect((await execute(db, commentOnMinutes, as.medlem as Actor, { minutesId: draft.value.id, text: 'Rett skrivefeil i sak 14.' })).ok).toBe(true);
    expect((await execute(db, commentOnMinutes, as.aktor as Actor, { minutesId: draft.value.id, text: 'Nei' })).ok).toBe(false);
    expect(await execute(db, commentOnMinutes, as.medlem as Actor, { minutesId: draft.value.id, caseId: first?.id, text: 'Om saken jeg var inhabil i' })).toMatchObject({
      ok: false,
      fieldErrors: { caseId: ['council.errors.commentDisqualified'] },
    });
    const [otherItem] = await db.select().from(councilCases).where(and(eq(councilCases.meetingId, m2.value.id), eq(councilCases.agendaRole, 'briefings')));
    expect((await execute(db, commentOnMinutes, as.medlem as Actor, { minutesId: draft.value.id, caseId: otherItem?.id, text: 'Orienteringen manglet.' })).ok).toBe(true);
    const [earlier] = await db.select().from(councilCases).where(and(eq(councilCases.year, 2020), eq(councilCases.sequence, 1)));
    expect(await execute(db, commentOnMinutes, as.medlem as Actor, { minutesId: draft.value.id, caseId: earlier?.id, text: 'Feil møte' })).toMatchObject({ ok: false, fieldErrors: { caseId: ['council.errors.commentCase'] } });

    await execute(db, addFollowUp, admin, { meetingId: m2.value.id, action: 'Sekretariatet sender innspill', owner: 'Sekretariatet', dueDate: '2020-09-01' });
    const m3 = await execute(db, createMeeting, admin, { date: '2020-09-15', startTime: '', endTime: '', place: '' });
    if (!m3.ok) throw new Error(m3.kind);
    const outstanding = await outstandingBefore(db, m3.value);
    expect(outstanding.map((o) => o.action)).toEqual(['Sekretariatet sender innspill']);

    expect(await execute(db, approveMinutes, admin, { minutesId: draft.value.id, atMeetingId: m3.value.id })).toMatchObject({ ok: false, fieldErrors: { atMeetingId: ['council.errors.approveAtLater'] } });
    await sendNotice(db, config, admin, { meetingId: m3.value.id, version: 1 });
    const approved = await execute(db, approveMinutes, admin, { minutesId: draft.value.id, atMeetingId: m3.value.id });
    expect(approved.ok && approved.value?.state).toBe('approved');
    const [after] = await db.select().from(meetings).where(eq(meetings.id, m2.value.id));
    expect(after?.state).toBe('minutes-approved');
    const [approval] = await db.select().from(councilCases).where(and(eq(councilCases.meetingId, m3.value.id), eq(councilCases.agendaRole, 'previous-minutes')));
    expect(approval?.decision).toBe('Referatet fra møte 2/2020 godkjennes.');
    const stored = await minutesForMeeting(db, m2.value.id);
    expect(stored?.comments.map((c) => [c.text, c.caseSequence])).toEqual([
      ['Rett skrivefeil i sak 14.', null],
      ['Orienteringen manglet.', otherItem?.sequence],
    ]);

    const [open] = outstanding;
    await execute(db, closeFollowUp, admin, { followUpId: open?.id, version: open?.version });
    expect(await outstandingBefore(db, m3.value)).toEqual([]);
  });
});
