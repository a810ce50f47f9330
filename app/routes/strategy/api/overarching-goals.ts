import { overarchingGoalsAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/overarching-goals';
import { database } from '../ui.tsx';

export function loader({ context }: Route.LoaderArgs) {
  return overarchingGoalsAnswer(database(context));
}
