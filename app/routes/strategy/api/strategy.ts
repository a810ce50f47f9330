import { strategyAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/strategy';
import { database } from '../ui.tsx';

export function loader({ context }: Route.LoaderArgs) {
  return strategyAnswer(database(context));
}
