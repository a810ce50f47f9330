import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { users } from '../auth/schema.ts';
import { seedCouncil } from '../council/seed.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { seedDemoUsers } from '../seed/demo-users.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { addCase, createMeeting } from './agenda.ts';
import { apiCase, apiMeeting, apiMeetings } from './api.ts';
import { bringForward } from './cases.ts';
import { councilCases } from './schema.ts';

describe('the public API', () => {
  let database: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    await seedDemoUsers(database.db);
    await seedCouncil(database.db, { demo: true });
    const [u] = await database.db.select().from(users).where(eq(users.email, 'sekretariat@ho21.example'));
    admin = { kind: 'user', userId: u?.id ?? '', role: 'admin', name: 'Sara' };
  });
  afterAll(() => database.close());

  it('lists meetings and the public cases of meeting 1/2020 with their documents', async () => {
    const list = await apiMeetings(database.db);
    expect(list).toEqual([{ id: expect.any(String), number: '1/2020', year: 2020, sequence: 1, date: null, place: null, state: 'notice-sent' }]);
    const meeting = await apiMeeting(database.db, 2020, 1, 'http://ho21.test');
    expect(meeting?.cases.map((c) => c.number)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}/2020`));
    const sak10 = meeting?.cases[9];
    expect(sak10).toMatchObject({ type: 'decision', title: 'Handlingsplan for kliniske studier', focusAreaIds: ['bedre-klinisk-behandling', 'helse-og-omsorg-som-naeringspolitisk-satsingsomrade'] });
    expect(meeting?.cases[6]?.documents.map((d) => d.mediaType)).toEqual(['application/pdf', 'text/html']);
    expect(await apiCase(database.db, 2020, 7, 'http://ho21.test')).toMatchObject({ number: '7/2020', meeting: { number: '1/2020' } });
  });

  it('never shows a planned meeting\'s draft cases or a screened case', async () => {
    const m2 = await execute(database.db, createMeeting, admin, { date: '2020-06-10', startTime: '', endTime: '', place: '' });
    if (!m2.ok) throw new Error(m2.kind);
    await execute(database.db, addCase, admin, { meetingId: m2.value.id, title: 'Utkast som ikke er sendt', type: 'discussion', to: '', from: '', caseOfficer: '', proposedDecision: '' });
    const [sak9] = await database.db.select().from(councilCases).where(and(eq(councilCases.year, 2020), eq(councilCases.sequence, 9)));
    await execute(database.db, bringForward, admin, { caseId: sak9?.id, meetingId: m2.value.id });
    expect((await apiMeeting(database.db, 2020, 2, 'http://ho21.test'))?.cases).toEqual([]);
    expect(JSON.stringify(await apiMeetings(database.db))).not.toContain('Utkast');

    await database.db.update(councilCases).set({ screened: true }).where(eq(councilCases.id, sak9?.id ?? ''));
    expect(await apiCase(database.db, 2020, 9, 'http://ho21.test')).toBeNull();
    expect((await apiMeeting(database.db, 2020, 1, 'http://ho21.test'))?.cases.map((c) => c.number)).not.toContain('9/2020');
  });
});
