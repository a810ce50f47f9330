import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { goalStatementsByOverarchingGoal } from '#server/strategy/queries/goal-statements.ts';
import { useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/goal-statements';
import { BackToStrategy, database } from './ui.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  return { goals: await goalStatementsByOverarchingGoal(database(context)) };
}

export default function GoalStatementsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('strategy.goalStatements.title')} – ${t('nav.strategy')} – ${t('site.name')}`}</title>
      <BackToStrategy t={t} />
      <Heading level={1} data-size="lg">
        {t('strategy.goalStatements.title')}
      </Heading>
      <Paragraph>{t('strategy.goalStatements.intro')}</Paragraph>
      {loaderData.goals.map((goal) => (
        <section key={goal.id} className="section" aria-labelledby={`goal-${goal.id}`}>
          <Heading level={2} data-size="md" id={`goal-${goal.id}`}>
            {goal.name}
          </Heading>
          {goal.description && <Paragraph className="muted">{goal.description}</Paragraph>}
          <ol className="plain-list">
            {goal.goalStatements.map((s) => (
              <li key={s.id} id={s.id}>
                <Paragraph>{s.text}</Paragraph>
                {s.focusAreas.length === 0 ? (
                  <Paragraph data-size="sm" className="muted">
                    {t('strategy.goalStatements.noFocusArea')}
                  </Paragraph>
                ) : (
                  <div className="links-row">
                    <span className="muted">{t('strategy.goalStatements.focusAreas')}</span>
                    <ul className="inline-list">
                      {s.focusAreas.map((f) => (
                        <li key={f.id}>
                          <Link href={`/strategien/satsingsomrader/${f.id}`}>{f.name}</Link>
                        </li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
