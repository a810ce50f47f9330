import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { adminOverview, goalStatementList, lastChange, measureForEdit } from './admin-queries.ts';
import { measureSnapshot, updateMeasure } from './commands/measures.ts';
import { addStatusEntry } from './commands/status-entries.ts';
import { testActors } from './commands/testing.ts';
import { seedStrategy } from './seed.ts';

describe("the secretariat's reads", () => {
  let database: TestDatabase;
  let admin: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    ({ admin } = await testActors(database.db));
  });
  afterAll(() => database.close());

  it('lists every focus area in order with its measures and their latest status level', async () => {
    const areas = await adminOverview(database.db);
    expect(areas).toHaveLength(10);
    expect(areas.reduce((n, a) => n + a.measures.length, 0)).toBe(54);
    expect(areas[0]!.measures[0]).toMatchObject({ id: 'so01-01', latestLevel: 'partly-implemented' });
    await execute(database.db, addStatusEntry, admin, { measureId: 'so01-01', date: '2026-06-01', level: 'implemented', source: 'Møte 4/2026' });
    expect((await adminOverview(database.db))[0]!.measures[0]!.latestLevel).toBe('implemented');
    const found = await measureForEdit(database.db, 'so01-01');
    expect(found!.history.map((h) => h.level)).toEqual(['implemented', 'partly-implemented']);
  });

  it("names who last changed a record's own fields, not who added a status beside it", async () => {
    const current = await measureSnapshot(database.db, 'so01-02');
    await execute(database.db, updateMeasure, admin, { ...current!, note: 'Endret' });
    await execute(database.db, addStatusEntry, { kind: 'system', label: 'annen' }, { measureId: 'so01-02', date: '2026-06-02', level: 'planned', source: 'x' });
    expect(await lastChange(database.db, 'measure', 'so01-02')).toMatchObject({ actorLabel: 'Anne Admin (test)', action: 'update' });
    expect(await lastChange(database.db, 'measure', 'so99-99')).toBeNull();
  });

  it('groups the goal statements under their overarching goals with their focus-area links', async () => {
    const goals = await goalStatementList(database.db);
    expect(goals).toHaveLength(3);
    expect(goals.reduce((n, g) => n + g.goalStatements.length, 0)).toBe(25);
    expect(goals.flatMap((g) => g.goalStatements).some((s) => s.focusAreaIds.includes('okt-brukermedvirkning'))).toBe(true);
  });
});
