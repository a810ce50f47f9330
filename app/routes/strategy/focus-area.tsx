import { Button, Field, Heading, Label, Link, Paragraph, Select } from '@digdir/designsystemet-react';
import { getFocusArea } from '#server/strategy/queries/focus-areas.ts';
import { lenientMeasureFilterSchema, listMeasures } from '#server/strategy/queries/measures.ts';
import { ACTION_PLAN_FILTERS, LEVEL_ORDER } from '#server/strategy/levels.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/focus-area';
import { MeasureTable } from './measure-table.tsx';
import { publicCasesLinkedTo } from '#server/meetings/linked-cases.ts';
import { LinkedCases } from '../council/linked-cases.tsx';
import { actionPlanLabel, BackToStrategy, database, ExportLinks, filterQuery, levelLabel, notFound } from './ui.tsx';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const db = database(context);
  const page = await getFocusArea(db, params.id);
  if (!page) notFound();
  const { level, actionPlan, actor } = lenientMeasureFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const filter = { focusArea: page.focusArea.id, level, actionPlan, actor };
  const filtered = Boolean(level || actionPlan || actor);
  const [measures, unfiltered, councilCases] = await Promise.all([
    listMeasures(db, filter),
    filtered ? listMeasures(db, { focusArea: page.focusArea.id }) : null,
    publicCasesLinkedTo(db, { focusAreaId: page.focusArea.id }),
  ]);
  return { ...page, filter, filtered, measures, total: (unfiltered ?? measures).length, councilCases };
}

export default function FocusAreaPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { focusArea, goalStatements, actorOptions, filter, measures, filtered, total } = loaderData;
  const here = `/strategien/satsingsomrader/${focusArea.id}`;
  return (
    <>
      <title>{`${focusArea.name} – ${t('nav.strategy')} – ${t('site.name')}`}</title>
      <BackToStrategy t={t} />
      <Heading level={1} data-size="lg">
        {focusArea.name}
      </Heading>
      {focusArea.description && <Paragraph>{focusArea.description}</Paragraph>}

      <section className="section" aria-labelledby="goal-statements-heading">
        <Heading level={2} data-size="md" id="goal-statements-heading">
          {t('strategy.focusArea.goalStatements')}
        </Heading>
        {goalStatements.length === 0 ? (
          <Paragraph>{t('strategy.focusArea.noGoalStatements')}</Paragraph>
        ) : (
          <ul>
            {goalStatements.map((g) => (
              <li key={g.id}>
                {g.text} <span className="muted">({g.overarchingGoalName})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="section" aria-labelledby="measures-heading">
        <Heading level={2} data-size="md" id="measures-heading">
          {t('strategy.focusArea.measures')}
        </Heading>
        <form method="get" action={here} className="filters" aria-label={t('strategy.filter.title')}>
          <Field>
            <Label htmlFor="filter-level">{t('strategy.filter.level')}</Label>
            <Select id="filter-level" name="level" defaultValue={filter.level ?? ''}>
              <Select.Option value="">{t('strategy.filter.all')}</Select.Option>
              {LEVEL_ORDER.map((l) => (
                <Select.Option key={l} value={l}>
                  {levelLabel(t, l)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="filter-action-plan">{t('strategy.filter.actionPlan')}</Label>
            <Select id="filter-action-plan" name="actionPlan" defaultValue={filter.actionPlan ?? ''}>
              <Select.Option value="">{t('strategy.filter.all')}</Select.Option>
              {ACTION_PLAN_FILTERS.map((v) => (
                <Select.Option key={v} value={v}>
                  {actionPlanLabel(t, v)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="filter-actor">{t('strategy.filter.actor')}</Label>
            <Select id="filter-actor" name="actor" defaultValue={filter.actor ?? ''}>
              <Select.Option value="">{t('strategy.filter.all')}</Select.Option>
              {actorOptions.map((a) => (
                <Select.Option key={a.id} value={a.id}>
                  {a.name}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary">
            {t('strategy.filter.apply')}
          </Button>
        </form>
        {filtered && (
          <Paragraph>
            <Link href={here}>{t('strategy.filter.reset')}</Link>
          </Paragraph>
        )}
        {measures.length === 0 ? (
          <Paragraph>{t('strategy.filter.noMatch')}</Paragraph>
        ) : (
          <MeasureTable measures={measures} caption={t('strategy.table.caption', { name: focusArea.name, count: measures.length, total })} />
        )}
        <ExportLinks query={filterQuery(filter)} t={t} />
      </section>
      <LinkedCases cases={loaderData.councilCases} />
    </>
  );
}
