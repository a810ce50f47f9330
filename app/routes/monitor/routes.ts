import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const monitorRoutes: RouteConfigEntry[] = [
  route('monitor', 'routes/monitor/front-page.tsx'),
  route('monitor/embed/:id', 'routes/monitor/embed.tsx'),
  route('monitor/:id', 'routes/monitor/indicator.tsx'),
  route('monitor/:id/nedlasting/:file', 'routes/monitor/download.ts'),
  route('sekretariat/monitor', 'routes/monitor/admin.tsx'),
  route('sekretariat/monitor/import/:importId', 'routes/monitor/admin-import.tsx'),
  route('api/v1/indicators', 'routes/monitor/api/indicators.ts'),
  route('api/v1/indicators/:id', 'routes/monitor/api/indicator.ts'),
  route('api/v1/indicators/:id/data', 'routes/monitor/api/data.ts'),
];
