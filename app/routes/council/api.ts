import { apiJson, apiOptions, problem } from '#server/http/api.ts';
import { apiCase, apiMeeting, apiMeetings } from '#server/meetings/api.ts';
import { servicesContext } from '../../context.ts';
import type { Route } from './+types/api';

function number(value: string | undefined): number | null {
  return value && /^\d{1,5}$/.test(value) ? Number(value) : null;
}

/** GET /api/v1/meetings, /api/v1/meetings/{year}/{sequence} and /api/v1/cases/{year}/{sequence}: public data only. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const path = new URL(request.url).pathname;
  if (path === '/api/v1/meetings') return apiJson(await apiMeetings(db));
  const year = number(params.year);
  const sequence = number(params.sequence);
  if (year === null || sequence === null) return problem({ status: 400, title: 'Year and sequence must be numbers' });
  const body = path.startsWith('/api/v1/cases/') ? await apiCase(db, year, sequence, config.publicUrl) : await apiMeeting(db, year, sequence, config.publicUrl);
  return body ? apiJson(body) : problem({ status: 404, title: 'Not found' });
}

export function action({ request }: Route.ActionArgs) {
  return request.method === 'OPTIONS' ? apiOptions() : problem({ status: 405, title: 'Method not allowed' });
}
