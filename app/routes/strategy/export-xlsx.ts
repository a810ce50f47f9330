import { measuresXlsx } from '#server/strategy/export.ts';
import { listMeasures } from '#server/strategy/queries/measures.ts';
import type { Route } from './+types/export-xlsx';
import { exportRequest } from './status.server.ts';
import { database } from './ui.tsx';

/** The measure list with latest status as an Excel workbook, filtered like the pages. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const { filter, labels, name, t } = exportRequest(request, context);
  const measures = await listMeasures(database(context), filter);
  return new Response(measuresXlsx(measures, labels, t('strategy.export.sheet')), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    },
  });
}
