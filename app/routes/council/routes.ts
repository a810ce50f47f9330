import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const councilRoutes: RouteConfigEntry[] = [
  route('radet', 'routes/council/council.tsx'),
  route('moter', 'routes/council/meetings.tsx'),
  route('dokumenter', 'routes/council/documents.tsx'),
];
