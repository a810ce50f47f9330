import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { LEVEL_ORDER } from '#server/strategy/levels.ts';
import { listFocusAreas } from '#server/strategy/queries/focus-areas.ts';
import { renderStatusChart, sumLevelCounts } from '#server/strategy/status-chart.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/status';
import { levelLabels, readerLanguage, statusSentence } from './status.server.ts';
import { BackToStrategy, database, ExportLinks, levelLabel } from './ui.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  const { t } = readerLanguage(context);
  const focusAreas = await listFocusAreas(database(context));
  const totals = sumLevelCounts(focusAreas.map((f) => f.levelCounts));
  const sentence = statusSentence(context, totals);
  const svg = await renderStatusChart({
    rows: focusAreas,
    levelLabels: levelLabels(t),
    axisTitles: { count: t('strategy.status.count'), level: t('strategy.status.level') },
    title: t('strategy.status.chartTitle'),
    description: sentence,
  });
  return { focusAreas, totals, sentence, svg };
}

export default function StatusPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { focusAreas, totals, sentence, svg } = loaderData;
  const grandTotal = focusAreas.reduce((sum, f) => sum + f.measureCount, 0);
  return (
    <>
      <title>{`${t('strategy.status.title')} – ${t('nav.strategy')} – ${t('site.name')}`}</title>
      <BackToStrategy t={t} />
      <Heading level={1} data-size="lg">
        {t('strategy.status.title')}
      </Heading>
      <Paragraph data-size="lg">{sentence}</Paragraph>
      <figure className="chart">
        {/* The SVG is rendered on the server by Vega from our own data; it carries its own accessible name. */}
        <div dangerouslySetInnerHTML={{ __html: svg }} />
        <figcaption>{t('strategy.status.chartTitle')}</figcaption>
      </figure>
      <TableScroll>
        <Table zebra>
          <caption>{t('strategy.status.tableCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('strategy.status.focusArea')}</Table.HeaderCell>
              {LEVEL_ORDER.map((l) => (
                <Table.HeaderCell key={l} scope="col" className="num">
                  {levelLabel(t, l)}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col" className="num">
                {t('strategy.status.total')}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {focusAreas.map((f) => (
              <Table.Row key={f.id}>
                <Table.HeaderCell scope="row">
                  <Link href={`/strategien/satsingsomrader/${f.id}`}>{f.name}</Link>
                </Table.HeaderCell>
                {LEVEL_ORDER.map((l) => (
                  <Table.Cell key={l} className="num">
                    {f.levelCounts[l]}
                  </Table.Cell>
                ))}
                <Table.Cell className="num">{f.measureCount}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t('strategy.status.total')}</Table.HeaderCell>
              {LEVEL_ORDER.map((l) => (
                <Table.Cell key={l} className="num">
                  {totals[l]}
                </Table.Cell>
              ))}
              <Table.Cell className="num">{grandTotal}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        </Table>
      </TableScroll>
      <ExportLinks query="" t={t} />
    </>
  );
}
