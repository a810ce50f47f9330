import { type RouteConfig, index, route } from '@react-router/dev/routes';
import { councilRoutes } from './routes/council/routes.ts';
import { monitorRoutes } from './routes/monitor/routes.ts';
import { strategyAdminRoutes } from './routes/strategy/admin-routes.ts';
import { strategyRoutes } from './routes/strategy/routes.ts';

// Each domain lists its own routes; this file only puts them together with the platform's.
export default [
  index('routes/home.tsx'),
  ...strategyRoutes,
  ...strategyAdminRoutes,
  ...councilRoutes,
  ...monitorRoutes,
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
