import { type RouteConfig, index, route } from '@react-router/dev/routes';

export default [
  index('routes/home.tsx'),
  route('strategien', 'routes/strategy.tsx'),
  route('radet', 'routes/council.tsx'),
  route('moter', 'routes/meetings.tsx'),
  route('monitor', 'routes/monitor.tsx'),
  route('dokumenter', 'routes/documents.tsx'),
  route('tilgjengelighetserklaering', 'routes/accessibility.tsx'),
  route('sprak/:locale', 'routes/language.ts'),
  route('logg-inn', 'routes/sign-in.tsx'),
  route('logg-ut', 'routes/sign-out.ts'),
  route('auth/oidc', 'routes/oidc-start.ts'),
  route('auth/oidc/callback', 'routes/oidc-callback.ts'),
  route('min-side', 'routes/my-page.tsx'),
  route('sekretariat', 'routes/secretariat.tsx'),
  route('sekretariat/revisjonslogg', 'routes/audit-log.tsx'),
  route('*', 'routes/not-found.tsx'),
] satisfies RouteConfig;
