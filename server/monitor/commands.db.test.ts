import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { anonymous, systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { createIndicator, uploadImport } from './commands.ts';
import type { Cube } from './cube.ts';
import { findIndicator, importHistory, loadObservations } from './queries.ts';
import { runImport } from './run-import.ts';
import { indicatorObservations } from './schema.ts';

const system = systemActor('test');

function yearly(values: number[], from = 2015): Cube {
  return {
    dimensions: [{ code: 'year', label: { nb: 'År' }, role: 'time', categories: values.map((_, i) => ({ code: String(from + i), label: { nb: String(from + i) } })) }],
    cells: values.map((_, i) => i),
    values,
    statuses: values.map(() => null),
  };
}

async function importCube(database: TestDatabase, cube: Cube, fileName: string) {
  const upload = await execute(database.db, uploadImport, system, {
    indicatorId: 'test-indicator',
    format: 'jsonstat',
    fileName,
    file: Buffer.from('{}'),
    preview: {},
    observationCount: cube.cells.length,
  });
  if (!upload.ok) throw new Error(upload.kind);
  return runImport(database.db, system, upload.value, cube);
}

describe('indicator imports', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    const created = await execute(database.db, createIndicator, system, {
      id: 'test-indicator',
      title: { nb: 'Testindikator' },
      unit: 'MNOK',
      sourceName: 'Test',
    });
    expect(created.ok).toBe(true);
  });
  afterAll(() => database.close());

  it('refuses anyone without the monitor permission', async () => {
    const outcome = await execute(database.db, createIndicator, anonymous, { id: 'x', title: { nb: 'X' }, unit: 'u', sourceName: 's' });
    expect(outcome).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('replaces the observations atomically, keeps the previous version in the history, prunes older ones', async () => {
    const first = await importCube(database, yearly([1, 2, 3]), 'first.json');
    const second = await importCube(database, yearly([4, 5]), 'second.json');
    const found = await findIndicator(database.db, 'test-indicator');
    expect(found?.indicator.currentImportId).toBe(second.importId);
    expect(found?.dimensions[0]?.categories.map((c) => c.code)).toEqual(['2015', '2016']);
    expect((await loadObservations(database.db, second.importId)).map((o) => o.value)).toEqual([4, 5]);
    expect(await loadObservations(database.db, first.importId)).toHaveLength(3);

    const third = await importCube(database, yearly([7]), 'third.json');
    expect(await loadObservations(database.db, first.importId)).toHaveLength(0);
    expect(await loadObservations(database.db, second.importId)).toHaveLength(2);
    const history = await importHistory(database.db, 'test-indicator');
    expect(history.map((h) => [h.fileName, h.status, h.observationCount])).toEqual([
      ['third.json', 'current', 1],
      ['second.json', 'replaced', 2],
      ['first.json', 'replaced', 3],
    ]);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.entityId, 'test-indicator'));
    expect(audit.filter((a) => a.action === 'import').map((a) => a.changes.currentImportId?.after)).toEqual([first.importId, second.importId, third.importId]);
  });

  it('stores missing values and status flags', async () => {
    const cube = yearly([1, 2, 3]);
    cube.values[1] = null;
    cube.statuses[1] = '..';
    cube.statuses[2] = 'p';
    const done = await importCube(database, cube, 'flags.json');
    const rows = await database.db.select().from(indicatorObservations).where(eq(indicatorObservations.importId, done.importId));
    expect(rows.map((r) => [r.cell, r.value, r.status])).toEqual([
      [0, 1, null],
      [1, null, '..'],
      [2, 3, 'p'],
    ]);
  });
});
