import { importTemplateXlsx } from '#server/strategy/import/template.ts';
import { localeContext, servicesContext } from '../../../context.ts';
import { translator } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import type { Route } from './+types/import-template';
import { templateWords } from './import-words.ts';

/** The XLSX import template, made from the data as it is now. */
export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const workbook = await importTemplateXlsx(context.get(servicesContext).db, templateWords(translator(context.get(localeContext))));
  return new Response(new Uint8Array(workbook), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': 'attachment; filename="ho21-tiltak-importmal.xlsx"',
      'Cache-Control': 'private, no-store',
    },
  });
}
