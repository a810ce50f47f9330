import { route, type RouteConfigEntry } from '@react-router/dev/routes';

/** The public strategy pages under /strategien, their downloads, and the read-only JSON API under /api/v1. */
export const strategyRoutes: RouteConfigEntry[] = [
  route('strategien', 'routes/strategy/overview.tsx'),
  route('strategien/satsingsomrader/:id', 'routes/strategy/focus-area.tsx'),
  route('strategien/tiltak/:id', 'routes/strategy/measure.tsx'),
  route('strategien/aktorer', 'routes/strategy/actors.tsx'),
  route('strategien/aktorer/:id', 'routes/strategy/actor.tsx'),
  route('strategien/malformuleringer', 'routes/strategy/goal-statements.tsx'),
  route('strategien/status', 'routes/strategy/status.tsx'),
  route('strategien/tiltak.csv', 'routes/strategy/export-csv.ts'),
  route('strategien/tiltak.xlsx', 'routes/strategy/export-xlsx.ts'),
  route('api/v1/strategy', 'routes/strategy/api/strategy.ts'),
  route('api/v1/overarching-goals', 'routes/strategy/api/overarching-goals.ts'),
  route('api/v1/focus-areas', 'routes/strategy/api/focus-areas.ts'),
  route('api/v1/goal-statements', 'routes/strategy/api/goal-statements.ts'),
  route('api/v1/measures', 'routes/strategy/api/measures.ts'),
  route('api/v1/measures/:id', 'routes/strategy/api/measure.ts'),
  route('api/v1/actors', 'routes/strategy/api/actors.ts'),
  route('api/v1/actors/:id', 'routes/strategy/api/actor.ts'),
];
