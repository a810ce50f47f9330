import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { users } from '../auth/schema.ts';
import { councilMembers } from '../council/schema.ts';
import { seedCouncil } from '../council/seed.ts';
import { type Actor, systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { seedDemoUsers } from '../seed/demo-users.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { calendarLinks } from './proposals-schema.ts';
import { createCalendarLink, memberCalendar, memberForCalendarToken, revokeCalendarLink } from './member-calendar.ts';
import { addCase, createMeeting } from './agenda.ts';
import { termMembers } from '../council/queries.ts';
import { addReferenceMember, referenceGroupCasesOf, referenceGroupOf, removeReferenceMember } from './reference-groups.ts';

describe('reference groups and personal calendars', () => {
  let database: TestDatabase;
  const as: Record<string, Actor & { kind: 'user' }> = {};
  const memberIds: Record<string, string> = {};
  let caseId = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    await seedDemoUsers(database.db);
    await seedCouncil(database.db, { demo: true });
    for (const u of await database.db.select().from(users)) {
      const key = u.email.split('@')[0] ?? '';
      as[key] = { kind: 'user', userId: u.id, role: u.role, name: u.name };
      const [m] = await database.db.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.userId, u.id));
      if (m) memberIds[key] = m.id;
    }
    const meeting = await execute(database.db, createMeeting, systemActor('test'), { date: '2021-03-10', startTime: '10:00', endTime: '15:00', place: '' });
    if (!meeting.ok) throw new Error('no meeting');
    const added = await execute(database.db, addCase, systemActor('test'), { meetingId: meeting.value.id, title: 'Nasjonal forskningsinfrastruktur', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '' });
    if (!added.ok) throw new Error('no case');
    caseId = added.value.id;
  });
  afterAll(() => database.close());

  it('lets the secretariat add members of the term to a case\'s reference group and remove them again', async () => {
    expect((await termMembers(database.db, '2020-2024')).map((m) => m.id)).toContain(memberIds.medlem);
    expect(await execute(database.db, addReferenceMember, as.sekretariat as Actor, { caseId, memberId: memberIds.medlem })).toMatchObject({ ok: true });
    expect(await execute(database.db, addReferenceMember, as.sekretariat as Actor, { caseId, memberId: memberIds.leder })).toMatchObject({ ok: true });
    expect(await execute(database.db, addReferenceMember, as.sekretariat as Actor, { caseId, memberId: memberIds.medlem })).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { memberId: ['council.referenceGroup.errors.already'] } });
    expect((await referenceGroupOf(database.db, caseId)).map((m) => m.name)).toEqual(['Mia Medlem (demo)', 'Rolf Rådsleder (demo)']);
    expect((await referenceGroupCasesOf(database.db, memberIds.medlem!)).map((c) => [c.title, c.meetingYear, c.meetingSequence])).toEqual([['Nasjonal forskningsinfrastruktur', 2021, 1]]);

    expect(await execute(database.db, removeReferenceMember, as.sekretariat as Actor, { caseId, memberId: memberIds.leder })).toMatchObject({ ok: true });
    expect(await execute(database.db, removeReferenceMember, as.sekretariat as Actor, { caseId, memberId: memberIds.leder })).toMatchObject({ ok: false, kind: 'not-found' });
    expect((await referenceGroupOf(database.db, caseId)).map((m) => m.name)).toEqual(['Mia Medlem (demo)']);
    const entries = await database.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entity, 'reference-group'));
    expect(entries.map((e) => e.action)).toEqual(['add', 'add', 'remove']);
  });

  it('keeps the group to members of the case\'s term and to the secretariat', async () => {
    const [former] = await database.db.select({ id: councilMembers.id }).from(councilMembers).where(eq(councilMembers.name, 'Camilla Stoltenberg'));
    if (former) expect(await execute(database.db, addReferenceMember, as.sekretariat as Actor, { caseId, memberId: former.id })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await execute(database.db, addReferenceMember, as.sekretariat as Actor, { caseId, memberId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await execute(database.db, addReferenceMember, as.leder as Actor, { caseId, memberId: memberIds.observator })).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('stores only the hash of a calendar token, finds the member by the token, and forgets a replaced or revoked one', async () => {
    const first = await execute(database.db, createCalendarLink, as.medlem as Actor, {});
    if (!first.ok) throw new Error('no link');
    const token = first.value.token;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await database.db.select().from(calendarLinks);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(token);
    expect(stored[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await memberForCalendarToken(database.db, token)).toMatchObject({ id: memberIds.medlem });
    expect(await memberForCalendarToken(database.db, 'A'.repeat(43))).toBeNull();
    expect(await memberForCalendarToken(database.db, 'not a token')).toBeNull();

    const second = await execute(database.db, createCalendarLink, as.medlem as Actor, {});
    if (!second.ok) throw new Error('no link');
    expect(await memberForCalendarToken(database.db, token)).toBeNull();
    expect(await memberForCalendarToken(database.db, second.value.token)).toMatchObject({ id: memberIds.medlem });
    expect(await execute(database.db, revokeCalendarLink, as.medlem as Actor, {})).toEqual({ ok: true, value: { revoked: true } });
    expect(await memberForCalendarToken(database.db, second.value.token)).toBeNull();

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'calendar-link'));
    expect(audit.map((e) => e.action)).toEqual(['create', 'replace', 'revoke']);
    const text = JSON.stringify(audit);
    for (const secret of [token, second.value.token, stored[0]?.tokenHash ?? '']) expect(text).not.toContain(secret);
  });

  it('is for council members only', async () => {
    expect(await execute(database.db, createCalendarLink, as.aktor as Actor, {})).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, createCalendarLink, as.sekretariat as Actor, {})).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, createCalendarLink, as.observator as Actor, {})).toMatchObject({ ok: true });
  });

  it('feeds the member the meetings of their term with links to their meeting book, and nothing about cases', async () => {
    const text = await memberCalendar(database.db, memberIds.medlem!, 'http://ho21.test', 'Mine rådsmøter');
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('DTSTART:20210310T100000');
    expect(text).toContain('URL;VALUE=URI:http://ho21.test/min-side/moter/2021/1');
    expect(text).not.toContain('Nasjonal forskningsinfrastruktur');
  });
});
