import { Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { actorList } from '#server/strategy/admin-queries.ts';
import { servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import type { Route } from './+types/actors';
import { SavedNotice } from './form-parts.tsx';
import { actorTypeLabel } from './labels.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  return { actors: await actorList(context.get(servicesContext).db), saved: new URL(request.url).searchParams.has('lagret') };
}

export default function ActorsAdmin({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('strategyAdmin.actors.title')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.actors.title')}
      </Heading>
      <SavedNotice show={loaderData.saved} />
      <Paragraph>
        <Link href="/sekretariat/strategi/aktorer/ny">{t('strategyAdmin.actor.newTitle')}</Link>
      </Paragraph>
      <TableScroll>
        <Table zebra>
          <caption>{t('strategyAdmin.actors.caption', { count: loaderData.actors.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('strategyAdmin.actor.name')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('strategyAdmin.actor.shortName')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('strategyAdmin.actor.type')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('strategyAdmin.actor.sector')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.actors.map((a) => (
              <Table.Row key={a.id}>
                <Table.Cell>
                  <Link href={`/sekretariat/strategi/aktorer/${a.id}`}>{a.name}</Link>
                  {a.retiredAt && (
                    <>
                      {' '}
                      <Tag data-color="warning">{t('strategyAdmin.retired')}</Tag>
                    </>
                  )}
                </Table.Cell>
                <Table.Cell>{a.shortName ?? '–'}</Table.Cell>
                <Table.Cell>{t(actorTypeLabel[a.type])}</Table.Cell>
                <Table.Cell>{a.sector ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
