import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { actors, focusAreaGoalStatements, focusAreas, goalStatements, measureActors, measures, measureStatusEntries } from './schema.ts';
import { seedStrategy } from './seed.ts';

describe(`seeding the strategy`, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('loads every focus area, goal statement, actor and measure with its 2020 status, once, with an audit entry', async () => {
    const first = await seedStrategy(database.db);
    expect(first).toEqual({ focusAreas: 10, goalStatements: 25, actors: 32, measures: 54 });
    expect(await seedStrategy(database.db)).toBeNull();

    const db = database.db;
    const [m] = await db.select({ n: count() }).from(measures);
    const [s] = await db.select({ n: count() }).from(measureStatusEntries);
    const [g] = await db.select({ n: count() }).from(goalStatements);
    const [f] = await db.select({ n: count() }).from(focusAreas);
    const [a] = await db.select({ n: count() }).from(actors);
    expect([m?.n, s?.n, g?.n, f?.n, a?.n]).toEqual([54, 54, 25, 10, 32]);

    const firstMeasureActors = await db.select().from(measureActors).where(eq(measureActors.measureId, 'so01-01'));
    expect(firstMeasureActors.map((x) => x.actorId).sort()).toEqual(['forskningsfinansiorer', 'hod']);
    const [status] = await db.select().from(measureStatusEntries).where(eq(measureStatusEntries.measureId, 'so01-01'));
    expect(status).toMatchObject({ year: 2020, date: null, level: 'partly-implemented', source: 'Sak 7/2020 Vedlegg 2_1' });
    const links = await db.select().from(focusAreaGoalStatements).where(eq(focusAreaGoalStatements.focusAreaId, 'okt-brukermedvirkning'));
    expect(links).toHaveLength(2);

    const entries = await db.select().from(auditLog).where(eq(auditLog.entity, 'strategy'));
    expect(entries).toHaveLength(1);
  });
});
