import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { getActor } from '#server/strategy/queries/actors.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/actor';
import { MeasureTable } from './measure-table.tsx';
import { database, ExportLinks, filterQuery, notFound } from './ui.tsx';

export async function loader({ params, context }: Route.LoaderArgs) {
  const page = await getActor(database(context), params.id);
  if (!page) notFound();
  return page;
}

export default function ActorPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { actor, measures } = loaderData;
  return (
    <>
      <title>{`${actor.name} – ${t('strategy.actors.title')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/strategien/aktorer">{t('strategy.actors.title')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {actor.name}
      </Heading>
      <dl className="facts">
        <dt>{t('strategy.actor.type')}</dt>
        <dd>{t(`strategy.actorType.${actor.type}`)}</dd>
        {actor.sector && (
          <>
            <dt>{t('strategy.actor.sector')}</dt>
            <dd>{actor.sector}</dd>
          </>
        )}
        {actor.aliases.length > 0 && (
          <>
            <dt>{t('strategy.actor.aliases')}</dt>
            <dd>{actor.aliases.join(', ')}</dd>
          </>
        )}
      </dl>
      {actor.note && <Paragraph>{actor.note}</Paragraph>}
      <section className="section" aria-labelledby="measures-heading">
        <Heading level={2} data-size="md" id="measures-heading">
          {t('strategy.actor.measures')}
        </Heading>
        {measures.length === 0 ? (
          <Paragraph>{t('strategy.actor.none')}</Paragraph>
        ) : (
          <>
            <MeasureTable measures={measures} showFocusArea caption={t('strategy.actor.caption', { name: actor.shortName ?? actor.name, count: measures.length })} />
            <ExportLinks query={filterQuery({ actor: actor.id })} t={t} />
          </>
        )}
      </section>
    </>
  );
}
