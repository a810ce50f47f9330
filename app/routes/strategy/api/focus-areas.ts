import { focusAreasAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/focus-areas';
import { database } from '../ui.tsx';

export function loader({ context }: Route.LoaderArgs) {
  return focusAreasAnswer(database(context));
}
