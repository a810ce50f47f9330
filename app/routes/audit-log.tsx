import { Button, Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { z } from 'zod';
import { AUDIT_PAGE_SIZE, auditFilterOptions, auditFilterSchema, listAuditEntries } from '#server/audit/queries.ts';
import { FormField } from '../components/form-field.tsx';
import { servicesContext } from '../context.ts';
import { useI18n } from '../i18n/index.ts';
import { requirePermission } from '../lib/access.ts';
import type { Route } from './+types/audit-log';
import { TableScroll } from '../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'audit.read');
  const { db } = context.get(servicesContext);
  const raw = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = auditFilterSchema.safeParse(raw);
  const fieldErrors = parsed.success ? {} : (z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  // A bad date is reported next to its field; the rest of the filter still applies.
  const filter = parsed.success ? parsed.data : auditFilterSchema.parse({ ...raw, from: fieldErrors.from ? '' : raw.from, to: fieldErrors.to ? '' : raw.to });
  const [{ rows, total }, options] = await Promise.all([listAuditEntries(db, filter), auditFilterOptions(db)]);
  return { rows, total, options, filter, raw, fieldErrors };
}

function pageHref(raw: Record<string, string>, page: number) {
  const params = new URLSearchParams({ ...raw, page: String(page) });
  return `?${params}`;
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { rows, total, options, filter, raw, fieldErrors } = loaderData;
  const first = total === 0 ? 0 : (filter.page - 1) * AUDIT_PAGE_SIZE + 1;
  const last = Math.min(total, filter.page * AUDIT_PAGE_SIZE);
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Oslo' });
  return (
    <>
      <title>{`${t('audit.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('audit.title')}
      </Heading>
      <form method="get" className="filters" aria-label={t('audit.filters')}>
        <Field>
          <Label htmlFor="audit-who">{t('audit.who')}</Label>
          <Select id="audit-who" name="who" defaultValue={filter.who ?? ''}>
            <Select.Option value="">{t('audit.anyone')}</Select.Option>
            {options.actors.map((a) => (
              <Select.Option key={a.id} value={a.id}>
                {a.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor="audit-entity">{t('audit.entity')}</Label>
          <Select id="audit-entity" name="entity" defaultValue={filter.entity ?? ''}>
            <Select.Option value="">{t('audit.anyEntity')}</Select.Option>
            {options.entities.map((e) => (
              <Select.Option key={e} value={e}>
                {e}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <FormField name="from" type="date" label={t('audit.from')} defaultValue={raw.from ?? ''} errors={fieldErrors.from} />
        <FormField name="to" type="date" label={t('audit.to')} defaultValue={raw.to ?? ''} errors={fieldErrors.to} />
        <Button type="submit" variant="secondary">
          {t('audit.apply')}
        </Button>
      </form>
      {rows.length === 0 ? (
        <Paragraph>{t('audit.empty')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra>
            <caption>{t('audit.caption', { from: first, to: last, total })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('audit.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.action')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.entity')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.entityId')}</Table.HeaderCell>
                <Table.HeaderCell>{t('audit.changes')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.id}>
                  <Table.Cell className="nowrap">{time.format(new Date(row.at))}</Table.Cell>
                  <Table.Cell>{row.actorLabel}</Table.Cell>
                  <Table.Cell>{row.action}</Table.Cell>
                  <Table.Cell>{row.entity}</Table.Cell>
                  <Table.Cell>{row.entityId}</Table.Cell>
                  <Table.Cell>
                    <ul className="changes">
                      {Object.entries(row.changes).map(([field, change]) => (
                        <li key={field}>
                          <strong>{field}</strong>: {JSON.stringify(change.before)} → {JSON.stringify(change.after)}
                        </li>
                      ))}
                    </ul>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {total > AUDIT_PAGE_SIZE && (
        <nav aria-label={t('audit.pagination')} className="pager">
          {filter.page > 1 && <Link href={pageHref(raw, filter.page - 1)}>{t('audit.previous')}</Link>}
          {last < total && <Link href={pageHref(raw, filter.page + 1)}>{t('audit.next')}</Link>}
        </nav>
      )}
    </>
  );
}
