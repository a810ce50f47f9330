import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table, Textarea } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { type Command, execute } from '#server/core/command.ts';
import type { ZodType } from 'zod';
import { addCase, moveCase } from '#server/meetings/agenda.ts';
import { addGuest, attendanceOf, recordAttendance } from '#server/meetings/attendance.ts';
import { deadlineStatus, osloToday, paperDeadline } from '#server/meetings/deadline.ts';
import { sendNotice, transitionMeeting } from '#server/meetings/notice.ts';
import { fileStoreIn } from '#server/files/store.ts';
import { deletePurgedFiles } from '#server/meetings/attachments.ts';
import { addFollowUp, approvalMeetings, approveMinutes, closeFollowUp, draftMinutes, followUpsOf, minutesForMeeting, outstandingBefore, sendMinutesForComments, updateMinutes } from '#server/meetings/minutes.ts';
import { findMeetingById, listAgenda } from '#server/meetings/queries.ts';
import { meetingWorkflow } from '#server/meetings/workflow.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { AttendanceSection } from './attendance-section.tsx';
import { caseHref, caseLabel, formatDate, meetingTitle } from './format.ts';
import { failureData, readForm, str } from './form.ts';
import { MeetingConflict } from './meeting-conflict.tsx';
import { MinutesAdmin, OutstandingItems } from './minutes-admin.tsx';
import type { Route } from './+types/admin-meeting';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const meeting = /^[0-9a-f-]{36}$/.test(params.id) ? await findMeetingById(db, params.id) : null;
  if (!meeting) throw data({ reason: 'not-found' }, { status: 404 });
  const [agenda, attendance, minutes, followUps, outstanding, approvalAt] = await Promise.all([
    listAgenda(db, meeting.id),
    attendanceOf(db, meeting.id, meeting.termId),
    minutesForMeeting(db, meeting.id),
    followUpsOf(db, meeting.id),
    outstandingBefore(db, meeting),
    approvalMeetings(db, meeting),
  ]);
  const sent = searchParam(request, 'sendt');
  return {
    csrf: csrfToken(context),
    meeting,
    agenda,
    attendance,
    minutes,
    followUps,
    outstanding,
    approvalAt,
    deadline: paperDeadline(meeting.date),
    deadlineStatus: deadlineStatus(meeting.date, meeting.state !== 'planned', osloToday()),
    next: meetingWorkflow[meeting.state].next,
    mailed: sent && /^\d+$/.test(sent) ? Number(sent) : null,
  };
}

function searchParam(request: Request, name: string) {
  return new URL(request.url).searchParams.get(name);
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'meetings.manage');
  const { db, config } = context.get(servicesContext);
  const requestId = context.get(requestInfoContext).requestId;
  const values = await readForm(request);
  const intent = str(values.intent);
  const meetingId = params.id;
  const here = `/sekretariat/moter/${meetingId}`;
  switch (intent) {
    case 'add-case': {
      const outcome = await execute(db, addCase, actor, { ...values, meetingId }, { requestId });
      return outcome.ok ? redirect(`/sekretariat/saker/${outcome.value.id}`) : failureData(outcome, intent, values);
    }
    case 'move': {
      const outcome = await execute(db, moveCase, actor, values, { requestId });
      return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
    }
    case 'send-notice': {
      const outcome = await sendNotice(db, config, actor, { meetingId, version: values.version }, { requestId });
      return outcome.ok ? redirect(`${here}?sendt=${outcome.value.mailed}`) : failureData(outcome, intent, values);
    }
    case 'transition': {
      const outcome = await execute(db, transitionMeeting, actor, { ...values, meetingId }, { requestId });
      return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
    }
    case 'attendance': {
      const outcome = await execute(db, recordAttendance, actor, { ...values, meetingId }, { requestId });
      return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
    }
    case 'guest': {
      const outcome = await execute(db, addGuest, actor, { ...values, meetingId }, { requestId });
      return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
    }
    case 'draft-minutes':
      return simple(draftMinutes);
    case 'update-minutes':
      return simple(updateMinutes);
    case 'send-minutes':
      return simple(sendMinutesForComments);
    case 'approve-minutes': {
      const outcome = await execute(db, approveMinutes, actor, { ...values, meetingId }, { requestId });
      if (!outcome.ok) return failureData(outcome, intent, values);
      // The approval marked the audio recordings of closed cases as purged; their bytes go now that it is committed.
      await deletePurgedFiles(db, fileStoreIn(config.dataDir), { requestId });
      return redirect(here);
    }
    case 'add-follow-up':
      return simple(addFollowUp);
    case 'close-follow-up':
      return simple(closeFollowUp);
    default:
      throw data({ reason: 'bad-request' }, { status: 400 });
  }

  async function simple<S extends ZodType, R>(command: Command<S, R>) {
    const outcome = await execute(db, command, actor, { ...values, meetingId }, { requestId });
    return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
  }
}

export default function AdminMeeting({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { meeting, agenda, deadline, deadlineStatus: status, next, mailed, csrf, attendance, minutes, followUps, outstanding, approvalAt } = loaderData;
  const failure = actionData ?? null;
  const errorsFor = (intent: string) => (failure?.intent === intent ? failure.fieldErrors : {});
  const valuesFor = (intent: string) => (failure?.intent === intent ? failure.values : {});
  const title = meetingTitle(t, meeting);
  const caseErrors = errorsFor('add-case');
  const caseValues = valuesFor('add-case');
  return (
    <>
      <title>{`${title} – ${t('council.admin.meetingsTitle')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>
        <Link href={`/moter/${meeting.year}/${meeting.sequence}`}>{t('council.admin.publicPage')}</Link> ·{' '}
        <Link href="/sekretariat/moter">{t('council.admin.allMeetings')}</Link>
      </Paragraph>
      {mailed !== null && (
        <Alert data-color="success">
          {t('council.admin.noticeSent', { count: mailed })}
        </Alert>
      )}
      {failure && failure.formErrors.length > 0 && (
        <Alert data-color="danger" role="alert">
          {failure.formErrors.map((e) => translateMessage(t, e)).join(' ')}
        </Alert>
      )}
      {failure?.conflict && (failure.intent === 'send-notice' || failure.intent === 'transition') && <MeetingConflict failure={failure} />}
      {failure?.conflict && failure.intent !== 'send-notice' && failure.intent !== 'transition' && (
        <Alert data-color="danger" role="alert">
          {t('council.admin.meetingChanged')}
        </Alert>
      )}
      {(status === 'near' || status === 'missed') && (
        <Alert data-color={status === 'missed' ? 'danger' : 'warning'}>{t(`council.deadline.warning.${status}`, { date: formatDate(locale, deadline) ?? '' })}</Alert>
      )}
      <dl className="facts">
        <dt>{t('council.date')}</dt>
        <dd>{formatDate(locale, meeting.date) ?? t('council.dateUnknown')}</dd>
        <dt>{t('council.place')}</dt>
        <dd>{meeting.place ?? t('council.placeUnknown')}</dd>
        <dt>{t('council.state')}</dt>
        <dd>{t(`council.state.${meeting.state}`)}</dd>
        <dt>{t('council.paperDeadline')}</dt>
        <dd>{formatDate(locale, deadline) ?? '–'}</dd>
      </dl>
      <div className="council-agenda-actions">
        {next.includes('notice-sent') && (
          <Form method="post">
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="send-notice" />
            <input type="hidden" name="version" value={meeting.version} />
            <Button type="submit">{t('council.admin.sendNotice')}</Button>
          </Form>
        )}
        {next
          .filter((s) => s === 'held' || s === 'minutes-in-review')
          .map((s) => (
            <Form method="post" key={s}>
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="transition" />
              <input type="hidden" name="to" value={s} />
              <input type="hidden" name="version" value={meeting.version} />
              <Button type="submit" variant="secondary">
                {t(`council.admin.moveTo.${s}`)}
              </Button>
            </Form>
          ))}
        {meeting.state !== 'planned' && (
          <Button asChild variant="tertiary">
            <a href={`/moter/${meeting.year}/${meeting.sequence}/motebok.pdf`}>{t('council.meetingBookPdf')}</a>
          </Button>
        )}
        {minutes && (
          <Button asChild variant="tertiary">
            <a href={`/moter/${meeting.year}/${meeting.sequence}/referat.pdf`}>{t('council.minutes.pdf')}</a>
          </Button>
        )}
      </div>
      <OutstandingItems items={outstanding} csrf={csrf} />
      <Heading level={2} data-size="md">
        {t('council.agenda')}
      </Heading>
      <TableScroll>
        <Table zebra>
          <caption>{t('council.agendaCaption', { meeting: title })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('council.case')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.caseTitle')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.caseType')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.admin.actions')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {agenda.map((c) => {
              const href = caseHref(c, meeting);
              return (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    {caseLabel(t, c)}
                  </Table.HeaderCell>
                  <Table.Cell>{href ? <Link href={href}>{c.title}</Link> : c.title}</Table.Cell>
                  <Table.Cell>{t(`council.type.${c.type ?? 'none'}`)}</Table.Cell>
                  <Table.Cell>
                    <div className="council-agenda-actions">
                      <Link href={`/sekretariat/saker/${c.id}`} aria-label={t('council.admin.editNamed', { title: c.title })}>
                        {t('council.admin.edit')}
                      </Link>
                      {meeting.state === 'planned' &&
                        c.agendaRole === 'case' &&
                        (['up', 'down'] as const).map((direction) => (
                          <Form method="post" key={direction}>
                            <CsrfInput token={csrf} />
                            <input type="hidden" name="intent" value="move" />
                            <input type="hidden" name="caseId" value={c.id} />
                            <input type="hidden" name="direction" value={direction} />
                            <Button type="submit" variant="tertiary" data-size="sm" aria-label={t(`council.admin.move.${direction}Named`, { title: c.title })}>
                              {t(`council.admin.move.${direction}`)}
                            </Button>
                          </Form>
                        ))}
                    </div>
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </TableScroll>
      {meeting.state === 'planned' && (
        <section aria-labelledby="add-case-heading">
          <Heading level={2} data-size="md" id="add-case-heading">
            {t('council.admin.addCase')}
          </Heading>
          <Form method="post" className="form-stack" noValidate>
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="add-case" />
            <FormField name="title" label={t('council.caseTitle')} required defaultValue={str(caseValues.title)} errors={caseErrors.title} />
            <Field>
              <Label htmlFor="new-case-type">{t('council.caseType')}</Label>
              <Select id="new-case-type" name="type" defaultValue={str(caseValues.type) || 'discussion'}>
                {(['decision', 'discussion', 'information', 'none'] as const).map((type) => (
                  <Select.Option key={type} value={type}>
                    {t(`council.type.${type}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <FormField name="from" label={t('council.from')} defaultValue={str(caseValues.from)} errors={caseErrors.from} />
            <FormField name="caseOfficer" label={t('council.caseOfficer')} defaultValue={str(caseValues.caseOfficer)} errors={caseErrors.caseOfficer} />
            <Field>
              <Label htmlFor="new-case-background">{t('council.section.background')}</Label>
              <Textarea id="new-case-background" name="background" rows={4} defaultValue={str(caseValues.background)} />
            </Field>
            <div>
              <Button type="submit">{t('council.admin.addCaseSubmit')}</Button>
            </div>
          </Form>
        </section>
      )}
      {meeting.state !== 'planned' && (
        <AttendanceSection csrf={csrf} attendance={attendance} agenda={agenda} errors={errorsFor('attendance')} guestErrors={errorsFor('guest')} guestValues={valuesFor('guest')} />
      )}
      {meeting.state !== 'planned' && (
        <MinutesAdmin csrf={csrf} meetingState={meeting.state} minutes={minutes} approvalMeetings={approvalAt} followUps={followUps} failure={failure} />
      )}
    </>
  );
}
