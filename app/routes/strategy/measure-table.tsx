import { Link, Table } from '@digdir/designsystemet-react';
import type { MeasureListItem } from '#server/strategy/queries/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { ActorLinks, actionPlanLabel, StatusText } from './ui.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

/** The measures with their latest status and actors, as a table (focus-area and actor pages). */
export function MeasureTable({ measures, caption, showFocusArea = false }: { measures: MeasureListItem[]; caption: string; showFocusArea?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <TableScroll>
      <Table zebra className="measure-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('strategy.table.measure')}</Table.HeaderCell>
            {showFocusArea && <Table.HeaderCell scope="col">{t('strategy.table.focusArea')}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t('strategy.table.actionPlan')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('strategy.table.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('strategy.table.actors')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {measures.map((m) => (
            <Table.Row key={m.id}>
              <Table.HeaderCell scope="row">
                <Link href={`/strategien/tiltak/${m.id}`}>{m.title}</Link>
              </Table.HeaderCell>
              {showFocusArea && (
                <Table.Cell>
                  <Link href={`/strategien/satsingsomrader/${m.focusArea.id}`}>{m.focusArea.name}</Link>
                </Table.Cell>
              )}
              <Table.Cell>{actionPlanLabel(t, m.inGovernmentActionPlan)}</Table.Cell>
              <Table.Cell>
                <StatusText entry={m.latestStatus} t={t} locale={locale} />
              </Table.Cell>
              <Table.Cell>
                <ActorLinks actors={m.actors} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
