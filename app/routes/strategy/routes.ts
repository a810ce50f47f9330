import { route, type RouteConfigEntry } from '@react-router/dev/routes';

/** The public strategy pages under /strategien. */
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
];
