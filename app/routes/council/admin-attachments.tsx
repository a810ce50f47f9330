import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { Alert, Heading, Paragraph, Link } from '@digdir/designsystemet-react';
import { data, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { cleanFileName, safeMediaType } from '#server/files/names.ts';
import { fileStoreIn } from '#server/files/store.ts';
import { attachmentsWithFiles } from '#server/meetings/attachment-access.ts';
import { addAttachment, updateAttachment, uploadAttachmentVersion, withStoredFile } from '#server/meetings/attachments.ts';
import { findCaseById } from '#server/meetings/queries.ts';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { AttachmentsSection, MAX_ATTACHMENT_MB } from './attachments-section.tsx';
import { caseHref, caseLabel } from './format.ts';
import { failureData } from './form.ts';
import type { Route } from './+types/admin-attachments';

async function caseOf(db: Parameters<typeof findCaseById>[0], id: string) {
  const found = /^[0-9a-f-]{36}$/.test(id) ? await findCaseById(db, id) : null;
  if (!found) throw data({ reason: 'not-found' }, { status: 404 });
  return found;
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const found = await caseOf(db, params.id);
  return {
    csrf: csrfToken(context),
    c: { id: found.c.id, title: found.c.title, year: found.c.year, sequence: found.c.sequence },
    href: caseHref(found.c, found.meeting),
    attachments: await attachmentsWithFiles(db, new Map([[found.c.id, 'secretariat']])),
    saved: new URL(request.url).searchParams.get('lagret') === '1',
  };
}

/** Uploads and edits of a case's attachments (multipart). Success goes back to this page; errors show next to the fields. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'meetings.manage');
  const { db, config } = context.get(servicesContext);
  const requestId = context.get(requestInfoContext).requestId;
  const found = await caseOf(db, params.id);
  const form = await request.formData();
  const values: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === 'string') values[key] = value;
  const intent = values.intent ?? '';
  const key = intent === 'add' ? 'add' : `${intent}-${values.attachmentId ?? ''}`;
  const done = redirect(`/sekretariat/saker/${found.c.id}/vedlegg?lagret=1`);
  if (intent === 'edit') {
    const outcome = await execute(db, updateAttachment, actor, values, { requestId });
    return outcome.ok ? done : failureData(outcome, key, values);
  }
  if (intent !== 'add' && intent !== 'version') throw data({ reason: 'bad-request' }, { status: 400 });
  const file = form.get('file');
  const upload = file instanceof File && file.size > 0 ? file : null;
  if (!upload || upload.size > MAX_ATTACHMENT_MB * 1024 * 1024) {
    return failureData({ kind: 'invalid', fieldErrors: { file: [upload ? 'council.attachments.errors.tooLarge' : 'council.attachments.errors.fileRequired'] }, formErrors: [] }, key, values);
  }
  const content = Readable.fromWeb(upload.stream() as WebReadableStream<Uint8Array>);
  const outcome = await withStoredFile(db, fileStoreIn(config.dataDir), actor, { content, fileName: cleanFileName(upload.name), mediaType: safeMediaType(upload.type) }, (stored) =>
    intent === 'add'
      ? execute(db, addAttachment, actor, { ...values, caseId: found.c.id, file: stored }, { requestId })
      : execute(db, uploadAttachmentVersion, actor, { ...values, file: stored }, { requestId }),
  );
  return outcome.ok ? done : failureData(outcome, key, values);
}

export default function AdminAttachments({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { c, href, attachments, csrf, saved } = loaderData;
  const title = t('council.attachments.pageTitle', { case: `${caseLabel(t, c)} ${c.title}` });
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        <Link href={`/sekretariat/saker/${c.id}`}>{t('council.attachments.backToCase')}</Link>
      </Paragraph>
      {saved && <Alert data-color="success">{t('council.attachments.saved')}</Alert>}
      <AttachmentsSection csrf={csrf} caseId={c.id} caseHref={href} attachments={attachments} failure={actionData ?? null} />
    </>
  );
}
