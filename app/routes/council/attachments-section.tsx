import { Alert, Button, Field, Heading, Input, Label, Link, Paragraph, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import type { AttachmentKind, Visibility } from '#server/meetings/schema.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { isMessageKey, type Locale, type Translate, useI18n } from '../../i18n/index.ts';
import type { FormFailure } from './form.ts';
import { str } from './form.ts';

/** The largest file an upload may carry; the form says so and the action enforces it. */
export const MAX_ATTACHMENT_MB = 50;

export interface AttachmentFileItem {
  versionNumber: number;
  fileName: string;
  mediaType: string;
  byteSize: number;
  purgedAt: Date | null;
  purgeReason: string | null;
}

export interface AttachmentItem {
  id: string;
  label: string;
  title: string;
  kind: AttachmentKind;
  visibility: Visibility;
  version: number;
  files: AttachmentFileItem[];
}

/** Under the case's number once it has one; before the notice, under the attachment alone. */
export function attachmentFileHref(caseHref: string | null, attachmentId: string, versionNumber: number): string {
  return caseHref ? `${caseHref}/vedlegg/${attachmentId}/${versionNumber}` : `/vedlegg/${attachmentId}/${versionNumber}`;
}

function size(locale: Locale, bytes: number): string {
  const mega = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(
    mega ? bytes / (1024 * 1024) : Math.max(bytes / 1024, 0.1),
  );
}

export function purgeReasonText(t: Translate, reason: string | null): string {
  const key = `council.attachments.purgeReason.${reason ?? ''}`;
  return isMessageKey(key) ? t(key) : (reason ?? '–');
}

export function when(locale: Locale, date: Date): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(new Date(date));
}

/** The versions of one attachment, newest first: links for those that can be read, a note for purged ones. */
export function AttachmentVersions({ attachment, caseHref }: { attachment: Pick<AttachmentItem, 'id' | 'title' | 'files'>; caseHref: string | null }) {
  const { t, locale } = useI18n();
  if (attachment.files.length === 0) return null;
  return (
    <ul className="council-attachment__versions" aria-label={t('council.attachments.versions', { title: attachment.title })}>
      {attachment.files.map((f) => {
        const text = t('council.attachments.versionLink', { number: f.versionNumber, name: f.fileName, size: size(locale, f.byteSize) });
        return (
          <li key={f.versionNumber}>
            {f.purgedAt ? (
              t('council.attachments.versionPurged', { number: f.versionNumber, name: f.fileName, date: when(locale, f.purgedAt), reason: purgeReasonText(t, f.purgeReason) })
            ) : (
              <Link href={attachmentFileHref(caseHref, attachment.id, f.versionNumber)}>{text}</Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** A reader's list of file attachments (the meeting book): title and every readable version. */
export function AttachmentList({ attachments, caseHref }: { attachments: AttachmentItem[]; caseHref: string | null }) {
  const withFiles = attachments.filter((a) => a.files.length > 0);
  if (withFiles.length === 0) return null;
  return (
    <ul className="council-attachment__list">
      {withFiles.map((a) => (
        <li key={a.id}>
          {a.label}: {a.title}
          <AttachmentVersions attachment={a} caseHref={caseHref} />
        </li>
      ))}
    </ul>
  );
}

function FileField({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useI18n();
  const error = errors?.[0];
  return (
    <Field>
      <Label htmlFor={id}>{t('council.attachments.file')}</Label>
      <Paragraph data-size="sm" id={`${id}-help`}>
        {t('council.attachments.fileHelp', { max: MAX_ATTACHMENT_MB })}
      </Paragraph>
      <Input id={id} name="file" type="file" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`} />
      {error && <ValidationMessage id={`${id}-error`}>{isMessageKey(error) ? t(error, { max: MAX_ATTACHMENT_MB }) : error}</ValidationMessage>}
    </Field>
  );
}

function VisibilityField({ id, value, kind, errors }: { id: string; value: string; kind: AttachmentKind | null; errors: string[] | undefined }) {
  const { t } = useI18n();
  const error = errors?.[0];
  const options: Visibility[] = kind === 'audio' ? ['internal'] : ['public', 'council', 'internal'];
  return (
    <Field>
      <Label htmlFor={id}>{t('council.attachments.visibility')}</Label>
      <Select id={id} name="visibility" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((v) => (
          <Select.Option key={v} value={v}>
            {t(`council.attachments.visibility.${v}`)}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage id={`${id}-error`}>{isMessageKey(error) ? t(error) : error}</ValidationMessage>}
    </Field>
  );
}

/**
 * The secretariat's attachments of one case: every attachment with all its versions, a form to rename it or
 * change its visibility, one to upload a new version, and one to add an attachment. The forms post to the
 * attachments route, which shows them again with the errors when something is wrong.
 */
export function AttachmentsSection({ csrf, caseId, caseHref, attachments, failure }: { csrf: string; caseId: string; caseHref: string | null; attachments: AttachmentItem[]; failure: FormFailure | null }) {
  const { t } = useI18n();
  const action = `/sekretariat/saker/${caseId}/vedlegg`;
  const files = attachments.filter((a) => a.files.length > 0);
  const failed = (intent: string) => (failure?.intent === intent ? failure : null);
  const add = failed('add');
  return (
    <section aria-labelledby="attachments-heading" id="vedlegg">
      <Heading level={2} data-size="md" id="attachments-heading">
        {t('council.attachments.title')}
      </Heading>
      <Paragraph>{t('council.attachments.intro')}</Paragraph>
      {files.length === 0 && <Paragraph>{t('council.attachments.none')}</Paragraph>}
      {files.map((a) => {
        const edit = failed(`edit-${a.id}`);
        const upload = failed(`version-${a.id}`);
        const conflict = (edit ?? upload)?.conflict ?? null;
        const version = conflict ? Number(conflict.version) : a.version;
        const id = `attachment-${a.id}`;
        return (
          <section key={a.id} aria-labelledby={`${id}-heading`} className="council-attachment">
            <Heading level={3} data-size="xs" id={`${id}-heading`}>
              {a.label}: {a.title}
            </Heading>
            <Paragraph data-size="sm">
              {t(`council.attachments.kind.${a.kind}`)} · {t(`council.attachments.visibility.${a.visibility}`)} · {t('council.attachments.currentVersion', { version: a.files[0]?.versionNumber ?? 0 })}
            </Paragraph>
            <AttachmentVersions attachment={a} caseHref={caseHref} />
            {conflict && (
              <Alert data-color="danger" role="alert">
                {t('council.attachments.conflict', { title: str(conflict.title as string), visibility: t(`council.attachments.visibility.${conflict.visibility as Visibility}`) })}
              </Alert>
            )}
            <Form method="post" action={action} className="form-stack" aria-label={t('council.attachments.edit', { title: a.title })} noValidate>
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="edit" />
              <input type="hidden" name="attachmentId" value={a.id} />
              <input type="hidden" name="version" value={version} />
              <FormField id={`${id}-title`} name="title" label={t('council.attachments.fieldTitle')} defaultValue={edit ? str(edit.values.title) : a.title} errors={edit?.fieldErrors.title} />
              <VisibilityField id={`${id}-visibility`} value={edit ? str(edit.values.visibility) : a.visibility} kind={a.kind} errors={edit?.fieldErrors.visibility} />
              <div>
                <Button type="submit" variant="secondary" data-size="sm">
                  {t('council.attachments.editSubmit')}
                </Button>
              </div>
            </Form>
            <Form method="post" action={action} encType="multipart/form-data" className="form-stack" aria-label={t('council.attachments.newVersion', { title: a.title })} noValidate>
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="version" />
              <input type="hidden" name="attachmentId" value={a.id} />
              <input type="hidden" name="version" value={version} />
              <FileField id={`${id}-file`} errors={upload?.fieldErrors.file} />
              <div>
                <Button type="submit" variant="secondary" data-size="sm">
                  {t('council.attachments.newVersionSubmit')}
                </Button>
              </div>
            </Form>
          </section>
        );
      })}
      <Form method="post" action={action} encType="multipart/form-data" className="form-stack" aria-labelledby="attachment-add-heading" noValidate>
        <Heading level={3} data-size="xs" id="attachment-add-heading">
          {t('council.attachments.add')}
        </Heading>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="add" />
        <FormField id="attachment-add-title" name="title" label={t('council.attachments.fieldTitle')} defaultValue={add ? str(add.values.title) : ''} errors={add?.fieldErrors.title} />
        <Field>
          <Label htmlFor="attachment-add-kind">{t('council.attachments.kind')}</Label>
          <Select id="attachment-add-kind" name="kind" defaultValue={add ? str(add.values.kind) : 'document'}>
            {(['document', 'audio'] as const).map((k) => (
              <Select.Option key={k} value={k}>
                {t(`council.attachments.kind.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <VisibilityField id="attachment-add-visibility" value={add ? str(add.values.visibility) : 'public'} kind={null} errors={add?.fieldErrors.visibility} />
        <FileField id="attachment-add-file" errors={add?.fieldErrors.file} />
        <div>
          <Button type="submit">{t('council.attachments.addSubmit')}</Button>
        </div>
      </Form>
    </section>
  );
}
