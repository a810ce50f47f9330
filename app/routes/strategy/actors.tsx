import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { listActors } from '#server/strategy/queries/actors.ts';
import { ACTOR_TYPES } from '#server/strategy/schema.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/actors';
import { BackToStrategy, database } from './ui.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  const actors = await listActors(database(context));
  const groups = ACTOR_TYPES.map((type) => ({ type, actors: actors.filter((a) => a.type === type) })).filter((g) => g.actors.length > 0);
  return { groups };
}

export default function ActorsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('strategy.actors.title')} – ${t('nav.strategy')} – ${t('site.name')}`}</title>
      <BackToStrategy t={t} />
      <Heading level={1} data-size="lg">
        {t('strategy.actors.title')}
      </Heading>
      <Paragraph>{t('strategy.actors.intro')}</Paragraph>
      {loaderData.groups.map((group) => (
        <section key={group.type} className="section" aria-labelledby={`type-${group.type}`}>
          <Heading level={2} data-size="sm" id={`type-${group.type}`}>
            {t(`strategy.actorType.${group.type}`)}
          </Heading>
          <ul>
            {group.actors.map((a) => (
              <li key={a.id}>
                <Link href={`/strategien/aktorer/${a.id}`}>{a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name}</Link>{' '}
                <span className="muted">– {t('strategy.actors.measureCount', { n: a.measureCount })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
