import { goalStatementsAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/goal-statements';
import { database } from '../ui.tsx';

export function loader({ context }: Route.LoaderArgs) {
  return goalStatementsAnswer(database(context));
}
