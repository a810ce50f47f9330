import { Alert, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { adminOverview } from '#server/strategy/admin-queries.ts';
import { reorderFocusAreas } from '#server/strategy/commands/focus-areas.ts';
import { reorderMeasures } from '#server/strategy/commands/measures.ts';
import type { StatusLevel } from '#server/strategy/schema.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/overview';
import { text, texts, throwUnlessShownInForm } from './form-data.ts';
import { SavedNotice } from './form-parts.tsx';
import { levelLabel } from './labels.ts';
import { MoveButtons } from './move-buttons.tsx';
import { moveInOrder } from './reorder.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const params = new URL(request.url).searchParams;
  return {
    csrf: csrfToken(context),
    areas: await adminOverview(context.get(servicesContext).db),
    saved: params.has('lagret'),
    stale: params.has('utdatert'),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const options = { requestId: context.get(requestInfoContext).requestId };
  const form = await request.formData();
  const order = moveInOrder(texts(form, 'order'), text(form, 'move'));
  const scope = text(form, 'scope');
  if (!order) return redirect(`/sekretariat/strategi#omrade-${scope}`);
  const outcome =
    text(form, 'intent') === 'reorder-focus-areas'
      ? await execute(db, reorderFocusAreas, actor, { strategyId: scope, order }, options)
      : await execute(db, reorderMeasures, actor, { focusAreaId: scope, order }, options);
  if (outcome.ok) return redirect(`/sekretariat/strategi?lagret=1#omrade-${scope}`);
  throwUnlessShownInForm(outcome);
  // The list was changed by someone else since it was shown: show it again as it is now.
  return redirect(`/sekretariat/strategi?utdatert=1#omrade-${scope}`);
}

export default function StrategyAdminOverview({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { areas, csrf } = loaderData;
  const strategyId = areas[0]?.strategyId ?? '';
  return (
    <>
      <title>{`${t('strategyAdmin.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.title')}
      </Heading>
      <Paragraph>{t('strategyAdmin.lead')}</Paragraph>
      <SavedNotice show={loaderData.saved} />
      {loaderData.stale && (
        <Alert data-color="warning" role="alert">
          {t('strategyAdmin.staleOrder')}
        </Alert>
      )}
      <nav aria-label={t('strategyAdmin.sections')}>
        <ul className="strategy-admin__links">
          <li>
            <Link href="/sekretariat/strategi/tiltak/ny">{t('strategyAdmin.measure.newTitle')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/strategi/satsingsomrader/ny">{t('strategyAdmin.focusArea.newTitle')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/strategi/malformuleringer">{t('strategyAdmin.goalStatements.title')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/strategi/aktorer">{t('strategyAdmin.actors.title')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/strategi/import">{t('strategyAdmin.import.title')}</Link>
          </li>
        </ul>
      </nav>

      <Heading level={2} data-size="md">
        {t('strategyAdmin.focusAreas')}
      </Heading>
      <Form method="post" className="strategy-admin__areas">
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="reorder-focus-areas" />
        <input type="hidden" name="scope" value={strategyId} />
        <ol className="strategy-admin__area-list">
          {areas.map((area, i) => (
            <li key={area.id}>
              <input type="hidden" name="order" value={area.id} />
              <Link href={`#omrade-${area.id}`}>{area.name}</Link>
              {area.retiredAt && <Tag data-color="warning">{t('strategyAdmin.retired')}</Tag>}
              <MoveButtons id={area.id} label={area.name} first={i === 0} last={i === areas.length - 1} />
            </li>
          ))}
        </ol>
      </Form>

      {areas.map((area) => (
        <section key={area.id} id={`omrade-${area.id}`} aria-labelledby={`heading-${area.id}`} className="strategy-admin__section">
          <Heading level={3} data-size="sm" id={`heading-${area.id}`}>
            {area.position}. {area.name} {area.retiredAt && <Tag data-color="warning">{t('strategyAdmin.retired')}</Tag>}
          </Heading>
          <Paragraph className="strategy-admin__actions">
            <Link href={`/sekretariat/strategi/satsingsomrader/${area.id}`}>{t('strategyAdmin.focusArea.editLink', { name: area.name })}</Link>
            <Link href={`/sekretariat/strategi/tiltak/ny?satsingsomrade=${area.id}`}>{t('strategyAdmin.measure.newIn', { name: area.name })}</Link>
          </Paragraph>
          {area.measures.length === 0 ? (
            <Paragraph>{t('strategyAdmin.noMeasures')}</Paragraph>
          ) : (
            <Form method="post">
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="reorder-measures" />
              <input type="hidden" name="scope" value={area.id} />
              {area.measures.map((m) => (
                <input key={m.id} type="hidden" name="order" value={m.id} />
              ))}
              <TableScroll>
                <Table zebra>
                  <caption>{t('strategyAdmin.measuresCaption', { name: area.name })}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t('strategyAdmin.measure.id')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('strategyAdmin.measure.title')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('strategyAdmin.latestStatus')}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t('strategyAdmin.order')}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {area.measures.map((m, i) => (
                      <Table.Row key={m.id}>
                        <Table.Cell className="nowrap">{m.id}</Table.Cell>
                        <Table.Cell>
                          <Link href={`/sekretariat/strategi/tiltak/${m.id}`}>{m.title}</Link>
                          {m.retiredAt && (
                            <>
                              {' '}
                              <Tag data-color="warning">{t('strategyAdmin.retired')}</Tag>
                            </>
                          )}
                        </Table.Cell>
                        <Table.Cell>{m.latestLevel ? t(levelLabel[m.latestLevel as StatusLevel]) : '–'}</Table.Cell>
                        <Table.Cell className="nowrap">
                          <MoveButtons id={m.id} label={m.title} first={i === 0} last={i === area.measures.length - 1} />
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </TableScroll>
            </Form>
          )}
        </section>
      ))}
    </>
  );
}
