import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { focusAreaForEdit } from '#server/strategy/admin-queries.ts';
import { createFocusArea, setFocusAreaRetired, updateFocusArea } from '#server/strategy/commands/focus-areas.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/focus-area';
import { savedUrl, text, throwUnlessShownInForm } from './form-data.ts';
import { failedRetire, failedSave } from './failed-save.ts';
import { ConflictView, FormErrors, SavedNotice, TextareaField } from './form-parts.tsx';
import { RetireForm } from './retire-form.tsx';

const NEW = 'ny';
type Values = { version: string; name: string; description: string };
const valuesOf = (row: { version: number; name: string; description: string | null }): Values => ({
  version: String(row.version),
  name: row.name,
  description: row.description ?? '',
});

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const area = params.focusAreaId === NEW ? null : await focusAreaForEdit(db, params.focusAreaId);
  if (params.focusAreaId !== NEW && !area) throw data({ reason: 'not-found' }, { status: 404 });
  return { csrf: csrfToken(context), area, saved: new URL(request.url).searchParams.has('lagret') };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const options = { requestId: context.get(requestInfoContext).requestId };
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = params.focusAreaId;
  const path = `/sekretariat/strategi/satsingsomrader/${id}`;
  if (intent === 'retire' || intent === 'restore') {
    const outcome = await execute(db, setFocusAreaRetired, actor, { id, version: text(form, 'version'), retired: intent === 'retire' }, options);
    if (outcome.ok) return redirect(savedUrl(path));
    return failedRetire(outcome, intent);
  }
  const values: Values = { version: text(form, 'version'), name: text(form, 'name'), description: text(form, 'description') };
  const outcome = id === NEW ? await execute(db, createFocusArea, actor, values, options) : await execute(db, updateFocusArea, actor, { id, ...values }, options);
  if (outcome.ok) return redirect(savedUrl(`/sekretariat/strategi/satsingsomrader/${outcome.value.id}`));
  throwUnlessShownInForm(outcome);
  return failedSave(db, outcome, { intent, values }, {
    entity: 'focus-area',
    id,
    load: async () => {
      const current = await focusAreaForEdit(db, id);
      return current && { version: current.version, values: valuesOf(current) };
    },
  });
}

export default function FocusAreaAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { area, csrf } = loaderData;
  const values = actionData?.values ?? (area ? valuesOf(area) : { version: '1', name: '', description: '' });
  const errors: Record<string, string[] | undefined> = actionData?.intent === 'save' ? actionData.fieldErrors : {};
  const conflict = actionData?.conflict ?? null;
  const title = area ? t('strategyAdmin.focusArea.editTitle', { name: area.name }) : t('strategyAdmin.focusArea.newTitle');
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <SavedNotice show={loaderData.saved && !actionData} />
      {conflict && (
        <ConflictView
          rows={[
            { label: t('strategyAdmin.focusArea.name'), mine: values.name.trim(), current: conflict.current.name },
            { label: t('strategyAdmin.focusArea.description'), mine: values.description.trim(), current: conflict.current.description },
          ]}
          changedBy={conflict.by}
          changedAt={conflict.at}
        />
      )}
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={values.version} />
        <FormField name="name" label={t('strategyAdmin.focusArea.name')} defaultValue={values.name} errors={errors.name} required />
        <TextareaField name="description" label={t('strategyAdmin.focusArea.description')} defaultValue={values.description} errors={errors.description} rows={6} />
        <div>
          <Button type="submit">{conflict ? t('strategyAdmin.conflict.reapply') : area ? t('strategyAdmin.save') : t('strategyAdmin.create')}</Button>
        </div>
      </Form>
      {area && (
        <>
          <FormErrors errors={actionData?.intent === 'retire' || actionData?.intent === 'restore' ? actionData.fieldErrors.retired : undefined} />
          <RetireForm csrf={csrf} version={area.version} retired={Boolean(area.retiredAt)} help={t('strategyAdmin.focusArea.retireHelp')} />
        </>
      )}
    </>
  );
}
