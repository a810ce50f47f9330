import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { listFocusAreas } from '#server/strategy/queries/focus-areas.ts';
import { servicesContext } from '../context.ts';
import { type MessageKey, useI18n } from '../i18n/index.ts';
import type { Route } from './+types/home';

const sections: { href: string; title: MessageKey }[] = [
  { href: '/strategien', title: 'nav.strategy' },
  { href: '/radet', title: 'nav.council' },
  { href: '/moter', title: 'nav.meetings' },
  { href: '/monitor', title: 'nav.monitor' },
  { href: '/dokumenter', title: 'nav.documents' },
];

export async function loader({ context }: Route.LoaderArgs) {
  const areas = await listFocusAreas(context.get(servicesContext).db);
  return { strategy: { focusAreas: areas.length, measures: areas.reduce((sum, a) => sum + a.measureCount, 0) } };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('site.name')} – ${t('site.tagline')}`}</title>
      <Heading level={1} data-size="xl">
        {t('home.title')}
      </Heading>
      <Paragraph data-size="lg">{t('home.lead')}</Paragraph>
      <section aria-labelledby="sections-heading">
        <Heading level={2} data-size="md" id="sections-heading">
          {t('home.sections')}
        </Heading>
        <ul className="card-grid">
          {sections.map((s) => (
            <li key={s.href}>
              <Card asChild data-color="accent">
                <a href={s.href}>
                  <Heading level={3} data-size="sm">
                    {t(s.title)}
                  </Heading>
                  {s.href === '/strategien' && <Paragraph data-size="sm">{t('strategy.home.summary', loaderData.strategy)}</Paragraph>}
                </a>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
