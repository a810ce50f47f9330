import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Client } from 'pg';
import { openDatabase } from '../../server/db/client.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Migrate once, copy per test: a migrated PGlite data directory (or, with TEST_DATABASE_URL, a PostgreSQL
 * template database) that every test file clones into a database of its own.
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query('drop database if exists ho21_template');
    await admin.query('create database ho21_template');
    await admin.end();
    const template = new URL(url);
    template.pathname = '/ho21_template';
    const database = await openDatabase({ databaseUrl: template.href, dataDir: os.tmpdir() });
    await database.migrate();
    await database.close();
    project.provide('postgresTemplate', 'ho21_template');
    project.provide('pgliteTemplate', '');
    return;
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ho21-template-'));
  const database = await openDatabase({ dataDir: root });
  await database.migrate();
  await database.close();
  project.provide('pgliteTemplate', path.join(root, 'pglite'));
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(root, { recursive: true, force: true });
}
