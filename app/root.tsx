import dsCss from '@digdir/designsystemet-css?url';
import themeCss from '@digdir/designsystemet-css/theme?url';
import interCss from '@fontsource-variable/inter?url';
import type { ReactNode } from 'react';
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from 'react-router';
import type { Route } from './+types/root';
import { ErrorPage } from './components/error-page.tsx';
import { SiteFooter } from './components/site-footer.tsx';
import { SiteHeader } from './components/site-header.tsx';
import { localeContext, requestInfoContext, servicesContext, userContext } from './context.ts';
import { htmlLang, I18nProvider, translator } from './i18n/index.ts';
import { csrfToken, platformMiddleware } from './middleware/platform.ts';
import appCss from './styles/app.css?url';
import councilCss from './styles/council.css?url';
import monitorCss from './styles/monitor.css?url';
import strategyCss from './styles/strategy.css?url';
import strategyAdminCss from './styles/strategy-admin.css?url';

export const middleware: Route.MiddlewareFunction[] = [platformMiddleware];

export const links: Route.LinksFunction = () => [
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
  { rel: 'stylesheet', href: interCss },
  { rel: 'stylesheet', href: dsCss },
  { rel: 'stylesheet', href: themeCss },
  { rel: 'stylesheet', href: appCss },
  { rel: 'stylesheet', href: strategyCss },
  { rel: 'stylesheet', href: strategyAdminCss },
  { rel: 'stylesheet', href: councilCss },
  { rel: 'stylesheet', href: monitorCss },
];

export function loader({ context }: Route.LoaderArgs) {
  const user = context.get(userContext);
  const { config } = context.get(servicesContext);
  return {
    locale: context.get(localeContext),
    nonce: context.get(requestInfoContext).nonce,
    requestId: context.get(requestInfoContext).requestId,
    user: user ? { name: user.name, role: user.role } : null,
    // Signed-in pages carry the sign-out form, so they need the token; public pages stay cookie-free.
    csrf: user ? csrfToken(context) : null,
    demo: config.mode === 'demo',
  };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<RootData>('root');
  const locale = root?.locale ?? 'nb';
  const t = translator(locale);
  return (
    <html lang={htmlLang[locale]} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nProvider value={{ locale, t }}>
          <SiteHeader user={root?.user ?? null} csrf={root?.csrf ?? null} />
          <main id="main" tabIndex={-1} className="page">
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
        <ScrollRestoration nonce={root?.nonce} />
        <Scripts nonce={root?.nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<RootData>('root');
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const reason = isRouteErrorResponse(error) && typeof error.data === 'object' && error.data ? (error.data as { reason?: string }).reason : undefined;
  return <ErrorPage status={status} reason={reason} requestId={root?.requestId} />;
}
