import { route, type RouteConfigEntry } from '@react-router/dev/routes';

export const councilRoutes: RouteConfigEntry[] = [
  route('radet', 'routes/council/council.tsx'),
  route('moter', 'routes/council/meetings.tsx'),
  route('moter.ics', 'routes/council/meetings-ical.ts'),
  route('moter/:year/:number', 'routes/council/meeting.tsx'),
  route('moter/:year/:number/saker/:caseNumber', 'routes/council/case.tsx'),
  route('moter/:year/:number/saker/:caseNumber/saksframlegg.pdf', 'routes/council/paper-file.ts', { id: 'council-paper-pdf' }),
  route('moter/:year/:number/saker/:caseNumber/saksframlegg.docx', 'routes/council/paper-file.ts', { id: 'council-paper-docx' }),
  route('moter/:year/:number/saker/:caseNumber/vedlegg/:attachmentId/:version', 'routes/council/attachment-file.ts'),
  route('moter/:year/:number/innkalling.pdf', 'routes/council/meeting-file.ts', { id: 'council-notice-pdf' }),
  route('moter/:year/:number/motebok.pdf', 'routes/council/meeting-file.ts', { id: 'council-meeting-book-pdf' }),
  route('dokumenter', 'routes/council/documents.tsx'),
  route('dokumenter/:id', 'routes/council/document.tsx'),
  route('min-side/moter/:year/:number', 'routes/council/meeting-book.tsx'),
  route('api/v1/meetings', 'routes/council/api.ts', { id: 'council-api-meetings' }),
  route('api/v1/meetings/:year/:sequence', 'routes/council/api.ts', { id: 'council-api-meeting' }),
  route('api/v1/cases/:year/:sequence', 'routes/council/api.ts', { id: 'council-api-case' }),
  route('sekretariat/moter', 'routes/council/admin-meetings.tsx'),
  route('sekretariat/moter/:id', 'routes/council/admin-meeting.tsx'),
  route('sekretariat/saker/:id', 'routes/council/admin-case.tsx'),
  route('sekretariat/saker/:id/vedlegg', 'routes/council/admin-attachments.tsx'),
];
