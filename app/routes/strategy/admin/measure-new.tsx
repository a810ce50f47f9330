import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { data, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { editChoices } from '#server/strategy/admin-queries.ts';
import { createMeasure } from '#server/strategy/commands/measures.ts';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/measure-new';
import { fieldErrorsOf, savedUrl, throwUnlessShownInForm } from './form-data.ts';
import { MeasureForm, measureInput, readMeasureForm } from './measure-form.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const choices = await editChoices(context.get(servicesContext).db);
  const wanted = new URL(request.url).searchParams.get('satsingsomrade');
  const focusAreaId = choices.focusAreas.find((f) => f.id === wanted && !f.retiredAt)?.id ?? choices.focusAreas.find((f) => !f.retiredAt)?.id ?? '';
  return { csrf: csrfToken(context), choices, focusAreaId };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const values = readMeasureForm(await request.formData());
  const outcome = await execute(db, createMeasure, actor, measureInput(values), { requestId: context.get(requestInfoContext).requestId });
  if (outcome.ok) return redirect(savedUrl(`/sekretariat/strategi/tiltak/${outcome.value.id}`));
  throwUnlessShownInForm(outcome);
  return data({ values, fieldErrors: fieldErrorsOf(outcome) }, { status: 422 });
}

export default function NewMeasure({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const values = actionData?.values ?? { version: '1', focusAreaId: loaderData.focusAreaId, title: '', subPoints: '', inGovernmentActionPlan: '', actorIds: [], note: '' };
  return (
    <>
      <title>{`${t('strategyAdmin.measure.newTitle')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.measure.newTitle')}
      </Heading>
      <MeasureForm csrf={loaderData.csrf} values={values} errors={actionData?.fieldErrors ?? {}} choices={loaderData.choices} submitLabel={t('strategyAdmin.measure.create')} />
    </>
  );
}
