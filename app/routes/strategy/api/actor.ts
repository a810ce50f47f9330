import { actorAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/actor';
import { database } from '../ui.tsx';

export function loader({ params, context }: Route.LoaderArgs) {
  return actorAnswer(database(context), params.id);
}
