import { actorsAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/actors';
import { database } from '../ui.tsx';

export function loader({ context }: Route.LoaderArgs) {
  return actorsAnswer(database(context));
}
