import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../../db/types.ts';
import { focusAreaGoalStatements, focusAreas, goalStatements, overarchingGoals } from '../schema.ts';
import type { FocusAreaRef } from './types.ts';

export interface GoalStatementItem {
  id: string;
  position: number;
  text: string;
  overarchingGoalId: string;
  /** The public focus areas that name this statement as relevant, in the strategy's order. */
  focusAreas: FocusAreaRef[];
}

/** Every public goal statement in the order of its overarching goal, then its own position. */
export async function listGoalStatements(db: Queryable): Promise<GoalStatementItem[]> {
  const [statements, links] = await Promise.all([
    db
      .select({ id: goalStatements.id, position: goalStatements.position, text: goalStatements.text, overarchingGoalId: goalStatements.overarchingGoalId })
      .from(goalStatements)
      .innerJoin(overarchingGoals, eq(overarchingGoals.id, goalStatements.overarchingGoalId))
      .where(isNull(goalStatements.retiredAt))
      .orderBy(asc(overarchingGoals.position), asc(goalStatements.position), asc(goalStatements.id)),
    db
      .select({ goalStatementId: focusAreaGoalStatements.goalStatementId, id: focusAreas.id, name: focusAreas.name })
      .from(focusAreaGoalStatements)
      .innerJoin(focusAreas, and(eq(focusAreas.id, focusAreaGoalStatements.focusAreaId), isNull(focusAreas.retiredAt)))
      .orderBy(asc(focusAreas.position)),
  ]);
  return statements.map((s) => ({
    ...s,
    focusAreas: links.filter((l) => l.goalStatementId === s.id).map(({ id, name }) => ({ id, name })),
  }));
}

/** The overarching goals in order, each with its public goal statements and their focus areas. */
export async function goalStatementsByOverarchingGoal(db: Queryable) {
  const [goals, statements] = await Promise.all([listOverarchingGoals(db), listGoalStatements(db)]);
  return goals.map((goal) => ({ ...goal, goalStatements: statements.filter((s) => s.overarchingGoalId === goal.id) }));
}

/** The overarching goals in order (the API's list). */
export async function listOverarchingGoals(db: Queryable) {
  return db
    .select({ id: overarchingGoals.id, position: overarchingGoals.position, name: overarchingGoals.name, description: overarchingGoals.description })
    .from(overarchingGoals)
    .orderBy(overarchingGoals.position);
}
