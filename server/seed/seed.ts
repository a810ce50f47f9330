import type { Db } from '../db/types.ts';
import { seedDemoUsers } from './demo-users.ts';

export interface SeedReport {
  demoUsers: number;
}

/**
 * Loads the default data set. Idempotent: records that exist are left alone. Demo users only in demo mode,
 * never in production.
 */
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  return { demoUsers: options.demo ? await seedDemoUsers(db) : 0 };
}
