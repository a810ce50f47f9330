// The read-only public API's answers; the routes under /api/v1 only hand over the database and the URL.
import { z } from 'zod';
import type { Queryable } from '../db/types.ts';
import { apiJson, problem } from '../http/api.ts';
import {
  presentActor,
  presentActorDetail,
  presentFocusArea,
  presentGoalStatement,
  presentMeasure,
  presentMeasureDetail,
  presentOverarchingGoal,
  presentStrategy,
} from './presenters.ts';
import { getActor, listActors } from './queries/actors.ts';
import { getStrategyOverview, listFocusAreas } from './queries/focus-areas.ts';
import { listGoalStatements, listOverarchingGoals } from './queries/goal-statements.ts';
import { getMeasure, listMeasures, measureFilterSchema } from './queries/measures.ts';

const notFound = (detail: string) => problem({ status: 404, title: 'Not found', detail });

export async function strategyAnswer(db: Queryable): Promise<Response> {
  const overview = await getStrategyOverview(db);
  return overview ? apiJson(presentStrategy(overview)) : notFound('No strategy has been loaded.');
}

export async function overarchingGoalsAnswer(db: Queryable): Promise<Response> {
  return apiJson((await listOverarchingGoals(db)).map(presentOverarchingGoal));
}

export async function focusAreasAnswer(db: Queryable): Promise<Response> {
  return apiJson((await listFocusAreas(db)).map(presentFocusArea));
}

export async function goalStatementsAnswer(db: Queryable): Promise<Response> {
  return apiJson((await listGoalStatements(db)).map(presentGoalStatement));
}

/** `?focusArea=&actor=&level=&actionPlan=`; a value that is not valid is the client's error (400), not an empty list. */
export async function measuresAnswer(db: Queryable, url: URL): Promise<Response> {
  const parsed = measureFilterSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error);
    return problem({
      status: 400,
      title: 'Invalid query parameters',
      detail: Object.keys(fieldErrors)
        .map((name) => `${name}: ${fieldErrors[name as keyof typeof fieldErrors]?.join(' ')}`)
        .join('; '),
      errors: Object.entries(fieldErrors).map(([parameter, messages]) => ({ parameter, messages })),
    });
  }
  return apiJson((await listMeasures(db, parsed.data)).map(presentMeasure));
}

export async function measureAnswer(db: Queryable, id: string): Promise<Response> {
  const measure = await getMeasure(db, id);
  return measure ? apiJson(presentMeasureDetail(measure)) : notFound(`There is no measure ${id}.`);
}

export async function actorsAnswer(db: Queryable): Promise<Response> {
  return apiJson((await listActors(db)).map(presentActor));
}

export async function actorAnswer(db: Queryable, id: string): Promise<Response> {
  const page = await getActor(db, id);
  return page ? apiJson(presentActorDetail(page)) : notFound(`There is no actor ${id}.`);
}
