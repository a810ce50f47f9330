import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import {
  actorAnswer,
  actorsAnswer,
  focusAreasAnswer,
  goalStatementsAnswer,
  measureAnswer,
  measuresAnswer,
  overarchingGoalsAnswer,
  strategyAnswer,
} from './api.ts';
import { seedStrategy } from './seed.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedStrategy(database.db);
});
afterAll(() => database.close());

const url = (query: string) => new URL(`http://ho21.test/api/v1/measures${query}`);

async function json(response: Response) {
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  return response.json();
}

describe('the public API', () => {
  it('answers the strategy with its goals, priorities, focus areas with status counts and events', async () => {
    const response = await strategyAnswer(database.db);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = await json(response);
    expect(body).toMatchObject({ id: 'ho21', name: 'HelseOmsorg21', vision: 'Kunnskap, innovasjon og næringsutvikling for bedre folkehelse.' });
    expect(body.overarchingGoals).toHaveLength(3);
    expect(body.mainPriorities).toHaveLength(5);
    expect(body.focusAreas).toHaveLength(10);
    expect(body.events.some((e: { date: string }) => e.date === '2015-11-24')).toBe(true);
  });

  it('lists overarching goals, focus areas and goal statements', async () => {
    expect(await json(await overarchingGoalsAnswer(database.db))).toHaveLength(3);
    const areas = await json(await focusAreasAnswer(database.db));
    expect(areas[0]).toMatchObject({ id: 'okt-brukermedvirkning', measureCount: 6, statusCounts: { implemented: 2, 'partly-implemented': 1, unknown: 3 } });
    const statements = await json(await goalStatementsAnswer(database.db));
    expect(statements).toHaveLength(25);
    expect(Object.keys(statements[0]).sort()).toEqual(['focusAreaIds', 'id', 'overarchingGoalId', 'position', 'text']);
  });

  it('lists measures filtered by focus area, actor and level', async () => {
    expect(await json(await measuresAnswer(database.db, url('')))).toHaveLength(54);
    const filtered = await json(await measuresAnswer(database.db, url('?focusArea=helsedata-som-nasjonalt-fortrinn&actor=forskningsradet&level=partly-implemented')));
    expect(filtered.map((m: { id: string }) => m.id)).toEqual(['so04-01', 'so04-03']);
    expect(filtered[0]).toMatchObject({
      focusAreaId: 'helsedata-som-nasjonalt-fortrinn',
      inGovernmentActionPlan: 'partly',
      latestStatus: { date: null, year: 2020, level: 'partly-implemented', source: 'Sak 7/2020 Vedlegg 2_4' },
    });
    expect(filtered[0].actors).toContainEqual({ id: 'forskningsradet', name: 'Norges forskningsråd' });
    expect(await json(await measuresAnswer(database.db, url('?level=&actor=')))).toHaveLength(54);
  });

  it('answers 400 problem details for a bad filter value', async () => {
    const response = await measuresAnswer(database.db, url('?level=foo'));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = await json(response);
    expect(body).toMatchObject({ type: 'about:blank', status: 400, title: 'Invalid query parameters' });
    expect(body.errors[0].parameter).toBe('level');
    expect((await measuresAnswer(database.db, url('?actionPlan=maybe'))).status).toBe(400);
  });

  it('answers one measure with its history, and 404 problem details for an unknown one', async () => {
    const body = await json(await measureAnswer(database.db, 'so02-04'));
    expect(body).toMatchObject({ id: 'so02-04', relatedFocusAreaIds: ['helsedata-som-nasjonalt-fortrinn'], inGovernmentActionPlan: 'no' });
    expect(body.statusHistory).toHaveLength(1);
    const missing = await measureAnswer(database.db, 'so99-99');
    expect(missing.status).toBe(404);
    expect(await json(missing)).toMatchObject({ status: 404, title: 'Not found' });
  });

  it('lists actors and answers one actor with every measure it is responsible for', async () => {
    const register = await json(await actorsAnswer(database.db));
    expect(register).toHaveLength(32);
    const hod = await json(await actorAnswer(database.db, 'hod'));
    expect(hod).toMatchObject({ id: 'hod', name: 'Helse- og omsorgsdepartementet', type: 'ministry' });
    expect(hod.measures.length).toBe(register.find((a: { id: string }) => a.id === 'hod').measureCount);
    expect((await actorAnswer(database.db, 'nobody')).status).toBe(404);
  });
});
