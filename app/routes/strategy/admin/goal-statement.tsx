import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { editChoices, goalStatementForEdit } from '#server/strategy/admin-queries.ts';
import { createGoalStatement, setGoalStatementRetired, updateGoalStatement } from '#server/strategy/commands/goal-statements.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/goal-statement';
import { savedUrl, text, texts, throwUnlessShownInForm } from './form-data.ts';
import { failedRetire, failedSave } from './failed-save.ts';
import { CheckboxGroup, ConflictView, FormErrors, SavedNotice, SelectField, TextareaField } from './form-parts.tsx';
import { RetireForm } from './retire-form.tsx';

const NEW = 'ny';
const PATH = '/sekretariat/strategi/malformuleringer';
type Values = { version: string; overarchingGoalId: string; text: string; focusAreaIds: string[] };
const valuesOf = (row: { version: number; overarchingGoalId: string; text: string; focusAreaIds: string[] }): Values => ({
  version: String(row.version),
  overarchingGoalId: row.overarchingGoalId,
  text: row.text,
  focusAreaIds: row.focusAreaIds,
});

export async function loader({ request, context, params }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const [statement, choices] = await Promise.all([params.goalStatementId === NEW ? null : goalStatementForEdit(db, params.goalStatementId), editChoices(db)]);
  if (params.goalStatementId !== NEW && !statement) throw data({ reason: 'not-found' }, { status: 404 });
  return { csrf: csrfToken(context), statement, choices, saved: new URL(request.url).searchParams.has('lagret') };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const options = { requestId: context.get(requestInfoContext).requestId };
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = params.goalStatementId;
  if (intent === 'retire' || intent === 'restore') {
    const outcome = await execute(db, setGoalStatementRetired, actor, { id, version: text(form, 'version'), retired: intent === 'retire' }, options);
    if (outcome.ok) return redirect(savedUrl(`${PATH}/${id}`));
    return failedRetire(outcome, intent);
  }
  const values: Values = { version: text(form, 'version'), overarchingGoalId: text(form, 'overarchingGoalId'), text: text(form, 'text'), focusAreaIds: texts(form, 'focusAreaIds') };
  const outcome = id === NEW ? await execute(db, createGoalStatement, actor, values, options) : await execute(db, updateGoalStatement, actor, { id, ...values }, options);
  if (outcome.ok) return redirect(savedUrl(`${PATH}/${outcome.value.id}`));
  throwUnlessShownInForm(outcome);
  return failedSave(db, outcome, { intent, values }, {
    entity: 'goal-statement',
    id,
    load: async () => {
      const current = await goalStatementForEdit(db, id);
      return current && { version: current.version, values: valuesOf(current) };
    },
  });
}

export default function GoalStatementAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { statement, choices, csrf } = loaderData;
  const values = actionData?.values ?? (statement ? valuesOf(statement) : { version: '1', overarchingGoalId: choices.overarchingGoals[0]?.id ?? '', text: '', focusAreaIds: [] });
  const errors: Record<string, string[] | undefined> = actionData?.intent === 'save' ? actionData.fieldErrors : {};
  const conflict = actionData?.conflict ?? null;
  const goalName = (id: string) => choices.overarchingGoals.find((g) => g.id === id)?.name ?? id;
  const areaNames = (ids: string[]) => ids.map((id) => choices.focusAreas.find((f) => f.id === id)?.name ?? id).join('\n');
  const title = statement ? t('strategyAdmin.goalStatement.editTitle') : t('strategyAdmin.goalStatement.newTitle');
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href={PATH}>{t('strategyAdmin.goalStatements.back')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <SavedNotice show={loaderData.saved && !actionData} />
      {conflict && (
        <ConflictView
          rows={[
            { label: t('strategyAdmin.goalStatement.text'), mine: values.text.trim(), current: conflict.current.text },
            { label: t('strategyAdmin.goalStatement.goal'), mine: goalName(values.overarchingGoalId), current: goalName(conflict.current.overarchingGoalId) },
            { label: t('strategyAdmin.goalStatement.focusAreas'), mine: areaNames([...values.focusAreaIds].sort()), current: areaNames(conflict.current.focusAreaIds) },
          ]}
          changedBy={conflict.by}
          changedAt={conflict.at}
        />
      )}
      <Form method="post" className="form-stack strategy-admin__form" noValidate>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="version" value={values.version} />
        <TextareaField name="text" label={t('strategyAdmin.goalStatement.text')} defaultValue={values.text} errors={errors.text} rows={3} />
        <SelectField
          name="overarchingGoalId"
          label={t('strategyAdmin.goalStatement.goal')}
          defaultValue={values.overarchingGoalId}
          errors={errors.overarchingGoalId}
          options={choices.overarchingGoals.map((g) => ({ value: g.id, label: g.name }))}
        />
        <CheckboxGroup
          name="focusAreaIds"
          legend={t('strategyAdmin.goalStatement.focusAreas')}
          selected={values.focusAreaIds}
          errors={errors.focusAreaIds}
          options={choices.focusAreas.filter((f) => !f.retiredAt || values.focusAreaIds.includes(f.id)).map((f) => ({ value: f.id, label: f.name }))}
        />
        <div>
          <Button type="submit">{conflict ? t('strategyAdmin.conflict.reapply') : statement ? t('strategyAdmin.save') : t('strategyAdmin.create')}</Button>
        </div>
      </Form>
      {statement && (
        <>
          <FormErrors errors={actionData?.intent === 'retire' || actionData?.intent === 'restore' ? actionData.fieldErrors.retired : undefined} />
          <RetireForm csrf={csrf} version={statement.version} retired={Boolean(statement.retiredAt)} help={t('strategyAdmin.goalStatement.retireHelp')} />
        </>
      )}
    </>
  );
}
