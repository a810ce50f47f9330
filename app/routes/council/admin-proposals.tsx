import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { acceptProposal, declineProposal, listProposals } from '#server/meetings/proposals.ts';
import { plannedMeetings } from '#server/meetings/queries.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { meetingTitle } from './format.ts';
import { failureData, type FormFailure, readForm, str } from './form.ts';
import { LongText, ProposalState } from './proposal-parts.tsx';
import type { Route } from './+types/admin-proposals';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const [proposals, planned] = await Promise.all([listProposals(db), plannedMeetings(db)]);
  return { csrf: csrfToken(context), proposals, planned, declined: new URL(request.url).searchParams.get('melding') === 'avslatt' };
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const requestId = context.get(requestInfoContext).requestId;
  const values = await readForm(request);
  const intent = `${str(values.intent)}-${str(values.proposalId)}`;
  if (values.intent === 'accept') {
    const outcome = await execute(db, acceptProposal, actor, values, { requestId });
    return outcome.ok ? redirect(`/sekretariat/saker/${outcome.value.case.id}`) : failureData(outcome, intent, values);
  }
  const outcome = await execute(db, declineProposal, actor, values, { requestId });
  return outcome.ok ? redirect('/sekretariat/innmeldte-saker?melding=avslatt') : failureData(outcome, intent, values);
}

type Proposal = Route.ComponentProps['loaderData']['proposals'][number];

export default function AdminProposals({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { proposals, planned, csrf, declined } = loaderData;
  const waiting = proposals.filter((p) => p.state === 'submitted');
  const handled = proposals.filter((p) => p.state !== 'submitted');
  const conflict = actionData?.conflict as { state: string } | null | undefined;
  const date = (d: Date | string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeZone: 'Europe/Oslo' }).format(new Date(d));
  return (
    <>
      <title>{`${t('council.proposals.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.proposals.title')}
      </Heading>
      {declined && <Alert data-color="success">{t('council.proposals.declined')}</Alert>}
      {conflict && (
        <Alert data-color="warning" role="alert">
          {t('council.proposals.conflict', { state: t(`council.proposals.state.${conflict.state as 'submitted'}`) })}
        </Alert>
      )}
      <Heading level={2} data-size="md">
        {t('council.proposals.waiting')}
      </Heading>
      {waiting.length === 0 && <Paragraph>{t('council.proposals.noneWaiting')}</Paragraph>}
      {waiting.map((p) => (
        <WaitingProposal key={p.id} p={p} planned={planned} csrf={csrf} submittedAt={date(p.createdAt)} failure={actionData && !actionData.conflict && actionData.intent.endsWith(p.id) ? actionData : null} />
      ))}
      <Heading level={2} data-size="md">
        {t('council.proposals.handled')}
      </Heading>
      <TableScroll>
        <Table zebra>
          <caption>{t('council.proposals.handledCaption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t('council.proposals.column.title')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.proposals.column.member')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.proposals.column.state')}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t('council.proposals.column.details')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {handled.map((p) => (
              <Table.Row key={p.id}>
                <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                <Table.Cell>{p.memberName}</Table.Cell>
                <Table.Cell>
                  <ProposalState state={p.state} />
                </Table.Cell>
                <Table.Cell>
                  {p.state === 'declined' && p.declineReason}
                  {p.state === 'accepted' && p.caseId && p.caseMeeting && <Link href={`/sekretariat/saker/${p.caseId}`}>{t('council.proposals.acceptedInto', { meeting: meetingTitle(t, p.caseMeeting) })}</Link>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}

function WaitingProposal({ p, planned, csrf, submittedAt, failure }: { p: Proposal; planned: { id: string; year: number; sequence: number }[]; csrf: string; submittedAt: string; failure: FormFailure | null }) {
  const { t } = useI18n();
  const headingId = `proposal-${p.id}`;
  const meetingError = failure?.intent.startsWith('accept') ? failure.fieldErrors.meetingId?.[0] : undefined;
  return (
    <article className="council-proposal" aria-labelledby={headingId}>
      <Heading level={3} data-size="sm" id={headingId}>
        {p.title}
      </Heading>
      <dl className="facts">
        <dt>{t('council.proposals.column.member')}</dt>
        <dd>{p.memberName}</dd>
        <dt>{t('council.proposals.column.submittedAt')}</dt>
        <dd>{submittedAt}</dd>
        <dt>{t('council.proposals.field.type')}</dt>
        <dd>{t(`council.type.${p.proposedType}`)}</dd>
        <dt>{t('council.proposals.wished')}</dt>
        <dd>{p.wishedMeeting ? meetingTitle(t, p.wishedMeeting) : t('council.proposals.noWish')}</dd>
        {p.focusAreas.length > 0 && (
          <>
            <dt>{t('council.focusAreas')}</dt>
            <dd>{p.focusAreas.map((f) => f.name).join(', ')}</dd>
          </>
        )}
      </dl>
      <Heading level={4} data-size="xs">
        {t('council.proposals.field.description')}
      </Heading>
      {p.description.split('\n').map((line, i) => (line ? <Paragraph key={i}>{line}</Paragraph> : null))}
      {p.whyRaised && (
        <>
          <Heading level={4} data-size="xs">
            {t('council.proposals.field.whyRaised')}
          </Heading>
          {p.whyRaised.split('\n').map((line, i) => (line ? <Paragraph key={i}>{line}</Paragraph> : null))}
        </>
      )}
      <div className="council-proposal__actions">
        {planned.length === 0 ? (
          <Paragraph>{t('council.proposals.noPlanned')}</Paragraph>
        ) : (
          <Form method="post" className="form-stack" aria-label={t('council.proposals.acceptFor', { title: p.title })}>
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="accept" />
            <input type="hidden" name="proposalId" value={p.id} />
            <input type="hidden" name="version" value={p.version} />
            <Field>
              <Label htmlFor={`${headingId}-meeting`}>{t('council.proposals.acceptMeeting')}</Label>
              <Select
                id={`${headingId}-meeting`}
                name="meetingId"
                defaultValue={p.wishedMeeting?.id ?? planned[0]?.id}
                aria-invalid={meetingError ? true : undefined}
                aria-describedby={meetingError ? `${headingId}-meeting-error` : undefined}
              >
                {planned.map((m) => (
                  <Select.Option key={m.id} value={m.id}>
                    {meetingTitle(t, m)}
                  </Select.Option>
                ))}
              </Select>
              {meetingError && <ValidationMessage id={`${headingId}-meeting-error`}>{translateMessage(t, meetingError)}</ValidationMessage>}
            </Field>
            <div>
              <Button type="submit">{t('council.proposals.accept')}</Button>
            </div>
          </Form>
        )}
        <Form method="post" className="form-stack" noValidate aria-label={t('council.proposals.declineFor', { title: p.title })}>
          <CsrfInput token={csrf} />
          <input type="hidden" name="intent" value="decline" />
          <input type="hidden" name="proposalId" value={p.id} />
          <input type="hidden" name="version" value={p.version} />
          <LongText
            id={`${headingId}-reason`}
            name="reason"
            label={t('council.proposals.declineReason')}
            defaultValue={failure?.intent.startsWith('decline') ? str(failure.values.reason) : ''}
            error={failure?.intent.startsWith('decline') ? failure.fieldErrors.reason?.[0] : undefined}
            required
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('council.proposals.decline')}
            </Button>
          </div>
        </Form>
      </div>
    </article>
  );
}
