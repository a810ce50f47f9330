import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const monitorRoutes: RouteConfigEntry[] = [
  route('monitor', 'routes/monitor/front-page.tsx'),
  route('monitor/:id', 'routes/monitor/indicator.tsx'),
  route('monitor/:id/nedlasting/:file', 'routes/monitor/download.ts'),
];
