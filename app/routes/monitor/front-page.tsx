import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { monitorOverview, type IndicatorCard } from '#server/monitor/overview.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { translator, useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/front-page';
import { ChartSvg, summaryText } from './ui.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const t = translator(locale);
  return monitorOverview(db, locale, (s) => summaryText(t, s));
}

function Cards({ cards }: { cards: IndicatorCard[] }) {
  const { t } = useI18n();
  return (
    <ul className="monitor-cards">
      {cards.map((card) => (
        <li key={card.id}>
          <Card className="monitor-card">
            <Heading level={3} data-size="xs">
              <a href={`/monitor/${card.id}`}>{card.title}</a>
            </Heading>
            {card.svg ? <ChartSvg svg={card.svg} className="monitor-chart monitor-chart--small" /> : null}
            <Paragraph data-size="sm">{card.summary ?? t('monitor.noData')}</Paragraph>
          </Card>
        </li>
      ))}
    </ul>
  );
}

export default function MonitorFrontPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { groups, other, count } = loaderData;
  return (
    <>
      <title>{`${t('monitor.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('monitor.title')}
      </Heading>
      <Paragraph data-size="lg">{t('monitor.intro')}</Paragraph>
      {count === 0 && <Paragraph>{t('monitor.empty')}</Paragraph>}
      <div className="monitor-groups">
        {groups.map((group) => (
          <section key={`${group.kind}-${group.id}`} aria-labelledby={`group-${group.kind}-${group.id}`}>
            <Heading level={2} data-size="md" id={`group-${group.kind}-${group.id}`}>
              {group.kind === 'goal' ? group.name : t('monitor.focusArea', { name: group.name })}
            </Heading>
            <Cards cards={group.indicators} />
          </section>
        ))}
        {other.length > 0 && (
          <section aria-labelledby="group-other">
            <Heading level={2} data-size="md" id="group-other">
              {t('monitor.other')}
            </Heading>
            <Paragraph>{t('monitor.otherIntro')}</Paragraph>
            <Cards cards={other} />
          </section>
        )}
      </div>
    </>
  );
}
