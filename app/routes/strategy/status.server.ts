// Loader-side helpers: they run only on the server (the .server suffix keeps them out of the browser bundle).
import type { RouterContextProvider } from 'react-router';
import type { LevelCounts } from '#server/strategy/queries/types.ts';
import type { ExportLabels } from '#server/strategy/export.ts';
import { ACTION_PLAN_FILTERS, type ActionPlanFilter, LEVEL_ORDER } from '#server/strategy/levels.ts';
import { lenientMeasureFilterSchema } from '#server/strategy/queries/measures.ts';
import type { StatusLevel } from '#server/strategy/schema.ts';
import { type KnownLevel, summariseStatus } from '#server/strategy/status-chart.ts';
import { localeContext } from '../../context.ts';
import { type Locale, type Translate, translator } from '../../i18n/index.ts';
import { dateLocale } from './ui.tsx';

export function readerLanguage(context: Readonly<RouterContextProvider>): { locale: Locale; t: Translate } {
  const locale = context.get(localeContext);
  return { locale, t: translator(locale) };
}

export function levelLabels(t: Translate): Record<StatusLevel, string> {
  return Object.fromEntries(LEVEL_ORDER.map((l) => [l, t(`strategy.level.${l}`)])) as Record<StatusLevel, string>;
}

/** The one-sentence summary of the counts in the reader's language, e.g. "Av 54 tiltak er 6 innført …". */
export function statusSentence(context: Readonly<RouterContextProvider>, counts: LevelCounts): string {
  const { locale, t } = readerLanguage(context);
  const levels = Object.fromEntries(
    LEVEL_ORDER.filter((l): l is KnownLevel => l !== 'unknown').map((l) => [l, t(`strategy.summary.${l}`)]),
  ) as Record<KnownLevel, string>;
  return summariseStatus(
    counts,
    {
      intro: t('strategy.summary.intro'),
      unknownTail: t('strategy.summary.unknownTail'),
      end: t('strategy.summary.end'),
      allUnknown: t('strategy.summary.allUnknown'),
      none: t('strategy.summary.none'),
      levels,
    },
    dateLocale[locale],
  );
}

export function exportLabels(t: Translate): ExportLabels {
  return {
    headers: {
      focusArea: t('strategy.table.focusArea'),
      measureId: t('strategy.export.id'),
      measure: t('strategy.table.measure'),
      subPoints: t('strategy.measure.subPoints'),
      inGovernmentActionPlan: t('strategy.table.actionPlan'),
      statusLevel: t('strategy.table.status'),
      statusText: t('strategy.export.statusText'),
      statusDate: t('strategy.export.statusDate'),
      statusYear: t('strategy.export.statusYear'),
      statusSource: t('strategy.export.statusSource'),
      actors: t('strategy.table.actors'),
    },
    levels: levelLabels(t),
    actionPlan: Object.fromEntries(ACTION_PLAN_FILTERS.map((v) => [v, t(`strategy.actionPlan.${v}`)])) as Record<ActionPlanFilter, string>,
  };
}

/** The measures a download asks for: the same filter parameters as the pages, read the same lenient way. */
export function exportRequest(request: Request, context: Readonly<RouterContextProvider>) {
  const filter = lenientMeasureFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { t } = readerLanguage(context);
  const name = ['ho21-tiltak', filter.focusArea, filter.actor, filter.level, filter.actionPlan].filter(Boolean).join('-');
  return { filter, t, labels: exportLabels(t), name };
}
