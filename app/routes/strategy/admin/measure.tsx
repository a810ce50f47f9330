import { Button, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { editChoices, lastChange, measureForEdit } from '#server/strategy/admin-queries.ts';
import { setMeasureRetired, updateMeasure } from '#server/strategy/commands/measures.ts';
import { addStatusEntry } from '#server/strategy/commands/status-entries.ts';
import { STATUS_LEVELS } from '#server/strategy/schema.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/measure';
import { fieldErrorsOf, savedUrl, text, throwUnlessShownInForm } from './form-data.ts';
import { ConflictView, FormErrors, SavedNotice, SelectField, TextareaField } from './form-parts.tsx';
import { levelLabel } from './labels.ts';
import { RetireForm } from './retire-form.tsx';
import { MeasureForm, type MeasureFormValues, measureConflictRows, measureFormValues, measureInput, readMeasureForm } from './measure-form.tsx';
import { TableScroll } from '../../../components/table-scroll.tsx';

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const [found, choices, changed] = await Promise.all([measureForEdit(db, params.measureId), editChoices(db), lastChange(db, 'measure', params.measureId)]);
  if (!found) throw data({ reason: 'not-found' }, { status: 404 });
  return {
    csrf: csrfToken(context),
    saved: new URL(request.url).searchParams.has('lagret'),
    measure: found.measure,
    history: found.history,
    choices,
    lastChange: changed ? { by: changed.actorLabel, at: changed.at.toISOString() } : null,
  };
}

type StatusValues = { date: string; level: string; text: string; source: string };

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const options = { requestId: context.get(requestInfoContext).requestId };
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = params.measureId;
  // Not the request URL: a client-side submission posts to the `.data` variant of the page.
  const path = `/sekretariat/strategi/tiltak/${id}`;

  if (intent === 'add-status') {
    const status: StatusValues = { date: text(form, 'date'), level: text(form, 'level'), text: text(form, 'text'), source: text(form, 'source') };
    const outcome = await execute(db, addStatusEntry, actor, { measureId: id, ...status }, options);
    if (outcome.ok) return redirect(`${savedUrl(path)}#status-history`);
    throwUnlessShownInForm(outcome);
    return data({ intent, status, fieldErrors: fieldErrorsOf(outcome), values: null, conflict: null }, { status: 422 });
  }

  if (intent === 'retire' || intent === 'restore') {
    const outcome = await execute(db, setMeasureRetired, actor, { id, version: text(form, 'version'), retired: intent === 'retire' }, options);
    if (outcome.ok) return redirect(savedUrl(path));
    throwUnlessShownInForm(outcome);
    return data({ intent, status: null, fieldErrors: { retired: ['strategyAdmin.conflict.retire'] } as Record<string, string[]>, values: null, conflict: null }, { status: 409 });
  }

  const values = readMeasureForm(form);
  const outcome = await execute(db, updateMeasure, actor, { id, ...measureInput(values) }, options);
  if (outcome.ok) return redirect(savedUrl(path));
  throwUnlessShownInForm(outcome);
  if (outcome.kind === 'conflict') {
    const current = await measureForEdit(db, id);
    if (!current) throw data({ reason: 'not-found' }, { status: 404 });
    const changed = await lastChange(db, 'measure', id);
    return data(
      {
        intent,
        status: null,
        fieldErrors: {} as Record<string, string[]>,
        // The form keeps what the user typed but now carries the saved version: saving again re-applies it knowingly.
        values: { ...values, version: String(current.measure.version) },
        conflict: { current: measureFormValues(current.measure), by: changed?.actorLabel ?? null, at: changed?.at.toISOString() ?? null },
      },
      { status: 409 },
    );
  }
  return data({ intent, status: null, fieldErrors: fieldErrorsOf(outcome), values, conflict: null }, { status: 422 });
}

export default function MeasureAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { measure, history, choices, csrf } = loaderData;
  const editErrors = actionData?.intent === 'save' ? actionData.fieldErrors : {};
  const statusErrors: Record<string, string[] | undefined> = actionData?.intent === 'add-status' ? actionData.fieldErrors : {};
  const values: MeasureFormValues = actionData?.values ?? measureFormValues(measure);
  const status = actionData?.status ?? { date: '', level: '', text: '', source: '' };
  const conflict = actionData?.conflict ?? null;
  const formatDate = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'UTC' });
  const title = `${t('strategyAdmin.measure.editTitle')} ${measure.id}`;
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}: {measure.title}
      </Heading>
      {measure.retiredAt && (
        <Tag data-color="warning" className="strategy-admin__tag">
          {t('strategyAdmin.retired')}
        </Tag>
      )}
      {measure.incomplete && <Paragraph data-size="sm">{t('strategyAdmin.measure.incomplete')}</Paragraph>}
      <SavedNotice show={loaderData.saved && !actionData} />
      {loaderData.lastChange && (
        <Paragraph data-size="sm">
          {t('strategyAdmin.lastChanged', { name: loaderData.lastChange.by, time: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(loaderData.lastChange.at)) })}
        </Paragraph>
      )}

      <section aria-labelledby="edit-heading" className="strategy-admin__section">
        <Heading level={2} data-size="md" id="edit-heading">
          {t('strategyAdmin.measure.editHeading')}
        </Heading>
        {conflict && <ConflictView rows={measureConflictRows(t, values, conflict.current, choices)} changedBy={conflict.by} changedAt={conflict.at} />}
        <MeasureForm csrf={csrf} values={values} errors={editErrors} choices={choices} submitLabel={conflict ? t('strategyAdmin.conflict.reapply') : t('strategyAdmin.save')} />
        {conflict && (
          <Paragraph>
            <Link href={`/sekretariat/strategi/tiltak/${measure.id}`}>{t('strategyAdmin.conflict.discard')}</Link>
          </Paragraph>
        )}
      </section>

      <section aria-labelledby="status-heading" className="strategy-admin__section">
        <Heading level={2} data-size="md" id="status-heading">
          {t('strategyAdmin.status.addHeading')}
        </Heading>
        <Paragraph data-size="sm">{t('strategyAdmin.status.appendOnly')}</Paragraph>
        <Form method="post" className="form-stack" noValidate>
          <CsrfInput token={csrf} />
          <input type="hidden" name="intent" value="add-status" />
          <FormField name="date" type="date" label={t('strategyAdmin.status.date')} defaultValue={status.date} errors={statusErrors.date} required />
          <SelectField
            name="level"
            label={t('strategyAdmin.status.level')}
            defaultValue={status.level}
            errors={statusErrors.level}
            options={[{ value: '', label: t('strategyAdmin.status.chooseLevel') }, ...STATUS_LEVELS.map((l) => ({ value: l, label: t(levelLabel[l]) }))]}
          />
          <TextareaField name="text" label={t('strategyAdmin.status.text')} defaultValue={status.text} errors={statusErrors.text} />
          <FormField name="source" label={t('strategyAdmin.status.source')} defaultValue={status.source} errors={statusErrors.source} required />
          <div>
            <Button type="submit">{t('strategyAdmin.status.add')}</Button>
          </div>
        </Form>
      </section>

      <section aria-labelledby="status-history" className="strategy-admin__section">
        <Heading level={2} data-size="md" id="status-history">
          {t('strategyAdmin.status.history')}
        </Heading>
        <TableScroll>
          <Table zebra>
            <caption>{t('strategyAdmin.status.historyCaption', { count: history.length })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('strategyAdmin.status.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.status.level')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.status.text')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.status.source')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {history.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell className="nowrap">{entry.date ? formatDate.format(new Date(`${entry.date}T00:00:00Z`)) : (entry.dateText ?? String(entry.year))}</Table.Cell>
                  <Table.Cell>{t(levelLabel[entry.level])}</Table.Cell>
                  <Table.Cell className="strategy-admin__pre">{entry.text ?? '–'}</Table.Cell>
                  <Table.Cell>{entry.source}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>

      <FormErrors errors={actionData?.intent === 'retire' || actionData?.intent === 'restore' ? actionData.fieldErrors.retired : undefined} />
      <RetireForm
        csrf={csrf}
        version={measure.version}
        retired={Boolean(measure.retiredAt)}
        help={measure.retiredAt ? t('strategyAdmin.measure.restoreHelp') : t('strategyAdmin.measure.retireHelp')}
      />
    </>
  );
}
