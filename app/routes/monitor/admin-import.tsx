import { Alert, Button, Heading, Label, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { data, redirect, useRevalidator } from 'react-router';
import { execute } from '#server/core/command.ts';
import { discardImport } from '#server/monitor/commands.ts';
import { startImportInBackground } from '#server/monitor/import-service.ts';
import { hasErrors, type ImportPreview, type ImportProblem } from '#server/monitor/import/problems.ts';
import { findImportSummary } from '#server/monitor/queries.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { isMessageKey, translateMessage, type Translate, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import type { Route } from './+types/admin-import';
import { TableScroll } from '../../components/table-scroll.tsx';

/** An import that has not written a batch for this long has lost its process and may be resumed. */
const STALLED_MS = 60_000;

export async function loader({ params, request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'monitor.edit');
  const row = await findImportSummary(context.get(servicesContext).db, Number(params.importId));
  if (!row) throw data({ reason: 'not-found' }, { status: 404 });
  return {
    csrf: csrfToken(context),
    row: { ...row, preview: row.preview as ImportPreview | null, createdAt: row.createdAt.toISOString() },
    stalled: row.status === 'importing' && Date.now() - row.updatedAt.getTime() > STALLED_MS,
  };
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'monitor.edit');
  const { db, logger } = context.get(servicesContext);
  const importId = Number(params.importId);
  const intent = (await request.formData()).get('intent');
  const here = `/sekretariat/monitor/import/${importId}`;
  if (intent === 'discard') {
    const outcome = await execute(db, discardImport, actor, { importId }, { requestId: context.get(requestInfoContext).requestId });
    if (!outcome.ok) return data({ formError: outcome.kind === 'invalid' ? (outcome.formErrors[0] ?? null) : outcome.kind }, { status: 400 });
    throw redirect('/sekretariat/monitor', 303);
  }
  if (intent === 'confirm' || intent === 'resume') {
    const outcome = await startImportInBackground(db, actor, importId, (err) => logger.error({ err, importId }, 'indicator import failed'));
    if (!outcome.ok) return data({ formError: outcome.kind === 'invalid' ? (outcome.formErrors[0] ?? null) : outcome.kind }, { status: 400 });
    throw redirect(here, 303);
  }
  return data({ formError: null }, { status: 400 });
}

function where(t: Translate, p: ImportProblem): string {
  const parts = [];
  if (p.row !== undefined) parts.push(t('monitor.import.location.row', { row: p.row }));
  if (p.column !== undefined) parts.push(t('monitor.import.location.column', { column: p.column }));
  if (p.path !== undefined) parts.push(p.path);
  return parts.join(', ');
}

function reason(t: Translate, p: ImportProblem): string {
  const key = `monitor.problem.${p.reason}`;
  return isMessageKey(key) ? t(key, { value: p.value ?? '', firstRow: p.firstRow ?? '' }) : p.reason;
}

function Preview({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  return (
    <>
      <Paragraph>{t('monitor.import.count', { count: preview.observationCount, missing: preview.missingCount })}</Paragraph>
      {preview.dimensions.length > 0 && (
        <TableScroll>
          <Table>
            <caption>{t('monitor.import.dimensions')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('monitor.import.dimension')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.import.role')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.import.categories')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.dimensions.map((d) => (
                <Table.Row key={d.code}>
                  <Table.HeaderCell scope="row">{d.label === d.code ? d.code : `${d.label} (${d.code})`}</Table.HeaderCell>
                  <Table.Cell>{d.role ?? '–'}</Table.Cell>
                  <Table.Cell>{`${d.categoryCount}: ${d.categories.join(', ')}${d.categoryCount > d.categories.length ? ' …' : ''}`}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {preview.firstRows.length > 0 && (
        <TableScroll>
          <Table zebra>
            <caption>{t('monitor.import.firstRows')}</caption>
            <Table.Head>
              <Table.Row>
                {preview.dimensions.map((d) => (
                  <Table.HeaderCell key={d.code} scope="col">
                    {d.label}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col">{t('monitor.value')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('monitor.flag')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {preview.firstRows.map((r, i) => (
                <Table.Row key={i}>
                  {r.categories.map((c, j) => (
                    <Table.Cell key={j}>{c}</Table.Cell>
                  ))}
                  <Table.Cell>{r.value ?? ''}</Table.Cell>
                  <Table.Cell>{r.status ?? ''}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <section aria-labelledby="problems-heading">
        <Heading level={2} data-size="sm" id="problems-heading">
          {t('monitor.import.problems', { count: preview.problemCount })}
        </Heading>
        {preview.problemCount === 0 ? (
          <Paragraph>{t('monitor.import.noProblems')}</Paragraph>
        ) : (
          <>
            {preview.problemCount > preview.problems.length && (
              <Paragraph>{t('monitor.import.problemsShown', { shown: preview.problems.length, count: preview.problemCount })}</Paragraph>
            )}
            <TableScroll>
              <Table zebra>
                <caption>{t('monitor.import.problems', { count: preview.problemCount })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('monitor.admin.status')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('monitor.import.where')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('monitor.import.reason')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {preview.problems.map((p, i) => (
                    <Table.Row key={i}>
                      <Table.Cell>{t(p.severity === 'error' ? 'monitor.import.severity.error' : 'monitor.import.severity.warning')}</Table.Cell>
                      <Table.Cell>{where(t, p)}</Table.Cell>
                      <Table.Cell>{reason(t, p)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </>
        )}
      </section>
    </>
  );
}

/** With JavaScript the progress refreshes itself; without, the reader follows the refresh link. */
function useRefreshWhile(active: boolean) {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void revalidate(), 1500);
    return () => clearInterval(timer);
  }, [active, revalidate]);
}

export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { row, csrf, stalled } = loaderData;
  useRefreshWhile(row.status === 'importing' && !stalled);
  const preview = row.preview;
  const canConfirm = row.status === 'preview' && preview !== null && !hasErrors(preview.problems);
  const here = `/sekretariat/monitor/import/${row.id}`;
  const statusKey = `monitor.importStatus.${row.status}` as const;
  return (
    <>
      <title>{`${t('monitor.import.title', { id: row.id, file: row.fileName })} – ${t('site.name')}`}</title>
      <Paragraph>
        <Link href="/sekretariat/monitor">{t('monitor.import.back')}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t('monitor.import.title', { id: row.id, file: row.fileName })}
      </Heading>
      <Paragraph>
        {row.indicatorId} · {row.format} · {row.importedByLabel} · {t(statusKey)}
      </Paragraph>
      {actionData?.formError && (
        <Alert data-color="danger" role="alert">
          {translateMessage(t, actionData.formError)}
        </Alert>
      )}
      {row.status === 'importing' && (
        <section aria-labelledby="progress-label" className="form-stack">
          <Label id="progress-label" htmlFor="import-progress">
            {t('monitor.import.progress')}
          </Label>
          <progress id="import-progress" max={row.observationCount || 1} value={row.processedCount} />
          <output htmlFor="import-progress">{t('monitor.import.progressText', { done: row.processedCount, total: row.observationCount })}</output>
          {stalled ? (
            <form method="post">
              <CsrfInput token={csrf} />
              <Paragraph>{t('monitor.import.stalled')}</Paragraph>
              <Button type="submit" name="intent" value="resume">
                {t('monitor.import.resume')}
              </Button>
            </form>
          ) : (
            <Link href={here}>{t('monitor.import.refresh')}</Link>
          )}
        </section>
      )}
      {row.status === 'current' && (
        <Alert data-color="success">
          {t('monitor.import.done', { count: row.observationCount })} <Link href={`/monitor/${row.indicatorId}`}>{t('monitor.import.viewIndicator')}</Link>
        </Alert>
      )}
      {row.status === 'failed' && <Alert data-color="danger">{t('monitor.import.failed', { error: row.error ?? '' })}</Alert>}
      {(row.status === 'preview' || row.status === 'failed') && (
        <form method="post" className="monitor-actions">
          <CsrfInput token={csrf} />
          {canConfirm && (
            <Button type="submit" name="intent" value="confirm">
              {t('monitor.import.confirm')}
            </Button>
          )}
          <Button type="submit" name="intent" value="discard" variant="secondary">
            {t('monitor.import.discard')}
          </Button>
        </form>
      )}
      {preview && row.status !== 'current' && row.status !== 'replaced' && <Preview preview={preview} />}
    </>
  );
}
