import { apiJson, apiOptions, problem } from '#server/http/api.ts';
import { apiIndicatorList } from '#server/monitor/api.ts';
import { servicesContext } from '../../../context.ts';
import type { Route } from './+types/indicators';

export async function loader({ context }: Route.LoaderArgs) {
  return apiJson(await apiIndicatorList(context.get(servicesContext).db));
}

export function action({ request }: Route.ActionArgs) {
  return request.method === 'OPTIONS' ? apiOptions() : problem({ status: 405, title: 'Method not allowed' });
}
