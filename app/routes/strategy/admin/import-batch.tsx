import { Alert, Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { confirmImportBatch, previewImportBatch } from '#server/strategy/import/batches.ts';
import type { ImportMessage } from '#server/strategy/import/format.ts';
import type { RowOutcome, RowPlan } from '#server/strategy/import/plan.ts';
import type { StatusLevel } from '#server/strategy/schema.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { isMessageKey, type MessageKey, type Translate, useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/import-batch';
import { text } from './form-data.ts';
import { FormErrors } from './form-parts.tsx';
import { levelLabel } from './labels.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const preview = await previewImportBatch(context.get(servicesContext).db, params.batchId);
  if (!preview) throw data({ reason: 'not-found' }, { status: 404 });
  const { batch, plan, fingerprint } = preview;
  return {
    csrf: csrfToken(context),
    stale: new URL(request.url).searchParams.has('endret'),
    batch: { fileName: batch.fileName, createdAt: batch.createdAt.toISOString(), confirmedAt: batch.confirmedAt?.toISOString() ?? null, fileErrors: batch.fileErrors },
    plan,
    fingerprint,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const form = await request.formData();
  const path = `/sekretariat/strategi/import/${params.batchId}`;
  const outcome = await execute(
    context.get(servicesContext).db,
    confirmImportBatch,
    actor,
    { batchId: params.batchId, fingerprint: text(form, 'fingerprint') },
    { requestId: context.get(requestInfoContext).requestId },
  );
  if (outcome.ok) return redirect(path);
  if (outcome.kind === 'forbidden') throw data({ reason: 'forbidden' }, { status: 403 });
  if (outcome.kind === 'not-found') throw data({ reason: 'not-found' }, { status: 404 });
  if (outcome.kind === 'conflict') return redirect(`${path}?endret=1`);
  return data({ formErrors: outcome.formErrors }, { status: 422 });
}

const outcomeColor: Record<RowOutcome, 'success' | 'info' | 'neutral' | 'danger'> = { new: 'success', changed: 'info', unchanged: 'neutral', error: 'danger' };

function message(t: Translate, m: ImportMessage): string {
  return isMessageKey(m.key) ? t(m.key, m.values) : m.key;
}

const fieldLabel: Record<string, MessageKey> = {
  focusAreaId: 'strategyAdmin.measure.focusArea',
  title: 'strategyAdmin.measure.title',
  subPoints: 'strategyAdmin.measure.subPoints',
  inGovernmentActionPlan: 'strategyAdmin.measure.actionPlan',
  actorIds: 'strategyAdmin.measure.actors',
};

function RowDetails({ row }: { row: RowPlan }) {
  const { t } = useI18n();
  const items: string[] =
    row.outcome === 'error'
      ? row.errors.map((e) => t('strategyAdmin.import.errorIn', { column: e.column, reason: message(t, e) }))
      : [
          ...(row.outcome === 'new' ? [t('strategyAdmin.import.newMeasure')] : []),
          ...(row.outcome === 'changed' && row.changedFields.length > 0
            ? [t('strategyAdmin.import.changes', { fields: row.changedFields.map((f) => t(fieldLabel[f] ?? 'strategyAdmin.measure.title')).join(', ') })]
            : []),
          ...(row.status ? [t('strategyAdmin.import.newStatus', { date: row.status.date, level: t(levelLabel[row.status.level as StatusLevel]) })] : []),
        ];
  if (items.length === 0) return <>–</>;
  return (
    <ul className={row.outcome === 'error' ? 'changes strategy-admin__outcome-error' : 'changes'}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export default function ImportPreview({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { batch, plan } = loaderData;
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  return (
    <>
      <title>{`${t('strategyAdmin.import.previewTitle')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi/import">{t('strategyAdmin.import.title')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.import.previewTitle')}
      </Heading>
      <Paragraph>{t('strategyAdmin.import.fileInfo', { name: batch.fileName, time: time.format(new Date(batch.createdAt)) })}</Paragraph>
      <Paragraph>
        <strong>{t('strategyAdmin.import.summary', { new: plan.counts.new, changed: plan.counts.changed, unchanged: plan.counts.unchanged, error: plan.counts.error })}</strong>
      </Paragraph>
      {loaderData.stale && (
        <Alert data-color="warning" role="alert">
          {t('strategyAdmin.import.stale')}
        </Alert>
      )}
      <FormErrors errors={actionData?.formErrors} />
      {batch.fileErrors.length > 0 && (
        <Alert data-color="danger">
          <Paragraph>{t('strategyAdmin.import.fileErrors')}</Paragraph>
          <ul>
            {batch.fileErrors.map((e) => (
              <li key={message(t, e)}>{message(t, e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {batch.confirmedAt ? (
        <Alert data-color="success">{t('strategyAdmin.import.confirmed', { time: time.format(new Date(batch.confirmedAt)) })}</Alert>
      ) : plan.blocked ? (
        <Alert data-color="danger">
          <Paragraph>{t('strategyAdmin.import.blocked')}</Paragraph>
          <Paragraph>
            <Link href="/sekretariat/strategi/import">{t('strategyAdmin.import.uploadAgain')}</Link>
          </Paragraph>
        </Alert>
      ) : (
        <Form method="post" className="form-stack">
          <CsrfInput token={loaderData.csrf} />
          <input type="hidden" name="fingerprint" value={loaderData.fingerprint} />
          <Paragraph data-size="sm">{t('strategyAdmin.import.confirmHelp')}</Paragraph>
          <div>
            <Button type="submit">{t('strategyAdmin.import.confirm')}</Button>
          </div>
        </Form>
      )}
      {plan.rows.length > 0 && (
        <TableScroll className="strategy-admin__section">
          <Table zebra>
            <caption>{t('strategyAdmin.import.rowsCaption', { count: plan.rows.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('strategyAdmin.import.row')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.measure.id')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.measure.title')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.import.outcome')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.import.details')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.rows.map((row) => (
                <Table.Row key={row.rowNumber}>
                  <Table.HeaderCell scope="row">{row.rowNumber}</Table.HeaderCell>
                  <Table.Cell className="nowrap">{row.measureId ?? t('strategyAdmin.import.generatedId')}</Table.Cell>
                  <Table.Cell>{row.title || '–'}</Table.Cell>
                  <Table.Cell>
                    <Tag data-color={outcomeColor[row.outcome]}>{t(`strategyAdmin.import.outcome.${row.outcome}`)}</Tag>
                  </Table.Cell>
                  <Table.Cell>
                    <RowDetails row={row} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
