import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { actors, measures, measureStatusEntries } from '../schema.ts';
import { seedStrategy } from '../seed.ts';
import { getActor, listActors } from './actors.ts';
import { getFocusArea, getStrategyOverview, listFocusAreas } from './focus-areas.ts';
import { goalStatementsByOverarchingGoal, listGoalStatements } from './goal-statements.ts';
import { getMeasure, listMeasures, measureFilterSchema } from './measures.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedStrategy(database.db);
});
afterAll(() => database.close());

describe('the strategy overview', () => {
  it('has the vision, the three goals, five main priorities and ten focus areas in order', async () => {
    const overview = await getStrategyOverview(database.db);
    expect(overview?.strategy.vision).toBe('Kunnskap, innovasjon og næringsutvikling for bedre folkehelse.');
    expect(overview?.overarchingGoals.map((g) => g.name)).toEqual([
      'God folkehelse',
      'Grensesprengende forskning',
      'Næringsutvikling og nasjonal økonomisk utvikling',
    ]);
    expect(overview?.mainPriorities).toHaveLength(5);
    expect(overview?.focusAreas.map((f) => f.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(overview?.focusAreas[0]?.name).toBe('Økt brukermedvirkning');
  });

  it('counts each focus area’s measures by the level of their latest status', async () => {
    const areas = await listFocusAreas(database.db);
    expect(areas.map((a) => a.measureCount)).toEqual([6, 7, 6, 4, 8, 4, 6, 5, 6, 2]);
    expect(areas[0]?.levelCounts).toMatchObject({ implemented: 2, 'partly-implemented': 1, unknown: 3, 'in-progress': 0 });
    const total = { implemented: 0, partly: 0, unknown: 0, inProgress: 0 };
    for (const a of areas) {
      total.implemented += a.levelCounts.implemented;
      total.partly += a.levelCounts['partly-implemented'];
      total.unknown += a.levelCounts.unknown;
      total.inProgress += a.levelCounts['in-progress'];
    }
    expect(total).toEqual({ implemented: 6, partly: 6, unknown: 41, inProgress: 1 });
    expect(areas[0]?.goalStatementIds).toEqual(['forskningssystem-innrettet-mot-behov', 'okt-personlig-kunnskap-egne-helsedata']);
  });

  it('lists the dated events, the government action plan of 24 November 2015 among them', async () => {
    const overview = await getStrategyOverview(database.db);
    const plan = overview?.events.find((e) => e.date === '2015-11-24');
    expect(plan?.title).toContain('handlingsplan');
    const dates = overview?.events.map((e) => e.date) ?? [];
    expect(dates).toEqual([...dates].sort());
  });
});

describe('a focus area and its measures', () => {
  it('has its goal statements with their overarching goal, and the actors of its measures for the filter', async () => {
    const page = await getFocusArea(database.db, 'helsedata-som-nasjonalt-fortrinn');
    expect(page?.goalStatements.map((g) => g.id)).toEqual([
      'okt-utnyttelse-av-helsedata',
      'okt-personlig-kunnskap-egne-helsedata',
      'gode-utviklingskar-helseindustri',
    ]);
    expect(page?.goalStatements[2]?.overarchingGoalId).toBe('naeringsutvikling-og-nasjonal-okonomisk-utvikling');
    expect(page?.actorOptions.map((a) => a.id).sort()).toEqual(
      ['biobankene', 'direktoratet-for-e-helse', 'forskningsradet', 'helse-og-omsorgstjenestene', 'helsedirektoratet', 'hod'].sort(),
    );
    expect(await getFocusArea(database.db, 'finnes-ikke')).toBeNull();
  });

  it('lists its measures in order with latest status and actors', async () => {
    const list = await listMeasures(database.db, { focusArea: 'helsedata-som-nasjonalt-fortrinn' });
    expect(list.map((m) => m.id)).toEqual(['so04-01', 'so04-02', 'so04-03', 'so04-04']);
    expect(list[3]).toMatchObject({
      inGovernmentActionPlan: 'no',
      latestStatus: { level: 'in-progress', year: 2020, date: null, source: 'Sak 7/2020 Vedlegg 2_4' },
    });
    expect(list[3]?.actors.map((a) => a.id)).toEqual(['hod', 'forskningsradet', 'biobankene']);
  });

  it('filters by latest level, action-plan inclusion and actor, together', async () => {
    const db = database.db;
    const ids = async (filter: Parameters<typeof listMeasures>[1]) => (await listMeasures(db, filter)).map((m) => m.id);
    expect(await ids({ focusArea: 'helsedata-som-nasjonalt-fortrinn', level: 'partly-implemented' })).toEqual(['so04-01', 'so04-03']);
    expect(await ids({ focusArea: 'helse-og-omsorg-som-naeringspolitisk-satsingsomrade', actionPlan: 'yes' })).toEqual(['so02-03', 'so02-05']);
    expect(await ids({ focusArea: 'strategisk-og-kunnskapsbasert-styring', actionPlan: 'not-stated' })).toEqual(['so10-02']);
    expect(await ids({ focusArea: 'helse-og-omsorg-som-naeringspolitisk-satsingsomrade', actor: 'nfd', actionPlan: 'no' })).toEqual([
      'so02-02',
      'so02-04',
    ]);
    expect(await ids({ level: 'implemented' })).toHaveLength(6);
    expect(await ids({ focusArea: 'okt-brukermedvirkning', level: 'planned' })).toEqual([]);
    expect(await ids({})).toHaveLength(54);
  });

  it('parses the filter strictly for the API: blanks mean no filter, a bad level is an error', () => {
    expect(measureFilterSchema.parse({ level: '', actor: 'hod' })).toEqual({ actor: 'hod' });
    expect(measureFilterSchema.safeParse({ level: 'foo' }).success).toBe(false);
    expect(measureFilterSchema.safeParse({ focusArea: 'DROP TABLE' }).success).toBe(false);
  });
});

describe('a measure', () => {
  it('has sub-points, actors, related focus areas and its status history', async () => {
    const m = await getMeasure(database.db, 'so02-04');
    expect(m?.title).toBe('Infrastruktur for utprøving og testing');
    expect(m?.subPoints).toHaveLength(1);
    expect(m?.focusArea.id).toBe('helse-og-omsorg-som-naeringspolitisk-satsingsomrade');
    expect(m?.actors.map((a) => a.id)).toEqual(['hod', 'nfd', 'helse-og-omsorgssektoren', 'vma']);
    expect(m?.relatedFocusAreas).toEqual([{ id: 'helsedata-som-nasjonalt-fortrinn', name: 'Helsedata som nasjonalt fortrinn' }]);
    expect(m?.statusHistory).toHaveLength(1);
    expect(m?.latestStatus?.level).toBe('unknown');
    expect((await getMeasure(database.db, 'so10-02'))?.incomplete).toBe(true);
    expect(await getMeasure(database.db, 'finnes-ikke')).toBeNull();
  });
});

describe('actors', () => {
  it('lists the register with how many measures name each actor', async () => {
    const register = await listActors(database.db);
    expect(register).toHaveLength(32);
    expect(register.find((a) => a.id === 'biobankene')).toMatchObject({ type: 'group', measureCount: expect.any(Number) });
    const hod = register.find((a) => a.id === 'hod');
    const page = await getActor(database.db, 'hod');
    expect(page?.measures.length).toBe(hod?.measureCount);
    expect(page?.measures.every((m) => m.actors.some((a) => a.id === 'hod'))).toBe(true);
    expect(page?.measures.every((m) => m.latestStatus !== null)).toBe(true);
    expect(await getActor(database.db, 'finnes-ikke')).toBeNull();
  });
});

describe('goal statements', () => {
  it('groups all 25 under their overarching goal with the focus areas that name them', async () => {
    const groups = await goalStatementsByOverarchingGoal(database.db);
    expect(groups.map((g) => g.goalStatements.length)).toEqual([8, 6, 11]);
    const flat = await listGoalStatements(database.db);
    const industry = flat.find((s) => s.id === 'gode-utviklingskar-helseindustri');
    expect(industry?.focusAreas.map((f) => f.id)).toEqual(['helse-og-omsorg-som-naeringspolitisk-satsingsomrade', 'helsedata-som-nasjonalt-fortrinn']);
  });
});

// These change the data, so they run last.
describe('history and retirement', () => {
  it('takes the last entry by year, then date with undated first, then id, as the latest status', async () => {
    const db = database.db;
    const base = { measureId: 'so01-03', source: 'test' };
    await db.insert(measureStatusEntries).values([
      { ...base, year: 2021, date: '2021-06-01', level: 'implemented' },
      { ...base, year: 2021, date: '2021-03-01', level: 'planned' },
      { ...base, year: 2021, date: null, level: 'not-started' },
    ]);
    const m = await getMeasure(db, 'so01-03');
    expect(m?.statusHistory.map((s) => s.level)).toEqual(['unknown', 'not-started', 'planned', 'implemented']);
    expect(m?.latestStatus).toMatchObject({ level: 'implemented', date: '2021-06-01', year: 2021 });
    const listed = await listMeasures(db, { focusArea: 'okt-brukermedvirkning', level: 'implemented', actor: 'forskningsorganisasjoner' });
    expect(listed.map((x) => x.id)).toEqual(['so01-02', 'so01-03', 'so01-04']);
    expect(listed[1]?.latestStatus).toMatchObject({ level: 'implemented', date: '2021-06-01' });
    const [area] = await listFocusAreas(db);
    expect(area?.levelCounts).toMatchObject({ implemented: 3, unknown: 2 });
  });

  it('hides retired measures and actors from the public', async () => {
    const db = database.db;
    await db.update(measures).set({ retiredAt: new Date() }).where(eq(measures.id, 'so04-04'));
    await db.update(actors).set({ retiredAt: new Date() }).where(eq(actors.id, 'biobankene'));
    expect(await getMeasure(db, 'so04-04')).toBeNull();
    expect((await listMeasures(db, { focusArea: 'helsedata-som-nasjonalt-fortrinn' })).map((m) => m.id)).not.toContain('so04-04');
    expect((await listFocusAreas(db))[3]?.measureCount).toBe(3);
    expect(await getActor(db, 'biobankene')).toBeNull();
    expect((await listActors(db)).map((a) => a.id)).not.toContain('biobankene');
    expect((await getFocusArea(db, 'helsedata-som-nasjonalt-fortrinn'))?.actorOptions.map((a) => a.id)).not.toContain('biobankene');
  });
});
