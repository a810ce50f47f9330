import { Alert, Button, Field, Fieldset, Heading, Label, Link, Paragraph, Select, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { execute } from '#server/core/command.ts';
import { attachmentsWithFiles } from '#server/meetings/attachment-access.ts';
import { caseLinkOptions } from '#server/meetings/case-form.ts';
import { decideImpartiality, impartialityForCase } from '#server/meetings/impartiality.ts';
import { bringForward, recordDecision, screenCase, updateCase } from '#server/meetings/cases.ts';
import { findCaseById, plannedMeetings } from '#server/meetings/queries.ts';
import { proposerOf } from '#server/meetings/proposals.ts';
import { addReferenceMember, referenceGroupPanel, removeReferenceMember } from '#server/meetings/reference-groups.ts';
import { sectionsToFields } from '#server/meetings/sections.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { translateMessage, useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import { AttachmentsSection } from './attachments-section.tsx';
import { CheckboxGroup } from './checkbox-group.tsx';
import { ConflictView } from './conflict-view.tsx';
import { caseHref, caseLabel, meetingTitle } from './format.ts';
import { failureData, readForm, str } from './form.ts';
import { ImpartialityPanel } from './impartiality-panel.tsx';
import { ScreeningSection } from './screening-section.tsx';
import { ReferenceGroupSection } from './reference-group-section.tsx';
import type { Route } from './+types/admin-case';

export async function loader({ request, params, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const found = /^[0-9a-f-]{36}$/.test(params.id) ? await findCaseById(db, params.id) : null;
  if (!found) throw data({ reason: 'not-found' }, { status: 404 });
  const [links, planned, impartiality, attachments, referenceGroup, proposer] = await Promise.all([
    caseLinkOptions(db, found.c.id),
    plannedMeetings(db),
    impartialityForCase(db, found.c.id, found.meeting.termId),
    attachmentsWithFiles(db, new Map([[found.c.id, 'secretariat']])),
    referenceGroupPanel(db, found.c.id, found.meeting.termId),
    proposerOf(db, found.c.id),
  ]);
  return {
    csrf: csrfToken(context),
    c: found.c,
    fields: sectionsToFields(found.c.sections),
    meeting: { id: found.meeting.id, year: found.meeting.year, sequence: found.meeting.sequence, state: found.meeting.state },
    links,
    planned: planned.filter((m) => m.id !== found.meeting.id),
    impartiality,
    attachments,
    referenceGroup,
    proposer,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requirePermission(context, request, 'meetings.manage');
  const { db } = context.get(servicesContext);
  const requestId = context.get(requestInfoContext).requestId;
  const values = await readForm(request, ['focusAreaIds', 'actorIds', 'measureIds']);
  const intent = str(values.intent);
  const caseId = params.id;
  const here = `/sekretariat/saker/${caseId}`;
  if (intent === 'update') {
    const outcome = await execute(db, updateCase, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(`${here}?lagret=1`) : failureData(outcome, intent, values);
  }
  if (intent === 'bring-forward') {
    const outcome = await execute(db, bringForward, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(`/sekretariat/saker/${outcome.value.id}`) : failureData(outcome, intent, values);
  }
  if (intent === 'decide') {
    const outcome = await execute(db, recordDecision, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(`${here}?lagret=1`) : failureData(outcome, intent, values);
  }
  if (intent === 'screen') {
    const outcome = await execute(db, screenCase, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(`${here}?lagret=1`) : failureData(outcome, intent, values);
  }
  if (intent === 'impartiality') {
    const outcome = await execute(db, decideImpartiality, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(here) : failureData(outcome, intent, values);
  }
  if (intent === 'reference-add' || intent === 'reference-remove') {
    const outcome = await execute(db, intent === 'reference-add' ? addReferenceMember : removeReferenceMember, actor, { ...values, caseId }, { requestId });
    return outcome.ok ? redirect(`${here}#reference-group`) : failureData(outcome, intent, values);
  }
  throw data({ reason: 'bad-request' }, { status: 400 });
}

export default function AdminCase({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { c, fields, meeting, links, planned, csrf, impartiality, attachments, referenceGroup, proposer } = loaderData;
  const failure = actionData ?? null;
  const edit = failure?.intent === 'update' ? failure : null;
  const v = (name: string, fallback: string | null) => (edit ? str(edit.values[name]) : (fallback ?? ''));
  const errors = edit?.fieldErrors ?? {};
  const list = (name: 'focusAreaIds' | 'actorIds' | 'measureIds') => {
    const value = edit?.values[name];
    return edit ? (Array.isArray(value) ? value : value ? [value] : []) : links[name];
  };
  const label = `${caseLabel(t, c)} ${c.title}`;
  return (
    <>
      <title>{`${label} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {label}
      </Heading>
      <Paragraph>
        <Link href={`/sekretariat/moter/${meeting.id}`}>{meetingTitle(t, meeting)}</Link>
      </Paragraph>
      {proposer && <Paragraph>{t('council.proposals.proposedBy', { name: proposer.name })}</Paragraph>}
      {edit?.conflict && <ConflictView mine={edit.values} current={edit.conflict} />}
      {failure && failure.formErrors.length > 0 && (
        <Alert data-color="danger" role="alert">
          {failure.formErrors.map((e) => translateMessage(t, e)).join(' ')}
        </Alert>
      )}
      {/* Keyed by case and version: the same component shows another case after "bring forward", and uncontrolled fields must start over. */}
      <Form method="post" className="form-stack council-case-form" noValidate key={`${c.id}-${c.version}`}>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="version" value={edit?.conflict ? String(edit.conflict.version) : c.version} />
        <FormField name="title" label={t('council.caseTitle')} required defaultValue={v('title', c.title)} errors={errors.title} />
        <Field>
          <Label htmlFor="case-type">{t('council.caseType')}</Label>
          <Select id="case-type" name="type" defaultValue={v('type', c.type ?? 'none')}>
            {(['decision', 'discussion', 'information', 'none'] as const).map((type) => (
              <Select.Option key={type} value={type}>
                {t(`council.type.${type}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <FormField name="to" label={t('council.to')} defaultValue={v('to', c.to)} errors={errors.to} />
        <FormField name="from" label={t('council.from')} defaultValue={v('from', c.from)} errors={errors.from} />
        <FormField name="caseOfficer" label={t('council.caseOfficer')} defaultValue={v('caseOfficer', c.caseOfficer)} errors={errors.caseOfficer} />
        {(['intro', 'background', 'whyRaised', 'mainPoints'] as const).map((name) => (
          <Field key={name}>
            <Label htmlFor={`case-${name}`}>{t(`council.section.${name}`)}</Label>
            <Textarea id={`case-${name}`} name={name} rows={name === 'mainPoints' ? 10 : 5} defaultValue={v(name, fields[name])} />
          </Field>
        ))}
        <Paragraph data-size="sm">{t('council.section.help')}</Paragraph>
        <Field>
          <Label htmlFor="case-proposedDecision">{t('council.proposedDecision')}</Label>
          <Textarea id="case-proposedDecision" name="proposedDecision" rows={4} defaultValue={v('proposedDecision', c.proposedDecision)} />
        </Field>
        <CheckboxGroup legend={t('council.focusAreas')} name="focusAreaIds" options={links.focusAreas} checked={list('focusAreaIds')} />
        <CheckboxGroup legend={t('council.actors')} name="actorIds" options={links.actors} checked={list('actorIds')} />
        <Fieldset className="council-checkboxes">
          <Fieldset.Legend>{t('council.measures')}</Fieldset.Legend>
          <Fieldset.Description>{t('council.admin.measuresHelp')}</Fieldset.Description>
          {errors.measureIds && <ValidationMessage>{translateMessage(t, errors.measureIds[0] ?? '')}</ValidationMessage>}
          {links.measuresByArea.map((area) => (
            <CheckboxGroup key={area.id} legend={area.name} name="measureIds" options={area.measures} checked={list('measureIds')} />
          ))}
        </Fieldset>
        <div>
          <Button type="submit">{t('council.admin.saveCase')}</Button>
        </div>
      </Form>
      <ScreeningSection csrf={csrf} c={c} failure={failure?.intent === 'screen' ? failure : null} />
      {meeting.state !== 'planned' && (
        <section aria-labelledby="decision-heading">
          <Heading level={2} data-size="md" id="decision-heading">
            {t('council.decision')}
          </Heading>
          <Form method="post" className="form-stack" noValidate key={`${c.id}-${c.version}`}>
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="decide" />
            <input type="hidden" name="version" value={c.version} />
            <Field>
              <Label htmlFor="case-decision">{t('council.decision')}</Label>
              <Textarea
                id="case-decision"
                name="decision"
                rows={4}
                defaultValue={failure?.intent === 'decide' ? str(failure.values.decision) : (c.decision ?? c.proposedDecision ?? '')}
                aria-describedby={failure?.intent === 'decide' && failure.fieldErrors.decision ? 'case-decision-error' : undefined}
              />
              {failure?.intent === 'decide' && failure.fieldErrors.decision && (
                <Paragraph id="case-decision-error" className="council-error">
                  {translateMessage(t, failure.fieldErrors.decision[0] ?? '')}
                </Paragraph>
              )}
            </Field>
            <div>
              <Button type="submit">{t('council.admin.recordDecision')}</Button>
            </div>
          </Form>
        </section>
      )}
      {c.agendaRole === 'case' && (
        <section aria-labelledby="forward-heading">
          <Heading level={2} data-size="md" id="forward-heading">
            {t('council.admin.bringForward')}
          </Heading>
          {planned.length === 0 ? (
            <Paragraph>{t('council.admin.noPlannedMeeting')}</Paragraph>
          ) : (
            <Form method="post" className="form-stack" noValidate>
              <CsrfInput token={csrf} />
              <input type="hidden" name="intent" value="bring-forward" />
              <Field>
                <Label htmlFor="forward-meeting">{t('council.admin.toMeeting')}</Label>
                <Select id="forward-meeting" name="meetingId">
                  {planned.map((m) => (
                    <Select.Option key={m.id} value={m.id}>
                      {meetingTitle(t, m)}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              <div>
                <Button type="submit" variant="secondary">
                  {t('council.admin.bringForwardSubmit')}
                </Button>
              </div>
            </Form>
          )}
        </section>
      )}
      <ReferenceGroupSection csrf={csrf} group={referenceGroup} errors={failure?.intent === 'reference-add' ? failure.fieldErrors : {}} />
      <ImpartialityPanel key={c.id} csrf={csrf} rows={impartiality} errors={failure?.intent === 'impartiality' ? failure.fieldErrors : {}} />
      <AttachmentsSection key={`attachments-${c.id}`} csrf={csrf} caseId={c.id} caseHref={caseHref(c, meeting)} attachments={attachments} failure={null} />
    </>
  );
}
