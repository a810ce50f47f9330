import { measuresCsv } from '#server/strategy/export.ts';
import { listMeasures } from '#server/strategy/queries/measures.ts';
import type { Route } from './+types/export-csv';
import { exportRequest } from './status.server.ts';
import { database } from './ui.tsx';

/** The measure list with latest status as CSV, filtered like the pages. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { filter, labels, name } = exportRequest(request, context);
  const measures = await listMeasures(database(context), filter);
  return new Response(measuresCsv(measures, labels), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
  });
}
