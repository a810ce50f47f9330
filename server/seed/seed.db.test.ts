import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { users } from '../auth/schema.ts';
import { seedDatabase } from './seed.ts';

describe('seeding', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('creates no demo users in production mode', async () => {
    await seedDatabase(database.db, { demo: false });
    expect(await database.db.select().from(users)).toHaveLength(0);
  });

  it('creates one demo user per role in demo mode, once', async () => {
    await seedDatabase(database.db, { demo: true });
    await seedDatabase(database.db, { demo: true });
    const rows = await database.db.select().from(users);
    expect(rows.map((u) => u.role).sort()).toEqual(['actor', 'admin', 'chair', 'member', 'observer']);
    expect(rows.every((u) => u.demo && u.email.endsWith('@ho21.example'))).toBe(true);
  });
});
