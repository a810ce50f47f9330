import { Button, Field, Heading, Input, Label, Link, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { createImportBatch } from '#server/strategy/import/batches.ts';
import { IMPORT_COLUMNS, MAX_IMPORT_BYTES } from '#server/strategy/import/format.ts';
import { importFormatOf, parseImportCsv, parseImportXlsx } from '#server/strategy/import/parse.ts';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../../context.ts';
import { translateMessage, useI18n } from '../../../i18n/index.ts';
import { requirePermission } from '../../../lib/access.ts';
import { csrfToken } from '../../../middleware/platform.ts';
import type { Route } from './+types/import';
import { importColumnHelp } from './import-words.ts';
import { TableScroll } from '../../../components/table-scroll.tsx';

export function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'strategy.edit');
  return { csrf: csrfToken(context) };
}

const reject = (message: string) => data({ fileError: message }, { status: 422 });

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'strategy.edit');
  // An oversized upload is refused by its declared length before the file is parsed (the form adds a little).
  if (Number(request.headers.get('content-length') ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) return reject('strategyAdmin.import.errors.fileSize');
  const file = (await request.formData()).get('file');
  if (!(file instanceof File) || file.size === 0) return reject('strategyAdmin.import.errors.file');
  if (file.size > MAX_IMPORT_BYTES) return reject('strategyAdmin.import.errors.fileSize');
  const format = importFormatOf(file.name);
  if (!format) return reject('strategyAdmin.import.errors.fileType');
  const content = Buffer.from(await file.arrayBuffer());
  const parsed = format === 'csv' ? parseImportCsv(content) : await parseImportXlsx(content);
  const { db } = context.get(servicesContext);
  const outcome = await execute(db, createImportBatch, actor, { fileName: file.name, format, ...parsed }, { requestId: context.get(requestInfoContext).requestId });
  if (!outcome.ok) {
    if (outcome.kind === 'forbidden') throw data({ reason: 'forbidden' }, { status: 403 });
    return reject('strategyAdmin.import.errors.file');
  }
  return redirect(`/sekretariat/strategi/import/${outcome.value.id}`);
}

export default function ImportUpload({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const help = importColumnHelp(t);
  const fileError = actionData?.fileError;
  return (
    <>
      <title>{`${t('strategyAdmin.import.title')} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/strategi">{t('strategyAdmin.backToOverview')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('strategyAdmin.import.title')}
      </Heading>
      <Paragraph>{t('strategyAdmin.import.lead')}</Paragraph>
      <Paragraph>
        <Link href="/sekretariat/strategi/import/mal.xlsx" download>
          {t('strategyAdmin.import.template')}
        </Link>
      </Paragraph>
      <Form method="post" encType="multipart/form-data" className="form-stack" noValidate>
        <CsrfInput token={loaderData.csrf} />
        <Field>
          <Label htmlFor="field-file">{t('strategyAdmin.import.file')}</Label>
          <Input
            id="field-file"
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? 'field-file-error' : undefined}
          />
          {fileError && <ValidationMessage id="field-file-error">{translateMessage(t, fileError)}</ValidationMessage>}
        </Field>
        <div>
          <Button type="submit">{t('strategyAdmin.import.upload')}</Button>
        </div>
      </Form>
      <section aria-labelledby="format-heading" className="strategy-admin__section">
        <Heading level={2} data-size="md" id="format-heading">
          {t('strategyAdmin.import.formatHeading')}
        </Heading>
        <Paragraph>{t('strategyAdmin.import.formatIntro')}</Paragraph>
        <TableScroll>
          <Table>
            <caption>{t('strategyAdmin.import.formatCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('strategyAdmin.import.column')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('strategyAdmin.import.meaning')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {IMPORT_COLUMNS.map((column) => (
                <Table.Row key={column}>
                  <Table.HeaderCell scope="row">
                    <code>{column}</code>
                  </Table.HeaderCell>
                  <Table.Cell>{help[column]}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </section>
    </>
  );
}
