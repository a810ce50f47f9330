import { measureAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/measure';
import { database } from '../ui.tsx';

export function loader({ params, context }: Route.LoaderArgs) {
  return measureAnswer(database(context), params.id);
}
