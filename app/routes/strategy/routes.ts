import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const strategyRoutes: RouteConfigEntry[] = [route('strategien', 'routes/strategy/overview.tsx')];
