// Pieces shared by the public strategy pages. Imported by components, so nothing here may pull in server code.
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { data, type RouterContextProvider } from 'react-router';
import type { ActionPlanFilter } from '#server/strategy/levels.ts';
import { LEVEL_ORDER } from '#server/strategy/levels.ts';
import type { ActorRef, LevelCounts, StatusEntry } from '#server/strategy/queries/types.ts';
import type { MeasureFilter } from '#server/strategy/queries/measures.ts';
import type { StatusLevel } from '#server/strategy/schema.ts';
import { servicesContext } from '../../context.ts';
import type { Locale, Translate } from '../../i18n/index.ts';

export const dateLocale: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

export function database(context: Readonly<RouterContextProvider>) {
  return context.get(servicesContext).db;
}

/** The 404 the root error boundary renders as "the page does not exist". */
export function notFound(): never {
  throw data({ reason: 'not-found' }, { status: 404 });
}

export function levelLabel(t: Translate, level: StatusLevel): string {
  return t(`strategy.level.${level}`);
}

export function actionPlanLabel(t: Translate, value: ActionPlanFilter | null): string {
  return t(`strategy.actionPlan.${value ?? 'not-stated'}`);
}

/** When a status entry applies: its date in the reader's language, else the source's wording with the year. */
export function statusWhen(entry: Pick<StatusEntry, 'date' | 'dateText' | 'year'>, locale: Locale): string {
  if (entry.date) return new Intl.DateTimeFormat(dateLocale[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${entry.date}T12:00:00Z`));
  if (!entry.dateText) return String(entry.year);
  return entry.dateText.includes(String(entry.year)) ? entry.dateText : `${entry.dateText} ${entry.year}`;
}

/** The filter as query parameters, leaving out what is not set; the pages and the exports share them. */
export function filterQuery(filter: MeasureFilter): string {
  const params = new URLSearchParams();
  for (const key of ['focusArea', 'level', 'actionPlan', 'actor'] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * A status summary that does not rely on colour: the bar is decoration (hidden from assistive technology);
 * the list beside it gives every level with its number in text.
 */
export function StatusSummary({ counts, t, label }: { counts: LevelCounts; t: Translate; label: string }) {
  const total = LEVEL_ORDER.reduce((sum, l) => sum + counts[l], 0);
  const present = LEVEL_ORDER.filter((l) => counts[l] > 0);
  const starts = present.map((_, i) => present.slice(0, i).reduce((sum, l) => sum + counts[l], 0));
  return (
    <div className="status-summary">
      {total > 0 && (
        <svg className="status-bar" viewBox={`0 0 ${total} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {present.map((l, i) => (
            <rect key={l} x={starts[i]} y={0} width={counts[l]} height={1} className={`level-fill level-fill--${l}`} />
          ))}
        </svg>
      )}
      <ul className="status-legend" aria-label={label}>
        {present.map((l) => (
          <li key={l}>
            <span className={`status-swatch level-bg--${l}`} aria-hidden="true" />
            {t('strategy.levelCount', { level: levelLabel(t, l), n: counts[l] })}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function StatusText({ entry, t, locale }: { entry: StatusEntry | null; t: Translate; locale: Locale }) {
  if (!entry) return <>{levelLabel(t, 'unknown')}</>;
  return (
    <div className="status-text">
      <span className={`level-tag level-bg--${entry.level}`}>{levelLabel(t, entry.level)}</span>
      {entry.text && <span className="pre-line">{entry.text}</span>}
      <span className="status-when">{statusWhen(entry, locale)}</span>
    </div>
  );
}

export function ActorLinks({ actors }: { actors: ActorRef[] }) {
  if (actors.length === 0) return null;
  return (
    <ul className="inline-list">
      {actors.map((a) => (
        <li key={a.id}>
          <Link href={`/strategien/aktorer/${a.id}`}>{a.shortName ?? a.name}</Link>
        </li>
      ))}
    </ul>
  );
}

export function BackToStrategy({ t }: { t: Translate }) {
  return (
    <Paragraph>
      <Link href="/strategien">{t('strategy.backToStrategy')}</Link>
    </Paragraph>
  );
}

/** Links to the measure list as CSV and XLSX, with the same filter as the page. */
export function ExportLinks({ query, t }: { query: string; t: Translate }) {
  return (
    <nav aria-label={t('strategy.export.label')} className="links-row">
      <Link href={`/strategien/tiltak.csv${query}`} download>
        {t('strategy.export.csv')}
      </Link>
      <Link href={`/strategien/tiltak.xlsx${query}`} download>
        {t('strategy.export.xlsx')}
      </Link>
    </nav>
  );
}
