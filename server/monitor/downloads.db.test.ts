import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { type Download, indicatorDownload } from './downloads.ts';
import { parseImportFile } from './import/parse.ts';
import { seedMonitor } from './seed.ts';

const id = 'regionale-forskningsmidler-hrcs-2022';
const filter = new URLSearchParams('hrcs-activity=1,4');

async function bytes(download: Download | null): Promise<Buffer> {
  const body = download!.body;
  if (typeof body === 'string') return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  return Buffer.from(await new Response(body).arrayBuffer());
}

describe('downloads', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    await seedMonitor(database.db);
  });
  afterAll(() => database.close());

  it('gives exactly what is shown, or everything, as CSV that re-imports to the same values', async () => {
    const shown = await bytes(await indicatorDownload(database.db, id, 'shown', 'csv', filter, 'nb'));
    expect(shown.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual([
      'year,year_label,hrcs-activity,hrcs-activity_label,value,status',
      '2022,2022,1,Underbyggende forskning,167.1,',
      '2022,2022,4,Påvisning og diagnose,214.8,',
    ]);
    const all = await indicatorDownload(database.db, id, 'all', 'csv', filter, 'en');
    expect(all!.body).toBeInstanceOf(ReadableStream);
    const again = await parseImportFile('csv', await bytes(all));
    expect(again.cube!.values).toEqual([167.1, 138.8, 75.4, 214.8, 178.3, 159.6, 67.2, 72.3]);
    expect(again.cube!.dimensions[1]!.categories[0]!.label.nb).toBe('Underpinning research');
  });

  it('gives XLSX and JSON-stat of the same selection', async () => {
    const xlsx = await parseImportFile('xlsx', await bytes(await indicatorDownload(database.db, id, 'shown', 'xlsx', filter, 'nb')));
    expect(xlsx.cube!.values).toEqual([167.1, 214.8]);
    const json = await indicatorDownload(database.db, id, 'shown', 'json', filter, 'nb');
    expect(json!.fileName).toBe(`${id}-utvalg.json`);
    const dataset = JSON.parse((await bytes(json)).toString('utf8'));
    expect(dataset).toMatchObject({ version: '2.0', class: 'dataset', id: ['year', 'hrcs-activity'], size: [1, 2], value: [167.1, 214.8] });
  });

  it('has nothing for an unknown indicator', async () => {
    expect(await indicatorDownload(database.db, 'finnes-ikke', 'all', 'csv', filter, 'nb')).toBeNull();
    expect(await indicatorDownload(database.db, 'finnes-ikke', 'shown', 'json', filter, 'nb')).toBeNull();
  });
});
