import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { publicCasesLinkedTo } from '#server/meetings/linked-cases.ts';
import { getMeasure } from '#server/strategy/queries/measures.ts';
import { LinkedCases } from '../council/linked-cases.tsx';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/measure';
import { actionPlanLabel, database, levelLabel, notFound, statusWhen } from './ui.tsx';

export async function loader({ params, context }: Route.LoaderArgs) {
  const db = database(context);
  const measure = await getMeasure(db, params.id);
  if (!measure) notFound();
  return { measure, councilCases: await publicCasesLinkedTo(db, { measureId: measure.id }) };
}

export default function MeasurePage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { measure } = loaderData;
  return (
    <>
      <title>{`${measure.title} – ${t('nav.strategy')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href={`/strategien/satsingsomrader/${measure.focusArea.id}`}>{measure.focusArea.name}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {measure.title}
      </Heading>
      {measure.incomplete && (
        <Alert data-color="warning">
          <Paragraph>{t('strategy.measure.incomplete')}</Paragraph>
        </Alert>
      )}

      <dl className="facts">
        <dt>{t('strategy.measure.focusArea')}</dt>
        <dd>
          <Link href={`/strategien/satsingsomrader/${measure.focusArea.id}`}>{measure.focusArea.name}</Link>
        </dd>
        <dt>{t('strategy.measure.actionPlan')}</dt>
        <dd>
          {actionPlanLabel(t, measure.inGovernmentActionPlan)}
          {measure.inGovernmentActionPlanAsWritten && (
            <span className="muted"> ({t('strategy.measure.asWritten', { text: measure.inGovernmentActionPlanAsWritten })})</span>
          )}
        </dd>
        <dt>{t('strategy.measure.latest')}</dt>
        <dd>{levelLabel(t, measure.latestStatus?.level ?? 'unknown')}</dd>
        {measure.relatedFocusAreas.length > 0 && (
          <>
            <dt>{t('strategy.measure.related')}</dt>
            <dd>
              <ul className="inline-list">
                {measure.relatedFocusAreas.map((f) => (
                  <li key={f.id}>
                    <Link href={`/strategien/satsingsomrader/${f.id}`}>{f.name}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {measure.source && (
          <>
            <dt>{t('strategy.measure.source')}</dt>
            <dd>{measure.source}</dd>
          </>
        )}
      </dl>

      {measure.subPoints.length > 0 && (
        <section className="section" aria-labelledby="sub-points-heading">
          <Heading level={2} data-size="md" id="sub-points-heading">
            {t('strategy.measure.subPoints')}
          </Heading>
          <ul>
            {measure.subPoints.map((p, i) => (
              // Sub-points are plain text without ids, and their order is fixed by the source.
              <li key={i}>{p}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="section" aria-labelledby="actors-heading">
        <Heading level={2} data-size="md" id="actors-heading">
          {t('strategy.measure.actors')}
        </Heading>
        {measure.actors.length === 0 ? (
          <Paragraph>{t('strategy.measure.noActors')}</Paragraph>
        ) : (
          <ul>
            {measure.actors.map((a) => (
              <li key={a.id}>
                <Link href={`/strategien/aktorer/${a.id}`}>{a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name}</Link>
              </li>
            ))}
          </ul>
        )}
        {measure.actorsAsWritten && <Paragraph className="muted pre-line">{t('strategy.measure.asWritten', { text: measure.actorsAsWritten })}</Paragraph>}
      </section>

      {measure.note && (
        <section className="section" aria-labelledby="note-heading">
          <Heading level={2} data-size="md" id="note-heading">
            {t('strategy.measure.note')}
          </Heading>
          <Paragraph>{measure.note}</Paragraph>
        </section>
      )}

      <LinkedCases cases={loaderData.councilCases} />

      <section className="section" aria-labelledby="timeline-heading">
        <Heading level={2} data-size="md" id="timeline-heading">
          {t('strategy.measure.timeline')}
        </Heading>
        {measure.statusHistory.length === 0 ? (
          <Paragraph>{t('strategy.measure.noStatus')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('strategy.measure.timelineIntro')}</Paragraph>
            <ol className="timeline">
              {measure.statusHistory.map((s) => (
                <li key={s.id} className={`level-bg--${s.level}`}>
                  <Heading level={3} data-size="2xs">
                    {s.date ? <time dateTime={s.date}>{statusWhen(s, locale)}</time> : statusWhen(s, locale)}
                    {': '}
                    {levelLabel(t, s.level)}
                  </Heading>
                  {s.text && <Paragraph className="pre-line">{s.text}</Paragraph>}
                  <Paragraph data-size="sm" className="muted">
                    {t('strategy.measure.source')}: {s.source}
                  </Paragraph>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
    </>
  );
}
