import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { membership } from '#server/council/portal.ts';
import { execute } from '#server/core/command.ts';
import { listProposals, proposalFormOptions, proposalsOf, submitProposal, withdrawProposal } from '#server/meetings/proposals.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { meetingTitle } from './format.ts';
import { failureData, readForm, str } from './form.ts';
import { LongText, ProposalState } from './proposal-parts.tsx';
import type { Route } from './+types/my-proposals';

async function load(context: Route.LoaderArgs['context'], request: Request) {
  const actor = requirePermission(context, request, 'proposals.submit');
  const { db } = context.get(servicesContext);
  const member = actor.kind === 'user' ? await membership(db, actor.userId) : null;
  if (!member) throw data({ reason: 'forbidden' }, { status: 403 });
  return { actor, db, member };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { actor, db, member } = await load(context, request);
  const [mine, options, all] = await Promise.all([
    proposalsOf(db, member.member.id),
    proposalFormOptions(db, member.termIds),
    can(actor, 'proposals.read') ? listProposals(db) : Promise.resolve(null),
  ]);
  const url = new URL(request.url);
  return { csrf: csrfToken(context), mine, options, all, notice: url.searchParams.get('melding') };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { actor, db } = await load(context, request);
  const requestId = context.get(requestInfoContext).requestId;
  const values = await readForm(request, ['focusAreaIds']);
  if (values.intent === 'withdraw') {
    const outcome = await execute(db, withdrawProposal, actor, values, { requestId });
    return outcome.ok ? redirect('/min-side/saker?melding=trukket') : failureData(outcome, 'withdraw', values);
  }
  const outcome = await execute(db, submitProposal, actor, values, { requestId });
  return outcome.ok ? redirect('/min-side/saker?melding=innmeldt') : failureData(outcome, 'submit', values);
}

export default function MyProposals({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { csrf, mine, options, all, notice } = loaderData;
  const failure = actionData?.intent === 'submit' ? actionData : null;
  const errors = failure?.fieldErrors ?? {};
  const v = (name: string, fallback = '') => (failure ? str(failure.values[name]) : fallback);
  const checked = failure ? [failure.values.focusAreaIds ?? []].flat() : [];
  const conflict = actionData?.intent === 'withdraw' ? (actionData.conflict as { state: string } | null) : null;
  const date = (d: Date | string) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeZone: 'Europe/Oslo' }).format(new Date(d));
  return (
    <>
      <title>{`${t('council.proposals.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.proposals.title')}
      </Heading>
      <Paragraph>{t('council.proposals.intro')}</Paragraph>
      {notice === 'innmeldt' && <Alert data-color="success">{t('council.proposals.submitted')}</Alert>}
      {notice === 'trukket' && <Alert data-color="success">{t('council.proposals.withdrawn')}</Alert>}
      {conflict && (
        <Alert data-color="warning" role="alert">
          {t('council.proposals.conflict', { state: t(`council.proposals.state.${conflict.state as 'submitted'}`) })}
        </Alert>
      )}
      <Heading level={2} data-size="md">
        {t('council.proposals.mine')}
      </Heading>
      {mine.length === 0 ? (
        <Paragraph>{t('council.proposals.none')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra>
            <caption>{t('council.proposals.mineCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('council.proposals.column.title')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.proposals.column.submittedAt')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.proposals.column.state')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.proposals.column.details')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {mine.map((p) => (
                <Table.Row key={p.id}>
                  <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                  <Table.Cell>{date(p.createdAt)}</Table.Cell>
                  <Table.Cell>
                    <ProposalState state={p.state} />
                  </Table.Cell>
                  <Table.Cell>
                    {p.state === 'declined' && p.declineReason}
                    {p.state === 'accepted' && p.caseMeeting && (
                      <Link href={`/min-side/moter/${p.caseMeeting.year}/${p.caseMeeting.sequence}`}>{t('council.proposals.acceptedInto', { meeting: meetingTitle(t, p.caseMeeting) })}</Link>
                    )}
                    {p.state === 'submitted' && (
                      <Form method="post">
                        <CsrfInput token={csrf} />
                        <input type="hidden" name="intent" value="withdraw" />
                        <input type="hidden" name="proposalId" value={p.id} />
                        <input type="hidden" name="version" value={p.version} />
                        <Button type="submit" variant="tertiary" data-size="sm" aria-label={t('council.proposals.withdrawNamed', { title: p.title })}>
                          {t('council.proposals.withdraw')}
                        </Button>
                      </Form>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <section aria-labelledby="propose-heading">
        <Heading level={2} data-size="md" id="propose-heading">
          {t('council.proposals.newHeading')}
        </Heading>
        {failure && failure.formErrors.length > 0 && (
          <Alert data-color="danger" role="alert">
            {failure.formErrors.map((e) => translateMessage(t, e)).join(' ')}
          </Alert>
        )}
        <Form method="post" className="form-stack" noValidate>
          <CsrfInput token={csrf} />
          <input type="hidden" name="intent" value="submit" />
          <FormField name="title" label={t('council.proposals.field.title')} required defaultValue={v('title')} errors={errors.title} />
          <LongText id="proposal-description" name="description" label={t('council.proposals.field.description')} defaultValue={v('description')} error={errors.description?.[0]} required />
          <LongText id="proposal-whyRaised" name="whyRaised" label={t('council.proposals.field.whyRaised')} defaultValue={v('whyRaised')} error={errors.whyRaised?.[0]} />
          <Field>
            <Label htmlFor="proposal-type">{t('council.proposals.field.type')}</Label>
            <Select id="proposal-type" name="proposedType" defaultValue={v('proposedType', 'discussion')}>
              {(['decision', 'discussion', 'information'] as const).map((type) => (
                <Select.Option key={type} value={type}>
                  {t(`council.type.${type}`)}
                </Select.Option>
              ))}
            </Select>
          </Field>
          <Field>
            <Label htmlFor="proposal-meeting">{t('council.proposals.field.wishedMeeting')}</Label>
            <Select
              id="proposal-meeting"
              name="wishedMeetingId"
              defaultValue={v('wishedMeetingId')}
              aria-invalid={errors.wishedMeetingId ? true : undefined}
              aria-describedby={errors.wishedMeetingId ? 'proposal-meeting-error' : undefined}
            >
              <Select.Option value="">{t('council.proposals.noWish')}</Select.Option>
              {options.planned.map((m) => (
                <Select.Option key={m.id} value={m.id}>
                  {meetingTitle(t, m)}
                </Select.Option>
              ))}
            </Select>
            {errors.wishedMeetingId && <ValidationMessage id="proposal-meeting-error">{translateMessage(t, errors.wishedMeetingId[0] ?? '')}</ValidationMessage>}
          </Field>
          <CheckboxGroup legend={t('council.focusAreas')} name="focusAreaIds" options={options.focusAreas} checked={checked} />
          <div>
            <Button type="submit">{t('council.proposals.submit')}</Button>
          </div>
        </Form>
      </section>
      {all && (
        <section aria-labelledby="all-proposals-heading">
          <Heading level={2} data-size="md" id="all-proposals-heading">
            {t('council.proposals.all')}
          </Heading>
          {all.length === 0 ? (
            <Paragraph>{t('council.proposals.noneAll')}</Paragraph>
          ) : (
            <TableScroll>
              <Table zebra>
                <caption>{t('council.proposals.allCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('council.proposals.column.title')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.proposals.column.member')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.proposals.column.submittedAt')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.proposals.column.state')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {all.map((p) => (
                    <Table.Row key={p.id}>
                      <Table.HeaderCell scope="row">{p.title}</Table.HeaderCell>
                      <Table.Cell>{p.memberName}</Table.Cell>
                      <Table.Cell>{date(p.createdAt)}</Table.Cell>
                      <Table.Cell>
                        <ProposalState state={p.state} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </section>
      )}
    </>
  );
}
