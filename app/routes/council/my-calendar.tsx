import { Alert, Button, Field, Heading, Input, Label, Paragraph } from '@digdir/designsystemet-react';
import { data, Form, redirect } from 'react-router';
import { membership } from '#server/council/portal.ts';
import { execute } from '#server/core/command.ts';
import { calendarLinkCreatedAt, createCalendarLink, revokeCalendarLink } from '#server/meetings/member-calendar.ts';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { requestInfoContext, servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { requirePermission } from '../../lib/access.ts';
import { csrfToken } from '../../middleware/platform.ts';
import type { Route } from './+types/my-calendar';

async function load(context: Route.LoaderArgs['context'], request: Request) {
  const actor = requirePermission(context, request, 'meetings.readCouncil');
  const { db, config } = context.get(servicesContext);
  const member = actor.kind === 'user' ? await membership(db, actor.userId) : null;
  if (!member) throw data({ reason: 'forbidden' }, { status: 403 });
  return { actor, db, config, member };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { db, member } = await load(context, request);
  const createdAt = await calendarLinkCreatedAt(db, member.member.id);
  return { csrf: csrfToken(context), createdAt: createdAt?.toISOString() ?? null, revoked: new URL(request.url).searchParams.get('melding') === 'slatt-av' };
}

/** The new address is answered in the page itself, never in a redirect URL, so it shows once and is not kept in history. */
export async function action({ request, context }: Route.ActionArgs) {
  const { actor, db, config } = await load(context, request);
  const requestId = context.get(requestInfoContext).requestId;
  const form = await request.formData();
  if (form.get('intent') === 'revoke') {
    const revoked = await execute(db, revokeCalendarLink, actor, {}, { requestId });
    if (!revoked.ok) throw data({ reason: 'forbidden' }, { status: 403 });
    return redirect('/min-side/kalender?melding=slatt-av');
  }
  const created = await execute(db, createCalendarLink, actor, {}, { requestId });
  if (!created.ok) throw data({ reason: 'forbidden' }, { status: 403 });
  return data({ url: `${config.publicUrl}/kalender/${created.value.token}.ics` }, { headers: { 'Cache-Control': 'no-store' } });
}

export default function MyCalendar({ loaderData, actionData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { csrf, createdAt, revoked } = loaderData;
  const created = createdAt ? new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(new Date(createdAt)) : null;
  return (
    <>
      <title>{`${t('council.calendar.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.calendar.title')}
      </Heading>
      <Paragraph>{t('council.calendar.intro')}</Paragraph>
      <Paragraph>{t('council.calendar.contents')}</Paragraph>
      {revoked && <Alert data-color="success">{t('council.calendar.revoked')}</Alert>}
      {actionData?.url ? (
        <Alert data-color="success">
          <Field>
            <Label htmlFor="calendar-url">{t('council.calendar.yourLink')}</Label>
            <Paragraph data-size="sm" id="calendar-url-help">
              {t('council.calendar.shownOnce')}
            </Paragraph>
            <Input id="calendar-url" readOnly value={actionData.url} aria-describedby="calendar-url-help" className="council-calendar__url" />
          </Field>
        </Alert>
      ) : (
        <Paragraph>{created ? t('council.calendar.active', { date: created }) : t('council.calendar.none')}</Paragraph>
      )}
      <Form method="post" className="form-stack">
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="create" />
        <Paragraph data-size="sm">{t('council.calendar.createHelp')}</Paragraph>
        <div>
          <Button type="submit">{t('council.calendar.create')}</Button>
        </div>
      </Form>
      {(created || actionData?.url) && (
        <Form method="post">
          <CsrfInput token={csrf} />
          <input type="hidden" name="intent" value="revoke" />
          <Button type="submit" variant="secondary">
            {t('council.calendar.revoke')}
          </Button>
        </Form>
      )}
    </>
  );
}
