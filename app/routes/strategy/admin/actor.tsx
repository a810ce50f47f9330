import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { actorForEdit } from '#server/strategy/admin-queries.ts';
import { createActor, setActorRetired, updateActor } from '#server/strategy/commands/actors.ts';
import { ACTOR_TYPES } from '#server/strategy/schema.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/actor';
import { lines, savedUrl, text, throwUnlessShownInForm } from './form-data.ts';
import { failedRetire, failedSave } from './failed-save.ts';
import { ConflictView, FormErrors, SavedNotice, SelectField, TextareaField } from './form-parts.tsx';
import { actorTypeLabel } from './labels.ts';
import { RetireForm } from './retire-form.tsx';

const NEW = 'ny';
const PATH = '/sekretariat/strategi/aktorer';
type Values = { version: string; name: string; shortName: string; type: string; sector: string; aliases: string; note: string };
const valuesOf = (row: { version: number; name: string; shortName: string | null; type: string; sector: string | null; aliases: string[]; note: string | null }): Values => ({
  version: String(row.version),
  name: row.name,
  shortName: row.shortName ?? '',
  type: row.type,
  sector: row.sector ?? '',
  aliases: row.aliases.join('\n'),
  note: row.note ?? '',
});

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const actorRow = params.actorId === NEW ? null : await actorForEdit(db, params.actorId);
  if (params.actorId !== NEW && !actorRow) throw data({ reason: 'not-found' }, { status: 404 });
  return { csrf: csrfToken(context), actor: actorRow, saved: new URL(request.url).searchParams.has('lagret') };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const editor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const options = { requestId: context.get(requestInfoContext).requestId };
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = params.actorId;
  if (intent === 'retire' || intent === 'restore') {
    const outcome = await execute(db, setActorRetired, editor, { id, version: text(form, 'version'), retired: intent === 'retire' }, options);
    if (outcome.ok) return redirect(savedUrl(`${PATH}/${id}`));
    return failedRetire(outcome, intent);
  }
  const values: Values = {
    version: text(form, 'version'),
    name: text(form, 'name'),
    shortName: text(form, 'shortName'),
    type: text(form, 'type'),
    sector: text(form, 'sector'),
    aliases: text(form, 'aliases'),
    note: text(form, 'note'),
  };
  const input = { ...values, aliases: lines(values.aliases) };
  const outcome = id === NEW ? await execute(db, createActor, editor, input, options) : await execute(db, updateActor, editor, { id, ...input }, options);
  if (outcome.ok) return redirect(savedUrl(`${PATH}/${outcome.value.id}`));
  throwUnlessShownInForm(outcome);
  return failedSave(db, outcome, { intent, values }, {
    entity: 'actor',
    id,
    load: async () => {
      const current = await actorForEdit(db, id);
      return current && { version: current.version, values: valuesOf(current) };
    },
  });
}

export default function ActorAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { actor, csrf } = loaderData;
  const values = actionData?.values ?? (actor ? valuesOf(actor) : { version: '1', name: '', shortName: '', type: '', sector: '', aliases: '', note: '' });
  const errors: Record<string, string[] | undefined> = actionData?.intent === 'save' ? actionData.fieldErrors : {};
  const conflict = actionData?.conflict ?? null;
  const typeName = (type: string) => (type in actorTypeLabel ? t(actorTypeLabel[type as keyof typeof actorTypeLabel]) : type);
  const title = actor ? t('strategyAdmin.actor.editTitle', { name: actor.name }) : t('strategyAdmin.actor.newTitle');
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href={PATH}>{t('strategyAdmin.actors.back')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <SavedNotice show={loaderData.saved && !actionData} />
      {conflict && (
        <ConflictView
          rows={[
            { label: t('strategyAdmin.actor.name'), mine: values.name.trim(), current: conflict.current.name },
            { label: t('strategyAdmin.actor.shortName'), mine: values.shortName.trim(), current: conflict.current.shortName },
            { label: t('strategyAdmin.actor.type'), mine: typeName(values.type), current: typeName(conflict.current.type) },
            { label: t('strategyAdmin.actor.sector'), mine: values.sector.trim(), current: conflict.current.sector },
            { label: t('strategyAdmin.actor.aliases'), mine: lines(values.aliases).map((l) => l.trim()).filter(Boolean).join('\n'), current: conflict.current.aliases },
            { label: t('strategyAdmin.actor.note'), mine: values.note.trim(), current: conflict.current.note },
          ]}
          changedBy={conflict.by}
          changedAt={conflict.at}
        />
      )}
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={values.version} />
        <FormField name="name" label={t('strategyAdmin.actor.name')} defaultValue={values.name} errors={errors.name} required />
        <FormField name="shortName" label={t('strategyAdmin.actor.shortName')} defaultValue={values.shortName} errors={errors.shortName} />
        <SelectField
          name="type"
          label={t('strategyAdmin.actor.type')}
          defaultValue={values.type}
          errors={errors.type}
          options={[{ value: '', label: t('strategyAdmin.actor.chooseType') }, ...ACTOR_TYPES.map((type) => ({ value: type, label: t(actorTypeLabel[type]) }))]}
        />
        <FormField name="sector" label={t('strategyAdmin.actor.sector')} defaultValue={values.sector} errors={errors.sector} />
        <TextareaField name="aliases" label={t('strategyAdmin.actor.aliases')} description={t('strategyAdmin.actor.aliasesHelp')} defaultValue={values.aliases} errors={errors.aliases} rows={3} />
        <TextareaField name="note" label={t('strategyAdmin.actor.note')} defaultValue={values.note} errors={errors.note} rows={3} />
        <div>
          <Button type="submit">{conflict ? t('strategyAdmin.conflict.reapply') : actor ? t('strategyAdmin.save') : t('strategyAdmin.create')}</Button>
        </div>
      </Form>
      {actor && (
        <>
          <FormErrors errors={actionData?.intent === 'retire' || actionData?.intent === 'restore' ? actionData.fieldErrors.retired : undefined} />
          <RetireForm csrf={csrf} version={actor.version} retired={Boolean(actor.retiredAt)} help={t('strategyAdmin.actor.retireHelp')} />
        </>
      )}
    </>
  );
}
