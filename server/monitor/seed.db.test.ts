import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { seedStrategy } from '../strategy/seed.ts';
import { findIndicator, listIndicators, loadObservations } from './queries.ts';
import { monitorOverview } from './overview.ts';
import { seedMonitor } from './seed.ts';

async function values(database: TestDatabase, id: string) {
  const found = (await findIndicator(database.db, id))!;
  const rows = await loadObservations(database.db, found.indicator.currentImportId!);
  return { found, values: rows.map((r) => r.value), statuses: rows.map((r) => r.status) };
}

describe('seeding the monitor', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
  });
  afterAll(() => database.close());

  it('loads the figures of the source documents once, each with its source, through audited imports', async () => {
    expect(await seedMonitor(database.db)).toEqual({ indicators: 7 });
    expect(await seedMonitor(database.db)).toBeNull();

    const regional = await values(database, 'regionale-forskningsmidler-hrcs-2022');
    expect(regional.values).toEqual([167.1, 138.8, 75.4, 214.8, 178.3, 159.6, 67.2, 72.3]);
    expect(regional.found.dimensions.map((d) => d.code)).toEqual(['year', 'hrcs-activity']);
    expect(regional.found.dimensions[1]!.categories[7]!.label).toEqual({ nb: 'Helsetjenesteforskning', nn: 'Helsetenesteforsking', en: 'Health and social care services research' });
    expect(regional.found.indicator.notes?.nb).toContain('1 073,6');

    const horizon = await values(database, 'horisont-2020-helse-returandel');
    expect(horizon.values).toEqual([0.9, 1.4, 1.2]);
    expect(horizon.statuses).toEqual(['e', null, null]);
    expect(horizon.found.goalStatements.map((g) => g.id)).toEqual(['okt-returandel-horisont-2020']);
    expect(horizon.found.focusAreas.map((f) => f.id)).toEqual(['hoy-kvalitet-og-sterkere-internasjonalisering']);
    expect((await values(database, 'horisont-2020-helse-relativ-returandel')).values).toEqual([0.4]);
    expect((await values(database, 'aktorundersokelse-svarprosent')).values).toEqual([42, 30, 36]);
    expect((await values(database, 'ho21-budsjett')).values).toEqual([3.5, 6.8, 10.8, 10.8]);

    const gdp = (await findIndicator(database.db, 'helse-og-omsorgssektorens-andel-av-bnp'))!;
    expect(gdp.indicator.currentImportId).toBeNull();
    expect(gdp.indicator.notes?.nb).toContain('i underkant av 10 %');

    const all = await listIndicators(database.db);
    expect(all.filter((i) => i.goalStatementIds.length > 0).map((i) => i.id)).toEqual(['horisont-2020-helse-returandel', 'horisont-2020-helse-relativ-returandel']);
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(audit).toHaveLength(6);
  });

  it('groups the front page by overarching goal and focus area, the rest under "other", each with a small chart', async () => {
    const { groups, other } = await monitorOverview(database.db, 'nb', (s) => s.key);
    expect(groups.map((g) => [g.kind, g.id, g.indicators.map((i) => i.id)])).toEqual([
      ['goal', 'grensesprengende-forskning', ['horisont-2020-helse-returandel', 'horisont-2020-helse-relativ-returandel']],
      ['focus-area', 'hoy-kvalitet-og-sterkere-internasjonalisering', ['horisont-2020-helse-returandel', 'horisont-2020-helse-relativ-returandel']],
    ]);
    expect(other.map((i) => i.id)).toEqual([
      'regionale-forskningsmidler-hrcs-2022',
      'regionale-forskningsmidler-hrcs-2022-andel',
      'aktorundersokelse-svarprosent',
      'ho21-budsjett',
      'helse-og-omsorgssektorens-andel-av-bnp',
    ]);
    expect(other[2]).toMatchObject({ summary: 'monitor.summary.falling', svg: expect.stringMatching(/^<svg role="graphics-document document"/) });
    expect(other[4]).toMatchObject({ summary: null, svg: null });
  });
});
