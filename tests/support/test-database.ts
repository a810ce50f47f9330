import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../server/db/client.ts';

export interface TestDatabase extends Database {
  /** Which engine the test runs against, for the test name. */
  engine: string;
}

/**
 * A fresh, migrated database of its own for one test file: a copy of the PGlite template directory, or a
 * PostgreSQL database created from the template when TEST_DATABASE_URL is set. Dropped on close.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `ho21_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${inject('postgresTemplate')}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ databaseUrl: target.href, dataDir: os.tmpdir() });
    return {
      ...database,
      engine: 'postgres',
      close: async () => {
        await database.close();
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      },
    };
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-test-'));
  fs.cpSync(inject('pgliteTemplate'), path.join(root, 'pglite'), { recursive: true });
  const database = await openDatabase({ dataDir: root });
  return {
    ...database,
    engine: 'pglite',
    close: async () => {
      await database.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
