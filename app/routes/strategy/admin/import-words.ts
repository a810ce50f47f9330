import { IMPORT_COLUMNS, type ImportColumn } from '#server/strategy/import/format.ts';
import type { TemplateWords } from '#server/strategy/import/template.ts';
import type { MessageKey, Translate } from '../../../i18n/index.ts';

/** The documented meaning of each import column, in the user's language (import page and template). */
export function importColumnHelp(t: Translate): Record<ImportColumn, string> {
  return Object.fromEntries(IMPORT_COLUMNS.map((column) => [column, t(`strategyAdmin.import.column.${column}` as MessageKey)])) as Record<ImportColumn, string>;
}

export function templateWords(t: Translate): TemplateWords {
  return {
    measures: t('strategyAdmin.import.sheetMeasures'),
    columns: t('strategyAdmin.import.sheetColumns'),
    focusAreas: t('strategyAdmin.import.sheetFocusAreas'),
    actors: t('strategyAdmin.import.sheetActors'),
    column: t('strategyAdmin.import.column'),
    help: t('strategyAdmin.import.meaning'),
    name: t('strategyAdmin.import.name'),
    columnHelp: importColumnHelp(t),
  };
}
