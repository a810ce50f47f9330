import { Alert, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { editChoices, goalStatementList } from '#server/strategy/admin-queries.ts';
import { reorderGoalStatements } from '#server/strategy/commands/goal-statements.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/goal-statements';
import { text, texts, throwUnlessShownInForm } from './form-data.ts';
import { SavedNotice } from './form-parts.tsx';
import { MoveButtons } from './move-buttons.tsx';
import { moveInOrder } from './reorder.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

const PATH = '/sekretariat/strategi/malformuleringer';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  const { db } = context.get(servicesContext);
  const params = new URL(request.url).searchParams;
  const [goals, choices] = await Promise.all([goalStatementList(db), editChoices(db)]);
  return { csrf: csrfToken(context), goals, focusAreas: choices.focusAreas, saved: params.has('lagret'), stale: params.has('utdatert') };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  const form = await request.formData();
  const scope = text(form, 'scope');
  const order = moveInOrder(texts(form, 'order'), text(form, 'move'));
  if (!order) return redirect(`${PATH}#mal-${scope}`);
  const { db } = context.get(servicesContext);
  const outcome = await execute(db, reorderGoalStatements, actor, { overarchingGoalId: scope, order }, { requestId: context.get(requestInfoContext).requestId });
  if (outcome.ok) return redirect(`${PATH}?lagret=1#mal-${scope}`);
  throwUnlessShownInForm(outcome);
  return redirect(`${PATH}?utdatert=1#mal-${scope}`);
}

export default function GoalStatementsAdmin({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { goals, focusAreas, csrf } = loaderData;
  const areaName = (id: string) => focusAreas.find((f) => f.id === id)?.name ?? id;
  return (
    <>
      <title>{`${t('strategyAdmin.goalStatements.title')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.goalStatements.title')}
      </Heading>
      <SavedNotice show={loaderData.saved} />
      {loaderData.stale && (
        <Alert data-color="warning" role="alert">
          {t('strategyAdmin.staleOrder')}
        </Alert>
      )}
      <Paragraph>
        <Link href={`${PATH}/ny`}>{t('strategyAdmin.goalStatement.newTitle')}</Link>
      </Paragraph>
      {goals.map((goal) => (
        <section key={goal.id} id={`mal-${goal.id}`} aria-labelledby={`goal-${goal.id}`} className="strategy-admin__section">
          <Heading level={2} data-size="md" id={`goal-${goal.id}`}>
            {goal.name}
          </Heading>
          <Form method="post">
            <CsrfInput token={csrf} />
            <input type="hidden" name="scope" value={goal.id} />
            {goal.goalStatements.map((s) => (
              <input key={s.id} type="hidden" name="order" value={s.id} />
            ))}
            <TableScroll>
              <Table zebra>
                <caption>{t('strategyAdmin.goalStatements.caption', { name: goal.name })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('strategyAdmin.goalStatement.text')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('strategyAdmin.goalStatement.focusAreas')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('strategyAdmin.order')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {goal.goalStatements.map((s, i) => (
                    <Table.Row key={s.id}>
                      <Table.Cell>
                        <Link href={`${PATH}/${s.id}`}>{s.text}</Link>
                        {s.retiredAt && (
                          <>
                            {' '}
                            <Tag data-color="warning">{t('strategyAdmin.retired')}</Tag>
                          </>
                        )}
                      </Table.Cell>
                      <Table.Cell>{s.focusAreaIds.map(areaName).join(', ') || '–'}</Table.Cell>
                      <Table.Cell className="nowrap">
                        <MoveButtons id={s.id} label={s.text} first={i === 0} last={i === goal.goalStatements.length - 1} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </Form>
        </section>
      ))}
    </>
  );
}
