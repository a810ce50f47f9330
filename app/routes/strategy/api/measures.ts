import { measuresAnswer } from '#server/strategy/api.ts';
import type { Route } from './+types/measures';
import { database } from '../ui.tsx';

export function loader({ request, context }: Route.LoaderArgs) {
  return measuresAnswer(database(context), new URL(request.url));
}
