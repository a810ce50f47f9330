import { Button } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { type MessageKey, type Translate, useI18n } from '../../../i18n/index.ts';
import { CheckboxGroup, type ConflictRow, SelectField, TextareaField } from './form-parts.tsx';
import { lines, text, texts } from './form-data.ts';

/** The measure form as typed: strings, so a rejected form comes back exactly as it was sent. */
export interface MeasureFormValues {
  version: string;
  focusAreaId: string;
  title: string;
  subPoints: string;
  inGovernmentActionPlan: string;
  actorIds: string[];
  note: string;
}

export function readMeasureForm(form: FormData): MeasureFormValues {
  return {
    version: text(form, 'version'),
    focusAreaId: text(form, 'focusAreaId'),
    title: text(form, 'title'),
    subPoints: text(form, 'subPoints'),
    inGovernmentActionPlan: text(form, 'inGovernmentActionPlan'),
    actorIds: texts(form, 'actorIds'),
    note: text(form, 'note'),
  };
}

export function measureInput(values: MeasureFormValues) {
  return { ...values, subPoints: lines(values.subPoints) };
}

interface StoredMeasure {
  version: number;
  focusAreaId: string;
  title: string;
  subPoints: string[];
  inGovernmentActionPlan: string | null;
  actorIds: string[];
  note: string | null;
}

export function measureFormValues(m: StoredMeasure): MeasureFormValues {
  return {
    version: String(m.version),
    focusAreaId: m.focusAreaId,
    title: m.title,
    subPoints: m.subPoints.join('\n'),
    inGovernmentActionPlan: m.inGovernmentActionPlan ?? '',
    actorIds: m.actorIds,
    note: m.note ?? '',
  };
}

export const actionPlanLabel: Record<string, MessageKey> = {
  yes: 'strategyAdmin.actionPlan.yes',
  partly: 'strategyAdmin.actionPlan.partly',
  no: 'strategyAdmin.actionPlan.no',
  '': 'strategyAdmin.actionPlan.notStated',
};

export interface Choices {
  focusAreas: { id: string; name: string; retiredAt: Date | string | null }[];
  actors: { id: string; name: string; shortName: string | null; retiredAt: Date | string | null }[];
}

const actorName = (a: { name: string; shortName: string | null }) => (a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name);

const subPoints = (v: string) =>
  lines(v)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** Side-by-side rows for the conflict view: what the user sent against what is saved now. */
export function measureConflictRows(t: Translate, mine: MeasureFormValues, current: MeasureFormValues, choices: Choices): ConflictRow[] {
  const area = (id: string) => choices.focusAreas.find((f) => f.id === id)?.name ?? id;
  const actorsOf = (ids: string[]) => ids.map((id) => choices.actors.find((a) => a.id === id)?.name ?? id).join('\n');
  return [
    { label: t('strategyAdmin.measure.title'), mine: mine.title.trim(), current: current.title },
    { label: t('strategyAdmin.measure.subPoints'), mine: subPoints(mine.subPoints), current: subPoints(current.subPoints) },
    {
      label: t('strategyAdmin.measure.actionPlan'),
      mine: t(actionPlanLabel[mine.inGovernmentActionPlan] ?? 'strategyAdmin.actionPlan.notStated'),
      current: t(actionPlanLabel[current.inGovernmentActionPlan] ?? 'strategyAdmin.actionPlan.notStated'),
    },
    { label: t('strategyAdmin.measure.actors'), mine: actorsOf(mine.actorIds), current: actorsOf(current.actorIds) },
    { label: t('strategyAdmin.measure.focusArea'), mine: area(mine.focusAreaId), current: area(current.focusAreaId) },
    { label: t('strategyAdmin.measure.note'), mine: mine.note.trim(), current: current.note },
  ];
}

export function MeasureForm({
  csrf,
  values,
  errors,
  choices,
  submitLabel,
}: {
  csrf: string;
  values: MeasureFormValues;
  errors: Record<string, string[] | undefined>;
  choices: Choices;
  submitLabel: string;
}) {
  const { t } = useI18n();
  // A retired focus area or actor stays selectable only where the measure already has it.
  const areas = choices.focusAreas.filter((f) => !f.retiredAt || f.id === values.focusAreaId);
  const actorOptions = choices.actors.filter((a) => !a.retiredAt || values.actorIds.includes(a.id));
  return (
    <Form method="post" className="form-stack strategy-admin__form" noValidate>
      <CsrfInput token={csrf} />
      <input type="hidden" name="intent" value="save" />
      <input type="hidden" name="version" value={values.version} />
      <FormField name="title" label={t('strategyAdmin.measure.title')} defaultValue={values.title} errors={errors.title} required />
      <SelectField
        name="focusAreaId"
        label={t('strategyAdmin.measure.focusArea')}
        defaultValue={values.focusAreaId}
        errors={errors.focusAreaId}
        options={areas.map((f) => ({ value: f.id, label: f.name }))}
      />
      <TextareaField
        name="subPoints"
        label={t('strategyAdmin.measure.subPoints')}
        description={t('strategyAdmin.measure.subPointsHelp')}
        defaultValue={values.subPoints}
        errors={errors.subPoints}
      />
      <SelectField
        name="inGovernmentActionPlan"
        label={t('strategyAdmin.measure.actionPlan')}
        defaultValue={values.inGovernmentActionPlan}
        errors={errors.inGovernmentActionPlan}
        options={['yes', 'partly', 'no', ''].map((v) => ({ value: v, label: t(actionPlanLabel[v]!) }))}
      />
      <CheckboxGroup
        name="actorIds"
        legend={t('strategyAdmin.measure.actors')}
        selected={values.actorIds}
        errors={errors.actorIds}
        options={actorOptions.map((a) => ({ value: a.id, label: actorName(a) }))}
      />
      <TextareaField name="note" label={t('strategyAdmin.measure.note')} defaultValue={values.note} errors={errors.note} rows={3} />
      <div>
        <Button type="submit">{submitLabel}</Button>
      </div>
    </Form>
  );
}
