import { apiJson, apiOptions, problem } from '#server/http/api.ts';
import { apiIndicator } from '#server/monitor/api.ts';
import { servicesContext } from '../../../context.ts';
import type { Route } from './+types/indicator';

export async function loader({ params, context }: Route.LoaderArgs) {
  const body = await apiIndicator(context.get(servicesContext).db, params.id);
  return body ? apiJson(body) : problem({ status: 404, title: 'Not found', detail: `No indicator with id "${params.id}".` });
}

export function action({ request }: Route.ActionArgs) {
  return request.method === 'OPTIONS' ? apiOptions() : problem({ status: 405, title: 'Method not allowed' });
}
