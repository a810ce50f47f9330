import { seedCouncil } from '../council/seed.ts';
import type { Db } from '../db/types.ts';
import { seedMonitor } from '../monitor/seed.ts';
import { seedStrategy, type StrategySeedReport } from '../strategy/seed.ts';
import { seedDemoUsers } from './demo-users.ts';

export interface SeedReport {
  demoUsers: number;
  /** Null when the strategy was already there. */
  strategy: StrategySeedReport | null;
  /** Null when the monitor's default indicators were already there. */
  monitor: { indicators: number } | null;
  council: Awaited<ReturnType<typeof seedCouncil>>;
}

/**
 * Loads the default data set. Idempotent: records that exist are left alone. Demo users only in demo mode,
 * never in production.
 */
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  const strategy = await seedStrategy(db);
  const monitor = await seedMonitor(db);
  const demoUsers = options.demo ? await seedDemoUsers(db) : 0;
  // After the demo users, so that in demo mode their accounts can take the demo seats on the council.
  const council = await seedCouncil(db, options);
  return { demoUsers, strategy, monitor, council };
}
