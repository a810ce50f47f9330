import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Tag, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { meetingBook, membership } from '#server/council/portal.ts';
import { execute } from '#server/core/command.ts';
import { disqualifiedBy } from '#server/meetings/access.ts';
import { meetingBookAttachments } from '#server/meetings/attachment-access.ts';
import { paperDeadline } from '#server/meetings/deadline.ts';
import { declareImpartiality } from '#server/meetings/impartiality.ts';
import { commentOnMinutes, minutesForMeeting } from '#server/meetings/minutes.ts';
import { privateNotesFor, savePrivateNote } from '#server/meetings/private-notes.ts';
import { findMeeting } from '#server/meetings/queries.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { AttachmentList } from './attachments-section.tsx';
import { caseHref, caseLabel, formatDate, meetingTitle, parseIntParam } from './format.ts';
import { failureData, type FormFailure, readForm, str } from './form.ts';
import type { Route } from './+types/meeting-book';

async function load(context: Route.LoaderArgs['context'], request: Request, params: Route.LoaderArgs['params']) {
  const actor = requirePermission(context, request, 'portal.use');
  const { db } = context.get(servicesContext);
  const year = parseIntParam(params.year);
  const sequence = parseIntParam(params.number);
  const meeting = year && sequence ? await findMeeting(db, year, sequence) : null;
  const member = actor.kind === 'user' ? await membership(db, actor.userId) : null;
  if (!meeting || !member || !member.termIds.includes(meeting.termId)) throw data({ reason: 'not-found' }, { status: 404 });
  return { actor, db, meeting, member };
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const { actor, db, meeting, member } = await load(context, request, params);
  const minutes = await minutesForMeeting(db, meeting.id);
  const url = new URL(request.url);
  const agenda = await meetingBook(db, meeting.id, member.member);
  const attachments = await meetingBookAttachments(db, meeting, agenda);
  const notes = actor.kind === 'user' ? await privateNotesFor(db, actor.userId, agenda.map((c) => c.id)) : new Map<string, { text: string; version: number }>();
  return {
    minutes:
      minutes && minutes.state !== 'draft'
        ? { id: minutes.id, state: minutes.state, body: minutes.body, commentDeadline: minutes.commentDeadline, myComments: minutes.comments.filter((c) => c.memberId === member.member.id).map((c) => ({ id: c.id, text: c.text, caseYear: c.caseYear, caseSequence: c.caseSequence, caseTitle: c.caseTitle })) }
        : null,
    commented: url.searchParams.get('kommentert') === '1',
    csrf: csrfToken(context),
    meeting: { year: meeting.year, sequence: meeting.sequence, date: meeting.date, place: meeting.place, state: meeting.state },
    deadline: paperDeadline(meeting.date),
    agenda,
    attachments,
    notes: Object.fromEntries(notes),
    saved: url.searchParams.get('lagret') === '1',
    noteSaved: url.searchParams.get('notat') ?? null,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { actor, db, meeting } = await load(context, request, params);
  const values = await readForm(request);
  const requestId = context.get(requestInfoContext).requestId;
  if (values.intent === 'comment') {
    const commented = await execute(db, commentOnMinutes, actor, values, { requestId });
    if (!commented.ok) return failureData(commented, 'comment', values);
    return redirect(`/min-side/moter/${meeting.year}/${meeting.sequence}?kommentert=1`);
  }
  if (values.intent === 'note') {
    const noted = await execute(db, savePrivateNote, actor, values, { requestId });
    if (!noted.ok) return failureData(noted, `note-${str(values.caseId)}`, values);
    return redirect(`/min-side/moter/${meeting.year}/${meeting.sequence}?notat=${encodeURIComponent(str(values.caseId))}#note-${str(values.caseId)}`);
  }
  const outcome = await execute(db, declareImpartiality, actor, values, { requestId });
  if (!outcome.ok) return failureData(outcome, str(values.caseId), values);
  return redirect(`/min-side/moter/${meeting.year}/${meeting.sequence}?lagret=1`);
}

export default function MeetingBook({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { meeting, agenda, attachments, notes, deadline, csrf, saved, noteSaved, minutes, commented } = loaderData;
  const commentFailure = actionData?.intent === 'comment' ? actionData : null;
  const title = meetingTitle(t, meeting);
  return (
    <>
      <title>{`${t('council.portal.meetingBook')} ${title} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.portal.meetingBook')}: {title}
      </Heading>
      {saved && (
        <Alert data-color="success">
          {t('council.portal.declarationSaved')}
        </Alert>
      )}
      <dl className="facts">
        <dt>{t('council.date')}</dt>
        <dd>{formatDate(locale, meeting.date) ?? t('council.dateUnknown')}</dd>
        <dt>{t('council.place')}</dt>
        <dd>{meeting.place ?? t('council.placeUnknown')}</dd>
        <dt>{t('council.paperDeadline')}</dt>
        <dd>{formatDate(locale, deadline) ?? '–'}</dd>
      </dl>
      {meeting.state !== 'planned' && (
        <Paragraph>
          <Link href={`/moter/${meeting.year}/${meeting.sequence}/motebok.pdf`}>{t('council.meetingBookPdf')}</Link>
        </Paragraph>
      )}
      {minutes && (
        <section aria-labelledby="minutes-heading">
          <Heading level={2} data-size="md" id="minutes-heading">
            {t('council.minutes.title')} ({t(`council.minutes.state.${minutes.state}`)})
          </Heading>
          {commented && <Alert data-color="success">{t('council.minutes.commentSaved')}</Alert>}
          <Paragraph>
            <Link href={`/moter/${meeting.year}/${meeting.sequence}/referat.pdf`}>{t('council.minutes.pdf')}</Link>
          </Paragraph>
          {minutes.commentDeadline && <Paragraph>{t('council.minutes.deadlineText', { date: formatDate(locale, minutes.commentDeadline) ?? '' })}</Paragraph>}
          <div className="council-minutes">{minutes.body.split('\n').map((line, i) => (line ? <Paragraph key={i}>{line}</Paragraph> : null))}</div>
          {minutes.myComments.length > 0 && (
            <ul>
              {minutes.myComments.map((c) => (
                <li key={c.id}>
                  {c.caseTitle && `${caseLabel(t, { year: c.caseYear, sequence: c.caseSequence })} ${c.caseTitle}: `}
                  {c.text}
                </li>
              ))}
            </ul>
          )}
          {minutes.state === 'in-review' && (
            <Form method="post" className="form-stack" noValidate>
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="comment" />
              <input type="hidden" name="minutesId" value={minutes.id} />
              <Field>
                <Label htmlFor="minutes-comment-case">{t('council.minutes.commentItem')}</Label>
                <Paragraph data-size="sm" id="minutes-comment-case-help">
                  {t('council.minutes.commentItemHelp')}
                </Paragraph>
                <Select
                  id="minutes-comment-case"
                  name="caseId"
                  defaultValue={commentFailure ? str(commentFailure.values.caseId) : ''}
                  aria-invalid={commentFailure?.fieldErrors.caseId ? true : undefined}
                  aria-describedby={commentFailure?.fieldErrors.caseId ? 'minutes-comment-case-help minutes-comment-case-error' : 'minutes-comment-case-help'}
                >
                  <Select.Option value="">{t('council.minutes.commentWhole')}</Select.Option>
                  {agenda
                    .filter((c) => !disqualifiedBy(c))
                    .map((c) => (
                      <Select.Option key={c.id} value={c.id}>
                        {`${caseLabel(t, c)} ${c.title}`}
                      </Select.Option>
                    ))}
                </Select>
                {commentFailure?.fieldErrors.caseId && <ValidationMessage id="minutes-comment-case-error">{translateMessage(t, commentFailure.fieldErrors.caseId[0] ?? '')}</ValidationMessage>}
              </Field>
              <Field>
                <Label htmlFor="minutes-comment">{t('council.minutes.comment')}</Label>
                <Textarea
                  id="minutes-comment"
                  name="text"
                  rows={4}
                  defaultValue={commentFailure ? str(commentFailure.values.text) : ''}
                  aria-invalid={commentFailure?.fieldErrors.text ? true : undefined}
                  aria-describedby={commentFailure?.fieldErrors.text ? 'minutes-comment-error' : undefined}
                />
                {commentFailure?.fieldErrors.text && <ValidationMessage id="minutes-comment-error">{translateMessage(t, commentFailure.fieldErrors.text[0] ?? '')}</ValidationMessage>}
              </Field>
              <div>
                <Button type="submit">{t('council.minutes.sendComment')}</Button>
              </div>
            </Form>
          )}
        </section>
      )}
      <Paragraph>{t('council.portal.declareHelp')}</Paragraph>
      {agenda.map((c) => {
        const href = caseHref(c, meeting);
        const failure = actionData?.intent === c.id ? actionData : null;
        const id = `decl-${c.id}`;
        return (
          <section key={c.id} className="council-attendance" aria-labelledby={`${id}-heading`}>
            <Heading level={2} data-size="xs" id={`${id}-heading`} className="council-attendance__name">
              {caseLabel(t, c)}: {href ? <Link href={href}>{c.title}</Link> : c.title}
            </Heading>
            <AttachmentList attachments={attachments.filter((a) => a.caseId === c.id)} caseHref={href} />
            {c.possibleConflict && <Tag data-color="warning">{t('council.impartiality.possibleConflict')}</Tag>}
            {c.decided && c.decided !== 'not-assessed' && (
              <Paragraph data-size="sm">
                {t('council.impartiality.decided')}: {t(`council.impartiality.status.${c.decided}`)}
              </Paragraph>
            )}
            <Form method="post" className="council-attendance" aria-label={t('council.portal.declareFor', { case: `${caseLabel(t, c)} ${c.title}` })}>
              <CsrfInput token={csrf} />
              <input type="hidden" name="caseId" value={c.id} />
              <Field>
                <Label htmlFor={`${id}-declared`}>{t('council.portal.myDeclaration')}</Label>
                <Select id={`${id}-declared`} name="declared" defaultValue={failure ? str(failure.values.declared) : (c.declared ?? 'not-assessed')}>
                  {(['not-assessed', 'impartial', 'disqualified'] as const).map((s) => (
                    <Select.Option key={s} value={s}>
                      {t(`council.impartiality.status.${s}`)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <FormField
                id={`${id}-reason`}
                name="declaredReason"
                label={t('council.impartiality.reason')}
                defaultValue={failure ? str(failure.values.declaredReason) : (c.declaredReason ?? '')}
                errors={failure?.fieldErrors.declaredReason}
              />
              <Button type="submit" variant="secondary" data-size="sm">
                {t('council.portal.saveDeclaration')}
              </Button>
            </Form>
            <PrivateNote caseId={c.id} caseName={`${caseLabel(t, c)} ${c.title}`} csrf={csrf} saved={noteSaved === c.id} note={notes[c.id]} failure={actionData?.intent === `note-${c.id}` ? actionData : null} />
          </section>
        );
      })}
    </>
  );
}

function PrivateNote({ caseId, caseName, csrf, saved, note, failure }: { caseId: string; caseName: string; csrf: string; saved: boolean; note: { text: string; version: number } | undefined; failure: FormFailure | null }) {
  const { t } = useI18n();
  const id = `note-${caseId}`;
  const current = failure?.conflict as { text: string; version: number } | null | undefined;
  const error = failure?.fieldErrors.text?.[0];
  return (
    <Form method="post" id={id} className="form-stack" aria-label={t('council.notes.formLabel', { case: caseName })}>
      <CsrfInput token={csrf} />
      <input type="hidden" name="intent" value="note" />
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={current ? current.version : (note?.version ?? 0)} />
      {saved && <Alert data-color="success">{t('council.notes.saved')}</Alert>}
      {current && (
        <Alert data-color="warning">
          {t('council.notes.conflict')} {current.text ? `«${current.text}»` : ''}
        </Alert>
      )}
      <Field>
        <Label htmlFor={`${id}-text`}>{t('council.notes.label')}</Label>
        <Paragraph data-size="sm" id={`${id}-help`}>
          {t('council.notes.help')}
        </Paragraph>
        <Textarea
          id={`${id}-text`}
          name="text"
          rows={3}
          defaultValue={failure ? str(failure.values.text) : (note?.text ?? '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`}
        />
        {error && <ValidationMessage id={`${id}-error`}>{translateMessage(t, error)}</ValidationMessage>}
      </Field>
      <div>
        <Button type="submit" variant="secondary" data-size="sm">
          {t('council.notes.save')}
        </Button>
      </div>
    </Form>
  );
}
