import { Button, Field, Heading, Label, Paragraph, Select, Textarea } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { caseLabel, formatDate, meetingTitle } from './format.ts';
import { type FormFailure, str } from './form.ts';

interface Props {
  csrf: string;
  meetingState: string;
  minutes: {
    id: string;
    state: 'draft' | 'in-review' | 'approved';
    body: string;
    commentDeadline: string | null;
    version: number;
    comments: { id: string; name: string; text: string; caseYear: number | null; caseSequence: number | null; caseTitle: string | null }[];
  } | null;
  approvalMeetings: { id: string; year: number; sequence: number }[];
  followUps: { id: string; action: string; owner: string | null; dueDate: string | null; closedAt: Date | string | null; version: number }[];
  failure: FormFailure | null;
}

/** The secretariat's work on a meeting's minutes: draft, edit, comment round, approval, follow-up items. */
export function MinutesAdmin({ csrf, meetingState, minutes, approvalMeetings, followUps, failure }: Props) {
  const { t, locale } = useI18n();
  const errors = (intent: string) => (failure?.intent === intent ? failure.fieldErrors : {});
  const hidden = (intent: string | null) => (
    <>
      <CsrfInput token={csrf} />
      {intent && <input type="hidden" name="intent" value={intent} />}
      {minutes && <input type="hidden" name="minutesId" value={minutes.id} />}
      {minutes && <input type="hidden" name="version" value={minutes.version} />}
    </>
  );
  return (
    <section aria-labelledby="minutes-heading">
      <Heading level={2} data-size="md" id="minutes-heading">
        {t('council.minutes.title')}
        {minutes ? ` (${t(`council.minutes.state.${minutes.state}`)})` : ''}
      </Heading>
      {!minutes &&
        (meetingState === 'held' ? (
          <Form method="post">
            {hidden('draft-minutes')}
            <Button type="submit">{t('council.minutes.draft')}</Button>
          </Form>
        ) : (
          <Paragraph>{t('council.minutes.noneYet')}</Paragraph>
        ))}
      {minutes && minutes.state !== 'approved' && (
        <Form method="post" className="form-stack council-minutes-form" noValidate key={minutes.version}>
          {/* No hidden intent: the pressed button says whether to save or to send for comments. */}
          {hidden(null)}
          <Field>
            <Label htmlFor="minutes-body">{t('council.minutes.body')}</Label>
            <Textarea id="minutes-body" name="body" rows={16} defaultValue={failure?.intent === 'update-minutes' ? str(failure.values.body) : minutes.body} />
          </Field>
          <FormField name="commentDeadline" type="date" label={t('council.minutes.deadline')} defaultValue={minutes.commentDeadline ?? ''} errors={errors('update-minutes').commentDeadline} />
          <div className="council-agenda-actions">
            <Button type="submit" name="intent" value="update-minutes" variant="secondary">
              {t('council.minutes.save')}
            </Button>
            {minutes.state === 'draft' && (
              <Button type="submit" name="intent" value="send-minutes">
                {t('council.minutes.send')}
              </Button>
            )}
          </div>
          {errors('send-minutes').commentDeadline && (
            <Paragraph role="alert" className="council-error">
              {translateMessage(t, errors('send-minutes').commentDeadline?.[0] ?? '')}
            </Paragraph>
          )}
        </Form>
      )}
      {minutes?.state === 'approved' && <div className="council-minutes">{minutes.body.split('\n').map((line, i) => (line ? <Paragraph key={i}>{line}</Paragraph> : null))}</div>}
      {minutes && (
        <>
          <Heading level={3} data-size="sm">
            {t('council.minutes.comments')}
          </Heading>
          {minutes.comments.length === 0 ? (
            <Paragraph>{t('council.minutes.noComments')}</Paragraph>
          ) : (
            <ul>
              {minutes.comments.map((c) => (
                <li key={c.id}>
                  <strong>{c.name}</strong>
                  {c.caseTitle && ` (${caseLabel(t, { year: c.caseYear, sequence: c.caseSequence })} ${c.caseTitle})`}: {c.text}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {minutes?.state === 'in-review' &&
        (approvalMeetings.length === 0 ? (
          <Paragraph>{t('council.minutes.noApprovalMeeting')}</Paragraph>
        ) : (
          <Form method="post" className="form-stack" noValidate>
            {hidden('approve-minutes')}
            <Field>
              <Label htmlFor="minutes-approve-at">{t('council.minutes.approveAt')}</Label>
              <Select id="minutes-approve-at" name="atMeetingId">
                {approvalMeetings.map((m) => (
                  <Select.Option key={m.id} value={m.id}>
                    {meetingTitle(t, m)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <div>
              <Button type="submit">{t('council.minutes.approve')}</Button>
            </div>
          </Form>
        ))}
      <Heading level={3} data-size="sm">
        {t('council.followUps.title')}
      </Heading>
      <ul>
        {followUps.map((f) => (
          <li key={f.id}>
            {f.action}
            {f.owner ? ` (${f.owner})` : ''}
            {f.dueDate ? `, ${t('council.followUps.due').toLowerCase()} ${formatDate(locale, f.dueDate)}` : ''}
            {f.closedAt ? ` – ${t('council.followUps.closed')}` : ''}
          </li>
        ))}
      </ul>
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="add-follow-up" />
        <FormField id="follow-up-action" name="action" label={t('council.followUps.action')} errors={errors('add-follow-up').action} />
        <FormField id="follow-up-owner" name="owner" label={t('council.followUps.owner')} errors={errors('add-follow-up').owner} />
        <FormField id="follow-up-due" name="dueDate" type="date" label={t('council.followUps.due')} errors={errors('add-follow-up').dueDate} />
        <div>
          <Button type="submit" variant="secondary">
            {t('council.followUps.add')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** Open items from earlier minutes, with a button to close each (secretariat) or as a plain list. */
export function OutstandingItems({ items, csrf }: { items: { id: string; action: string; owner: string | null; dueDate: string | null; version: number; year: number; sequence: number }[]; csrf: string | null }) {
  const { t, locale } = useI18n();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="outstanding-heading">
      <Heading level={2} data-size="md" id="outstanding-heading">
        {t('council.followUps.outstanding')}
      </Heading>
      <ul>
        {items.map((f) => (
          <li key={f.id} className="council-agenda-actions">
            <span>
              {f.action}
              {f.owner ? ` (${f.owner})` : ''}
              {f.dueDate ? `, ${t('council.followUps.due').toLowerCase()} ${formatDate(locale, f.dueDate)}` : ''} – {t('council.followUps.fromMeeting', { number: `${f.sequence}/${f.year}` })}
            </span>
            {csrf && (
              <Form method="post">
                <CsrfInput token={csrf} />
                <input type="hidden" name="intent" value="close-follow-up" />
                <input type="hidden" name="followUpId" value={f.id} />
                <input type="hidden" name="version" value={f.version} />
                <Button type="submit" variant="tertiary" data-size="sm" aria-label={t('council.followUps.closeNamed', { action: f.action })}>
                  {t('council.followUps.close')}
                </Button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
