import interCss from '@fontsource-variable/inter?url';
import { renderToStaticMarkup } from 'react-dom/server';
import { data } from 'react-router';
import { embedCsp } from '#server/http/security-headers.ts';
import { indicatorPage } from '#server/monitor/page.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { htmlLang, isLocale, translator } from '../../i18n/index.ts';
import monitorCss from '../../styles/monitor.css?url';
import type { Route } from './+types/embed';
import { ChartSvg, summaryText } from './ui.tsx';

/**
 * `/monitor/embed/:id?<filters>`: only the chart and its source line, as a document of its own (no site
 * header, no scripts), which other sites may put in an iframe. `lang` chooses the language, since a
 * cross-site frame does not carry the reader's language cookie.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const query = new URL(request.url).searchParams;
  const asked = query.get('lang');
  const locale = isLocale(asked) ? asked : context.get(localeContext);
  const t = translator(locale);
  const page = await indicatorPage(db, params.id, query, locale, (s) => summaryText(t, s));
  if (!page?.svg) throw data({ reason: 'not-found' }, { status: 404 });
  const pageUrl = `${config.publicUrl}/monitor/${page.id}${page.query ? `?${page.query}` : ''}`;
  const html = renderToStaticMarkup(
    <html lang={htmlLang[locale]}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${page.title} – ${t('monitor.title')}`}</title>
        <link rel="stylesheet" href={interCss} />
        <link rel="stylesheet" href={monitorCss} />
      </head>
      <body className="monitor-embed-body">
        <main className="monitor-embed">
          <h1>{page.title}</h1>
          <ChartSvg svg={page.svg} />
          <p>
            {t('monitor.sourceLine', { source: page.source.name })} ·{' '}
            <a href={pageUrl} target="_top">
              {t('monitor.openIndicator')}
            </a>
          </p>
        </main>
      </body>
    </html>,
  );
  return new Response(`<!DOCTYPE html>${html}`, {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': embedCsp, 'Cache-Control': 'public, max-age=300' },
  });
}
