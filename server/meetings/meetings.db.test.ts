import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { users } from '../auth/schema.ts';
import { councilAppointments, councilMembers, councilSectors, councilTerms } from '../council/schema.ts';
import { seedCouncil } from '../council/seed.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { seedDemoUsers } from '../seed/demo-users.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { addCase, createMeeting, moveCase } from './agenda.ts';
import { bringForward, updateCase } from './cases.ts';
import { sendNotice } from './notice.ts';
import { caseHandlings, caseNumberCounters, councilCases, meetings } from './schema.ts';

let admin: Actor;
let member: Actor;

describe('council seed, meetings and case numbers', () => {
  let database: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-council-'));
    await seedStrategy(database.db);
    await seedDemoUsers(database.db);
    const accounts = await database.db.select().from(users);
    const as = (email: string): Actor => {
      const u = accounts.find((a) => a.email === email);
      if (!u) throw new Error(email);
      return { kind: 'user', userId: u.id, role: u.role, name: u.name };
    };
    admin = as('sekretariat@ho21.example');
    member = as('medlem@ho21.example');
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the two terms, six sectors, the named 2015–2019 members and meeting 1/2020 with its twelve cases, once', async () => {
    const first = await seedCouncil(database.db, { demo: true });
    expect(first.council).toEqual({ terms: 2, sectors: 6, members: 3, documents: 4, meetings: 1, cases: 12 });
    expect(first.demoMembers).toBe(3);
    const again = await seedCouncil(database.db, { demo: true });
    expect(again).toEqual({ council: null, demoMembers: 0 });

    const db = database.db;
    const sectors = await db.select().from(councilSectors).orderBy(asc(councilSectors.position));
    expect(sectors.map((s) => s.seats)).toEqual([2, 2, 3, 1, 5, 3]);
    const [term] = await db.select().from(councilTerms).where(eq(councilTerms.id, '2020-2024'));
    expect(term?.size).toBe(16);
    expect(term?.mandate?.[0]).toBe('Mandat for HelseOmsorg21-rådet');
    const real = await db.select().from(councilAppointments).innerJoin(councilMembers, eq(councilMembers.id, councilAppointments.memberId)).where(eq(councilMembers.demo, false));
    expect(real.every((r) => r.council_appointments.termId === '2015-2019')).toBe(true);

    const [meeting] = await db.select().from(meetings).where(and(eq(meetings.year, 2020), eq(meetings.sequence, 1)));
    expect(meeting).toMatchObject({ date: null, place: null, startTime: null, incomplete: true, state: 'notice-sent' });
    const cases = await db.select().from(councilCases).where(eq(councilCases.meetingId, meeting?.id ?? '')).orderBy(asc(councilCases.position));
    expect(cases.map((c) => c.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(cases[6]).toMatchObject({ title: 'Oppfølging av HO21-strategien i perioden 2015 – 2019', type: 'information', numberAsPrinted: null });
    expect(cases[9]).toMatchObject({ numberAsPrinted: 'Sak 10/20', type: 'decision' });
    expect(cases[10]?.type).toBeNull();
    const [counter] = await db.select().from(caseNumberCounters).where(eq(caseNumberCounters.year, 2020));
    expect(counter?.last).toBe(12);
    expect(await db.select().from(auditLog).where(eq(auditLog.entity, 'council'))).toHaveLength(1);
  });

  it('creates Møte 2/2020 with the fixed agenda of the working form, unnumbered until the notice', async () => {
    const outcome = await execute(database.db, createMeeting, admin, { date: '2020-06-10', startTime: '10:00', endTime: '15:00', place: '' });
    expect(outcome.ok && outcome.value).toMatchObject({ year: 2020, sequence: 2, place: 'Forskningsrådet, Lysaker', state: 'planned' });
    const meetingId = outcome.ok ? outcome.value.id : '';
    const agenda = await database.db.select().from(councilCases).where(eq(councilCases.meetingId, meetingId)).orderBy(asc(councilCases.position));
    expect(agenda.map((a) => a.agendaRole)).toEqual([
      'notice-approval',
      'impartiality',
      'previous-minutes',
      'outstanding-items',
      'ongoing-cases',
      'briefings',
      'any-other-business',
      'meeting-evaluation',
    ]);
    expect(agenda.every((a) => a.sequence === null)).toBe(true);
    expect((await execute(database.db, createMeeting, member, { date: '2020-09-01', startTime: '', endTime: '', place: '' })).ok).toBe(false);
  });

  it('puts new cases before the closing items, moves them, brings a case forward linked both ways, and conflicts on a stale edit', async () => {
    const [meeting] = await database.db.select().from(meetings).where(and(eq(meetings.year, 2020), eq(meetings.sequence, 2)));
    const meetingId = meeting?.id ?? '';
    const a = await execute(database.db, addCase, admin, { meetingId, title: 'Sak A', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '' });
    const b = await execute(database.db, addCase, admin, { meetingId, title: 'Sak B', type: 'information', to: '', from: '', caseOfficer: '', proposedDecision: '' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect([a.value.position, b.value.position]).toEqual([6, 7]);
    await execute(database.db, moveCase, admin, { caseId: b.value.id, direction: 'up' });
    await execute(database.db, moveCase, admin, { caseId: b.value.id, direction: 'up' });
    const titles = (await database.db.select().from(councilCases).where(eq(councilCases.meetingId, meetingId)).orderBy(asc(councilCases.position))).map((c) => c.title);
    expect(titles.slice(4, 8)).toEqual(['Status pågående saker', 'Sak B', 'Sak A', 'Orienteringer']);

    const [sak9] = await database.db.select().from(councilCases).where(and(eq(councilCases.year, 2020), eq(councilCases.sequence, 9)));
    const forward = await execute(database.db, bringForward, admin, { caseId: sak9?.id, meetingId });
    expect(forward.ok && forward.value).toMatchObject({ title: 'Handlingsplan for 2020 – 2021', type: 'decision', sequence: null });
    const links = await database.db.select().from(caseHandlings).where(eq(caseHandlings.previousCaseId, sak9?.id ?? ''));
    expect(links).toHaveLength(1);

    const edit = { caseId: a.value.id, title: 'Sak A endret', type: 'decision', to: 'HO21-rådet', from: '', caseOfficer: '', background: 'Bakgrunn her', proposedDecision: 'Rådet vedtar.', focusAreaIds: ['bedre-klinisk-behandling'], actorIds: 'hfene' };
    const first = await execute(database.db, updateCase, admin, { ...edit, version: 1 });
    expect(first.ok && first.value.sections).toEqual([{ heading: 'Bakgrunn', level: 1, body: ['Bakgrunn her'] }]);
    const stale = await execute(database.db, updateCase, admin, { ...edit, title: 'Noe annet', version: 1 });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', current: { title: 'Sak A endret', version: 2 } });
  });

  it('numbers the whole agenda in order when the notice is sent, e-mails every member, and never reuses a number', async () => {
    const [meeting] = await database.db.select().from(meetings).where(and(eq(meetings.year, 2020), eq(meetings.sequence, 2)));
    const config = { smtpUrl: undefined, mailFrom: 'test@example.invalid', dataDir, publicUrl: 'http://ho21.test' };
    expect((await sendNotice(database.db, config, admin, { meetingId: meeting?.id ?? '', version: 99 })).ok).toBe(false);
    const sent = await sendNotice(database.db, config, admin, { meetingId: meeting?.id ?? '', version: meeting?.version });
    expect(sent).toEqual({ ok: true, value: { sequence: 2, year: 2020, mailed: 3 } });
    const agenda = await database.db.select().from(councilCases).where(eq(councilCases.meetingId, meeting?.id ?? '')).orderBy(asc(councilCases.position));
    expect(agenda.map((c) => c.sequence)).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]);
    const mails = fs.readdirSync(path.join(dataDir, 'outbox'));
    expect(mails).toHaveLength(3);
    const text = fs.readFileSync(path.join(dataDir, 'outbox', mails[0] ?? ''), 'utf8');
    expect(text).toMatch(/^Subject: .*Innkalling/m);
    expect(text).toContain('http://ho21.test/min-side/moter/2020/2');
    expect((await sendNotice(database.db, config, admin, { meetingId: meeting?.id ?? '', version: (meeting?.version ?? 0) + 1 })).ok).toBe(false);

    // A withdrawn case leaves a gap: the next meeting continues after the highest number ever given.
    await database.db.delete(councilCases).where(and(eq(councilCases.year, 2020), eq(councilCases.sequence, 23)));
    const next = await execute(database.db, createMeeting, admin, { date: '2020-09-01', startTime: '', endTime: '', place: 'Oslo' });
    if (!next.ok) throw new Error(next.kind);
    await sendNotice(database.db, config, admin, { meetingId: next.value.id, version: 1 });
    const [first] = await database.db.select().from(councilCases).where(eq(councilCases.meetingId, next.value.id)).orderBy(asc(councilCases.position)).limit(1);
    expect(first?.sequence).toBe(24);

    await expect(database.db.update(councilCases).set({ sequence: 7 }).where(eq(councilCases.id, first?.id ?? ''))).rejects.toThrow();
    const [numbered] = await database.db.select({ n: count() }).from(councilCases).where(isNotNull(councilCases.sequence));
    expect(numbered?.n).toBe(12 + 11 + 8 - 1);
  });
});
