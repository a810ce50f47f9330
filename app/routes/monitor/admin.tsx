import { Button, Field, Heading, Input, Label, Link, Paragraph, Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { data, redirect } from 'react-router';
import { label } from '#server/monitor/cube.ts';
import { uploadForPreview } from '#server/monitor/import-service.ts';
import { formatFromFileName } from '#server/monitor/import/parse.ts';
import { listIndicators, recentImports } from '#server/monitor/queries.ts';
import { IMPORT_FORMATS, type ImportFormat } from '#server/monitor/schema.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { localeContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import type { Route } from './+types/admin';
import { TableScroll } from '../../components/table-scroll.tsx';

const MAX_BYTES = 200 * 1024 * 1024;

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'monitor.edit');
  const { db } = context.get(servicesContext);
  const locale = context.get(localeContext);
  const [indicators, imports] = await Promise.all([listIndicators(db), recentImports(db)]);
  const selected = new URL(request.url).searchParams.get('indikator') ?? '';
  return {
    csrf: csrfToken(context),
    selected,
    indicators: indicators.map((i) => ({ id: i.id, title: label(i.title, locale), hasData: i.currentImportId !== null })),
    imports: imports.map((i) => ({ ...i, title: label(i.title, locale), createdAt: i.createdAt.toISOString() })),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'monitor.edit');
  const { db } = context.get(servicesContext);
  const form = await request.formData();
  const indicatorId = String(form.get('indicator') ?? '');
  const formatField = String(form.get('format') ?? '');
  const file = form.get('file');
  const fieldErrors: Record<string, string[]> = {};
  if (!indicatorId) fieldErrors.indicator = ['monitor.errors.indicator'];
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (!upload) fieldErrors.file = ['monitor.errors.fileRequired'];
  else if (upload.size > MAX_BYTES) fieldErrors.file = ['monitor.errors.fileTooLarge'];
  const format = (IMPORT_FORMATS as readonly string[]).includes(formatField) ? (formatField as ImportFormat) : upload ? formatFromFileName(upload.name) : null;
  if (upload && !format) fieldErrors.format = ['monitor.errors.format'];
  const values = { indicator: indicatorId, format: formatField };
  if (Object.keys(fieldErrors).length > 0 || !upload || !format) return data({ fieldErrors, values }, { status: 400 });
  const outcome = await uploadForPreview(db, actor, { indicatorId, format, fileName: upload.name, file: Buffer.from(await upload.arrayBuffer()) });
  if (!outcome.ok) {
    if (outcome.kind === 'forbidden') throw data({ reason: 'forbidden' }, { status: 403 });
    return data({ fieldErrors: { indicator: ['monitor.errors.indicator'] }, values }, { status: 400 });
  }
  throw redirect(`/sekretariat/monitor/import/${outcome.value.importId}`, 303);
}

function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useI18n();
  return errors?.[0] ? <ValidationMessage id={id}>{translateMessage(t, errors[0])}</ValidationMessage> : null;
}

export default function MonitorAdmin({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const errors: Record<string, string[] | undefined> = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? { indicator: loaderData.selected, format: '' };
  const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Oslo' });
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true, 'aria-describedby': `import-${name}-error` } : {});
  return (
    <>
      <title>{`${t('monitor.admin.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('monitor.admin.title')}
      </Heading>
      <Paragraph>{t('monitor.admin.intro')}</Paragraph>
      <form method="post" encType="multipart/form-data" className="form-stack" aria-labelledby="upload-heading">
        <Heading level={2} data-size="sm" id="upload-heading">
          {t('monitor.admin.upload')}
        </Heading>
        <CsrfInput token={loaderData.csrf} />
        <Field>
          <Label htmlFor="import-indicator">{t('monitor.admin.indicator')}</Label>
          <Select id="import-indicator" name="indicator" defaultValue={values.indicator} {...invalid('indicator')}>
            <Select.Option value="">{t('monitor.admin.chooseIndicator')}</Select.Option>
            {loaderData.indicators.map((i) => (
              <Select.Option key={i.id} value={i.id}>
                {i.title}
              </Select.Option>
            ))}
          </Select>
          <FieldError id="import-indicator-error" errors={errors.indicator} />
        </Field>
        <Field>
          <Label htmlFor="import-format">{t('monitor.admin.format')}</Label>
          <Select id="import-format" name="format" defaultValue={values.format} {...invalid('format')}>
            <Select.Option value="">{t('monitor.admin.formatAuto')}</Select.Option>
            <Select.Option value="jsonstat">JSON-stat 2.0</Select.Option>
            <Select.Option value="csv">CSV</Select.Option>
            <Select.Option value="xlsx">XLSX</Select.Option>
          </Select>
          <FieldError id="import-format-error" errors={errors.format} />
        </Field>
        <Field>
          <Label htmlFor="import-file">{t('monitor.admin.file')}</Label>
          <Paragraph data-size="sm" id="import-file-help">
            {t('monitor.admin.fileHelp')}
          </Paragraph>
          <Input
            id="import-file"
            name="file"
            type="file"
            accept=".json,.csv,.txt,.xlsx,application/json,text/csv"
            aria-invalid={errors.file ? true : undefined}
            aria-describedby={errors.file ? 'import-file-help import-file-error' : 'import-file-help'}
          />
          <FieldError id="import-file-error" errors={errors.file} />
        </Field>
        <div>
          <Button type="submit">{t('monitor.admin.preview')}</Button>
        </div>
      </form>
      <section aria-labelledby="history-heading">
        <Heading level={2} data-size="sm" id="history-heading">
          {t('monitor.admin.history')}
        </Heading>
        <TableScroll>
          <Table zebra>
            <caption>{t('monitor.admin.historyCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('monitor.admin.when')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.admin.indicator')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.admin.fileName')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.admin.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="monitor-number">
                  {t('monitor.admin.rows')}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.admin.who')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {loaderData.imports.map((i) => (
                <Table.Row key={i.id}>
                  <Table.Cell>
                    <Link href={`/sekretariat/monitor/import/${i.id}`}>{time.format(new Date(i.createdAt))}</Link>
                  </Table.Cell>
                  <Table.Cell>{i.title}</Table.Cell>
                  <Table.Cell>{i.fileName}</Table.Cell>
                  <Table.Cell>{t(`monitor.importStatus.${i.status}` as const)}</Table.Cell>
                  <Table.Cell className="monitor-number">{i.observationCount}</Table.Cell>
                  <Table.Cell>{i.importedByLabel}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
    </>
  );
}
