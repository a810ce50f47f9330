import { Card, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { getStrategyOverview } from '#server/strategy/queries/focus-areas.ts';
import { sumLevelCounts } from '#server/strategy/status-chart.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/overview';
import { statusSentence } from './status.server.ts';
import { database, ExportLinks, notFound, StatusSummary } from './ui.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  const overview = await getStrategyOverview(database(context));
  if (!overview) notFound();
  return { ...overview, sentence: statusSentence(context, sumLevelCounts(overview.focusAreas.map((f) => f.levelCounts))) };
}

export default function StrategyPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { strategy, overarchingGoals, mainPriorities, focusAreas, events, sentence } = loaderData;
  return (
    <>
      <title>{`${strategy.name} – ${t('nav.strategy')}`}</title>
      <Heading level={1} data-size="xl">
        {strategy.name}
      </Heading>
      {strategy.subtitle && strategy.publishedYear && (
        <Paragraph data-size="lg">{t('strategy.subtitlePublished', { subtitle: strategy.subtitle, year: strategy.publishedYear })}</Paragraph>
      )}
      {strategy.description && <Paragraph>{strategy.description}</Paragraph>}

      <section className="section" aria-labelledby="vision-heading">
        <Heading level={2} data-size="md" id="vision-heading">
          {t('strategy.vision')}
        </Heading>
        <p className="vision">{strategy.vision}</p>
      </section>

      <section className="section" aria-labelledby="goals-heading">
        <Heading level={2} data-size="md" id="goals-heading">
          {t('strategy.goals')}
        </Heading>
        <Paragraph>{t('strategy.goalsIntro')}</Paragraph>
        <ol className="plain-list">
          {overarchingGoals.map((g) => (
            <li key={g.id}>
              <Heading level={3} data-size="xs">
                {g.name}
              </Heading>
              {g.description && <Paragraph>{g.description}</Paragraph>}
            </li>
          ))}
        </ol>
        <Paragraph>
          <Link href="/strategien/malformuleringer">{t('strategy.goalStatements.title')}</Link>
        </Paragraph>
      </section>

      <section className="section" aria-labelledby="priorities-heading">
        <Heading level={2} data-size="md" id="priorities-heading">
          {t('strategy.mainPriorities')}
        </Heading>
        <ol>
          {mainPriorities.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="focus-areas-heading">
        <Heading level={2} data-size="md" id="focus-areas-heading">
          {t('strategy.focusAreas')}
        </Heading>
        <Paragraph>{sentence}</Paragraph>
        <div className="links-row">
          <Link href="/strategien/status">{t('strategy.status.link')}</Link>
          <Link href="/strategien/aktorer">{t('strategy.actors.title')}</Link>
        </div>
        <ul className="card-grid card-grid--wide">
          {focusAreas.map((f) => (
            <li key={f.id}>
              <Card data-color="neutral" className="focus-area-card">
                <Heading level={3} data-size="xs">
                  <Link href={`/strategien/satsingsomrader/${f.id}`}>{f.name}</Link>
                </Heading>
                <Paragraph data-size="sm">{t('strategy.measureCount', { n: f.measureCount })}</Paragraph>
                <StatusSummary counts={f.levelCounts} t={t} label={t('strategy.statusOf', { name: f.name })} />
              </Card>
            </li>
          ))}
        </ul>
        <ExportLinks query="" t={t} />
      </section>

      <section className="section" aria-labelledby="dates-heading">
        <Heading level={2} data-size="md" id="dates-heading">
          {t('strategy.keyDates')}
        </Heading>
        <ol className="events">
          {events.map((e) => (
            <li key={e.id}>
              <time dateTime={e.date}>{e.dateText ?? e.date}</time>
              {e.title}
            </li>
          ))}
        </ol>
      </section>

      <section className="section" aria-labelledby="api-heading">
        <Heading level={2} data-size="md" id="api-heading">
          {t('strategy.api.title')}
        </Heading>
        <Paragraph>
          {t('strategy.api.text')} <Link href="/api/v1/strategy">/api/v1/strategy</Link>
        </Paragraph>
      </section>
    </>
  );
}
