import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pruneAuthState } from '../auth/sessions.ts';
import type { Config } from '../config/env.ts';
import { type Database, openDatabase } from '../db/client.ts';
import type { Db } from '../db/types.ts';
import { seedDatabase } from '../seed/seed.ts';
import { createLogger, type Logger } from './logger.ts';

/** What a running ho21 process holds: configuration, the database, the logger. Nothing request-specific. */
export interface Services {
  config: Config;
  database: Database;
  db: Db;
  logger: Logger;
  cookieSecret: string;
}

function cookieSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  // Demo mode without a configured secret: one generated secret kept beside the embedded database.
  const file = path.join(config.dataDir, 'session-secret');
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startServices(config: Config, logger = createLogger(config.logLevel)): Promise<Services> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    // Migrations run at start-up, so an upgrade is just a restart.
    await database.migrate();
    const report = await seedDatabase(database.db, { demo: config.mode === 'demo' });
    await pruneAuthState(database.db);
    logger.info({ database: database.kind, mode: config.mode, seed: report }, 'database ready');
  } catch (error) {
    await database.close();
    throw error;
  }
  return { config, database, db: database.db, logger, cookieSecret: cookieSecret(config) };
}
