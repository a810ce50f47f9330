import { Button, Field, Fieldset, Heading, Input, Label, Link, Paragraph, Table, Textarea } from '@digdir/designsystemet-react';
import { data } from 'react-router';
import { indicatorPage } from '#server/monitor/page.ts';
import { localeContext, servicesContext } from '../../context.ts';
import { translator, useI18n } from '../../i18n/index.ts';
import type { Route } from './+types/indicator';
import { ChartSvg, NoData, SectionHeading, statusText, summaryText } from './ui.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const { db, config } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const t = translator(locale);
  const url = new URL(request.url);
  const page = await indicatorPage(db, params.id, url.searchParams, locale, (s) => summaryText(t, s));
  if (!page) throw data({ reason: 'not-found' }, { status: 404 });
  return { page, publicUrl: config.publicUrl };
}

function withQuery(path: string, query: string) {
  return query ? `${path}?${query}` : path;
}

export default function IndicatorPage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { page, publicUrl } = loaderData;
  const base = `/monitor/${page.id}`;
  const fixed = page.fixed.map((f) => f.category).join(', ');
  const caption = fixed ? t('monitor.tableCaptionFixed', { title: page.title, unit: page.unit, fixed }) : t('monitor.tableCaption', { title: page.title, unit: page.unit });
  const anyStatus = page.rows.some((r) => r.status);
  const embedSrc = `${publicUrl}${withQuery(`/monitor/embed/${page.id}`, page.query)}`;
  const embedCode = `<iframe src="${embedSrc}" title="${page.title.replace(/"/g, '&quot;')}" width="680" height="460" loading="lazy"></iframe>`;
  const dateFormat = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' });
  return (
    <>
      <title>{`${page.title} – ${t('monitor.title')}`}</title>
      <Paragraph>
        <Link href="/monitor">{t('monitor.back')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {page.title}
      </Heading>
      {page.description && <Paragraph>{page.description}</Paragraph>}
      {!page.hasData && <NoData />}
      {page.hasData && (
        <>
          <Paragraph data-size="lg" className="monitor-summary">
            {page.summary}
          </Paragraph>
          {page.svg && (
            <figure className="monitor-figure" aria-labelledby="chart-caption">
              <ChartSvg svg={page.svg} />
              <figcaption id="chart-caption">{t('monitor.sourceLine', { source: page.source.name })}</figcaption>
            </figure>
          )}
          {page.filters.length > 0 && (
            <form method="get" className="monitor-filters" aria-labelledby="filters-heading">
              <SectionHeading id="filters-heading">{t('monitor.filters')}</SectionHeading>
              <Paragraph data-size="sm">{t('monitor.filterHint')}</Paragraph>
              <div className="monitor-filters__groups">
                {page.filters.map((filter) => (
                  <Fieldset key={filter.code}>
                    <Fieldset.Legend>{filter.label}</Fieldset.Legend>
                    {filter.categories.map((category, i) => {
                      const id = `filter-${filter.code}-${i}`;
                      return (
                        <Field key={category.code} className="monitor-check">
                          <Input type="checkbox" id={id} name={filter.code} value={category.code} defaultChecked={category.checked} />
                          <Label htmlFor={id}>{category.label}</Label>
                        </Field>
                      );
                    })}
                  </Fieldset>
                ))}
              </div>
              <div className="monitor-actions">
                <Button type="submit">{t('monitor.filterApply')}</Button>
                <Link href={base}>{t('monitor.filterReset')}</Link>
              </div>
            </form>
          )}
          <section aria-labelledby="table-heading">
            <SectionHeading id="table-heading">{t('monitor.table')}</SectionHeading>
            <TableScroll>
              <Table zebra className="monitor-table">
                <caption>{caption}</caption>
                <Table.Head>
                  <Table.Row>
                    {page.columns.map((c) => (
                      <Table.HeaderCell key={c.code} scope="col">
                        {c.label}
                      </Table.HeaderCell>
                    ))}
                    <Table.HeaderCell scope="col" className="monitor-number">
                      {t('monitor.value')}
                    </Table.HeaderCell>
                    {anyStatus && <Table.HeaderCell scope="col">{t('monitor.flag')}</Table.HeaderCell>}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {page.rows.map((row, i) => (
                    <Table.Row key={i}>
                      {row.categories.map((category, j) =>
                        j === 0 ? (
                          <Table.HeaderCell key={j} scope="row">
                            {category}
                          </Table.HeaderCell>
                        ) : (
                          <Table.Cell key={j}>{category}</Table.Cell>
                        ),
                      )}
                      <Table.Cell className="monitor-number">{row.shown}</Table.Cell>
                      {anyStatus && <Table.Cell>{statusText(t, row.status)}</Table.Cell>}
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </section>
          <section aria-labelledby="downloads-heading">
            <SectionHeading id="downloads-heading">{t('monitor.downloads')}</SectionHeading>
            <ul className="monitor-downloads">
              {(['shown', 'all'] as const).map((scope) => (
                <li key={scope}>
                  <span>{t(scope === 'shown' ? 'monitor.downloadShown' : 'monitor.downloadAll')}:</span>{' '}
                  {(['csv', 'xlsx', 'json'] as const).map((format) => (
                    <Link key={format} href={withQuery(`${base}/nedlasting/${scope === 'shown' ? 'utvalg' : 'alle'}.${format}`, scope === 'shown' ? page.query : '')} download>
                      {format === 'json' ? 'JSON-stat' : format.toUpperCase()}
                    </Link>
                  ))}
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="about-heading">
        <SectionHeading id="about-heading">{t('monitor.about')}</SectionHeading>
        <dl className="monitor-facts">
          <dt>{t('monitor.unit')}</dt>
          <dd>{page.unit}</dd>
          <dt>{t('monitor.source')}</dt>
          <dd>{page.source.url ? <Link href={page.source.url}>{page.source.name}</Link> : page.source.name}</dd>
          {page.source.licence && (
            <>
              <dt>{t('monitor.licence')}</dt>
              <dd>{page.source.licence}</dd>
            </>
          )}
          {page.notes && (
            <>
              <dt>{t('monitor.notes')}</dt>
              <dd>{page.notes}</dd>
            </>
          )}
          {page.target && (
            <>
              <dt>{t('monitor.target')}</dt>
              <dd>{page.target}</dd>
            </>
          )}
          {page.comparator && (
            <>
              <dt>{t('monitor.comparator')}</dt>
              <dd>{page.comparator}</dd>
            </>
          )}
          {page.updated && (
            <>
              <dt>{t('monitor.updated')}</dt>
              <dd>{dateFormat.format(new Date(page.updated))}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="goals-heading">
        <SectionHeading id="goals-heading">{t('monitor.goalStatements')}</SectionHeading>
        {page.goalStatements.length === 0 && page.focusAreas.length === 0 ? (
          <Paragraph>{t('monitor.noLinks')}</Paragraph>
        ) : (
          <ul>
            {page.goalStatements.map((g) => (
              <li key={g.id}>
                {g.text} <span className="monitor-muted">({g.goalName})</span>
              </li>
            ))}
            {page.focusAreas.map((f) => (
              <li key={f.id}>{t('monitor.focusArea', { name: f.name })}</li>
            ))}
          </ul>
        )}
      </section>
      {page.hasData && page.svg && (
        <section aria-labelledby="embed-heading">
          <SectionHeading id="embed-heading">{t('monitor.embed')}</SectionHeading>
          <Field>
            <Label htmlFor="embed-code">{t('monitor.embedCode')}</Label>
            <Paragraph data-size="sm" id="embed-help">
              {t('monitor.embedHelp')}
            </Paragraph>
            <Textarea id="embed-code" readOnly rows={3} aria-describedby="embed-help" value={embedCode} />
          </Field>
        </section>
      )}
    </>
  );
}
