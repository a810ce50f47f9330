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
}

/**
 * Loads the default data set. Idempotent: records that exist are left alone. Demo users only in demo mode,
 * never in production.
 */
export async function seedDatabase(db: Db, options: { demo: boolean }): Promise<SeedReport> {
  const strategy = await seedStrategy(db);
  const monitor = await seedMonitor(db);
  return { demoUsers: options.demo ? await seedDemoUsers(db) : 0, strategy, monitor };
}
