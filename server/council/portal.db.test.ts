import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { users } from '../auth/schema.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { createMeeting } from '../meetings/agenda.ts';
import { seedDemoUsers } from '../seed/demo-users.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { membership, upcomingMeetings } from './portal.ts';
import { seedCouncil } from './seed.ts';

describe("a member's upcoming meetings", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    await seedDemoUsers(database.db);
    await seedCouncil(database.db, { demo: true });
  });
  afterAll(() => database.close());

  it('lists meetings not yet held in order and marks those whose day has passed without being recorded as held', async () => {
    const accounts = await database.db.select().from(users);
    const secretariat = accounts.find((u) => u.email === 'sekretariat@ho21.example');
    const member = accounts.find((u) => u.email === 'medlem@ho21.example');
    if (!secretariat || !member) throw new Error('demo users missing');
    const admin: Actor = { kind: 'user', userId: secretariat.id, role: secretariat.role, name: secretariat.name };
    expect((await execute(database.db, createMeeting, admin, { date: '2024-03-01', startTime: '', endTime: '', place: '' })).ok).toBe(true);
    const mine = await membership(database.db, member.id);
    const listed = await upcomingMeetings(database.db, mine?.termIds ?? [], '2024-02-15');
    expect(listed.map((m) => [`${m.sequence}/${m.year}`, m.overdue])).toEqual([
      ['1/2020', true],
      ['1/2024', false],
    ]);
    expect((await upcomingMeetings(database.db, mine?.termIds ?? [], '2024-03-02')).map((m) => m.overdue)).toEqual([true, true]);
  });
});
