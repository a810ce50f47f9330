import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const councilRoutes: RouteConfigEntry[] = [
  route('radet', 'routes/council/council.tsx'),
  route('moter', 'routes/council/meetings.tsx'),
  route('moter.ics', 'routes/council/meetings-ical.ts'),
  route('moter/:year/:number', 'routes/council/meeting.tsx'),
  route('moter/:year/:number/saker/:caseNumber', 'routes/council/case.tsx'),
  route('dokumenter', 'routes/council/documents.tsx'),
  route('dokumenter/:id', 'routes/council/document.tsx'),
];
