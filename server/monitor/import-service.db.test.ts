import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { createIndicator } from './commands.ts';
import { toJsonStat } from './export.ts';
import { importFile, startImportInBackground, uploadForPreview } from './import-service.ts';
import { parseJsonStat } from './import/jsonstat.ts';
import { findIndicator, findImport, loadObservations } from './queries.ts';
import { subCube } from './selection.ts';

const system = systemActor('test');
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'import', 'fixtures', name));

describe('importing files', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    for (const id of ['trips', 'bad', 'admin']) {
      const created = await execute(database.db, createIndicator, system, { id, title: { nb: id }, unit: 'n', sourceName: 'Test' });
      expect(created.ok).toBe(true);
    }
  });
  afterAll(() => database.close());

  it('round-trips JSON-stat: import, download, same values, statuses and categories', async () => {
    for (const name of ['sparse.json', 'dense.json']) {
      const outcome = await importFile(database.db, system, { indicatorId: 'trips', format: 'jsonstat', fileName: name, file: fixture(name) });
      expect(outcome.ok && outcome.value.imported).toBe(true);
      const found = (await findIndicator(database.db, 'trips'))!;
      const rows = await loadObservations(database.db, found.indicator.currentImportId!);
      const all = found.dimensions.map((d) => d.categories.map((_, i) => i));
      const out = toJsonStat(found.indicator, subCube(found.dimensions, all, rows), 'nb', null);
      const original = parseJsonStat(fixture(name).toString('utf8')).cube!;
      const again = parseJsonStat(JSON.stringify(out)).cube!;
      expect(again.cells).toEqual(original.cells);
      expect(again.values).toEqual(original.values);
      expect(again.statuses).toEqual(original.statuses);
      expect(again.dimensions).toEqual(original.dimensions);
    }
  });

  it('stores a file with errors for the record but imports nothing', async () => {
    const outcome = await importFile(database.db, system, { indicatorId: 'bad', format: 'jsonstat', fileName: 'bad-value.json', file: fixture('bad-value.json') });
    expect(outcome.ok && outcome.value.imported).toBe(false);
    if (!outcome.ok) return;
    expect(outcome.value.preview.problems[0]).toMatchObject({ reason: 'non-numeric' });
    expect((await findImport(database.db, outcome.value.importId))?.status).toBe('preview');
    expect((await findIndicator(database.db, 'bad'))?.indicator.currentImportId).toBeNull();
  });

  it('previews an upload, then imports it in the background with progress in the database', async () => {
    const file = Buffer.from('region;år;verdi\nvest;2016;1\nvest;2017;2,5\nnord;2016;..\n');
    const uploaded = await uploadForPreview(database.db, system, { indicatorId: 'admin', format: 'csv', fileName: 'tall.csv', file });
    if (!uploaded.ok) throw new Error(uploaded.kind);
    expect(uploaded.value.preview).toMatchObject({ observationCount: 3, missingCount: 1, problemCount: 0 });
    expect((await findIndicator(database.db, 'admin'))?.indicator.currentImportId).toBeNull();
    expect((await findImport(database.db, uploaded.value.importId))?.file?.equals(file)).toBe(true);

    const errors: unknown[] = [];
    expect(await startImportInBackground(database.db, system, uploaded.value.importId, (e) => errors.push(e))).toEqual({ ok: true });
    await expect.poll(async () => (await findImport(database.db, uploaded.value.importId))?.status, { timeout: 10_000 }).toBe('current');
    const row = await findImport(database.db, uploaded.value.importId);
    expect(row).toMatchObject({ processedCount: 3, observationCount: 3, file: null });
    expect(errors).toEqual([]);
    expect(await startImportInBackground(database.db, system, uploaded.value.importId, (e) => errors.push(e))).toMatchObject({ ok: false, kind: 'invalid' });
  });
});
