import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { createMeeting } from '#server/meetings/agenda.ts';
import { deadlineStatus, osloToday, paperDeadline } from '#server/meetings/deadline.ts';
import { listMeetings } from '#server/meetings/queries.ts';
import { yearPlan } from '#server/meetings/year-plan.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { formatDate, meetingTitle } from './format.ts';
import { failureData, readForm, str } from './form.ts';
import type { Route } from './+types/admin-meetings';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const meetings = await listMeetings(db);
  const today = osloToday();
  return {
    csrf: csrfToken(context),
    meetings: meetings.map((m) => ({ ...m, deadline: paperDeadline(m.date), deadlineStatus: m.state === 'planned' ? deadlineStatus(m.date, false, today) : 'sent' })),
    plan: yearPlan(meetings),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const values = await readForm(request);
  const outcome = await execute(db, createMeeting, actor, values, { requestId: context.get(requestInfoContext).requestId });
  if (!outcome.ok) return failureData(outcome, 'create', values);
  return redirect(`/sekretariat/moter/${outcome.value.id}`);
}

export default function AdminMeetings({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const errors = actionData?.fieldErrors ?? {};
  const values = actionData?.values ?? {};
  return (
    <>
      <title>{`${t('council.admin.meetingsTitle')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.admin.meetingsTitle')}
      </Heading>
      {loaderData.plan
        .filter((p) => p.warning)
        .map((p) => (
          <Alert key={p.year} data-color="warning">
            {t('council.yearPlanWarning', { year: p.year, count: p.count })}
          </Alert>
        ))}
      <TableScroll>
        <Table zebra>
          <caption>{t('council.meetingsCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('council.meeting')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.date')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.state')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.paperDeadline')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.meetings.map((m) => (
              <Table.Row key={m.id}>
                <Table.HeaderCell scope="row">
                  <Link href={`/sekretariat/moter/${m.id}`}>{meetingTitle(t, m)}</Link>
                </Table.HeaderCell>
                <Table.Cell>{formatDate(locale, m.date) ?? t('council.dateUnknown')}</Table.Cell>
                <Table.Cell>{t(`council.state.${m.state}`)}</Table.Cell>
                <Table.Cell>
                  {formatDate(locale, m.deadline) ?? '–'} {m.deadlineStatus !== 'sent' && `(${t(`council.deadline.${m.deadlineStatus}`)})`}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Heading level={2} data-size="md">
        {t('council.admin.newMeeting')}
      </Heading>
      <Paragraph>{t('council.admin.newMeetingHelp')}</Paragraph>
      <Form method="post" className="form-stack" noValidate>
        <CsrfInput token={loaderData.csrf} />
        <FormField name="date" type="date" label={t('council.date')} required defaultValue={str(values.date)} errors={errors.date} />
        <FormField name="startTime" type="time" label={t('council.admin.startTime')} defaultValue={str(values.startTime)} errors={errors.startTime} />
        <FormField name="endTime" type="time" label={t('council.admin.endTime')} defaultValue={str(values.endTime)} errors={errors.endTime} />
        <FormField name="place" label={t('council.place')} defaultValue={str(values.place) || 'Forskningsrådet, Lysaker'} errors={errors.place} />
        <div>
          <Button type="submit">{t('council.admin.createMeeting')}</Button>
        </div>
      </Form>
    </>
  );
}
