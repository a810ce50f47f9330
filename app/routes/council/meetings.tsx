import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { can } from '#server/auth/policy.ts';
import { listMeetings } from '#server/meetings/queries.ts';
import { yearPlan } from '#server/meetings/year-plan.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import { formatDate, meetingTitle } from './format.ts';
import type { Route } from './+types/meetings';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const all = await listMeetings(db);
  const years = [...new Set(all.map((m) => m.year))].sort((a, b) => b - a);
  const raw = new URL(request.url).searchParams.get('ar') ?? '';
  const year = /^\d{4}$/.test(raw) && years.includes(Number(raw)) ? Number(raw) : null;
  const shown = year ? all.filter((m) => m.year === year) : all;
  return { meetings: shown, years, year, plan: can(currentActor(context), 'meetings.manage') ? yearPlan(all) : [] };
}

export default function Meetings({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { meetings, years, year, plan } = loaderData;
  return (
    <>
      <title>{`${t('council.meetingsTitle')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.meetingsTitle')}
      </Heading>
      <Paragraph>{t('council.meetingsLead')}</Paragraph>
      {plan
        .filter((p) => p.warning)
        .map((p) => (
          <Alert key={p.year} data-color="warning">
            {t('council.yearPlanWarning', { year: p.year, count: p.count })}
          </Alert>
        ))}
      <form method="get" className="filters" aria-label={t('council.filterYear')}>
        <Field>
          <Label htmlFor="meetings-year">{t('council.year')}</Label>
          <Select id="meetings-year" name="ar" defaultValue={year ? String(year) : ''}>
            <Select.Option value="">{t('council.allYears')}</Select.Option>
            {years.map((y) => (
              <Select.Option key={y} value={String(y)}>
                {y}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t('council.show')}
        </Button>
      </form>
      {meetings.length === 0 ? (
        <Paragraph>{t('council.noMeetings')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra>
            <caption>{year ? t('council.meetingsCaptionYear', { year }) : t('council.meetingsCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('council.meeting')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.date')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.place')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.state')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {meetings.map((m) => (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">
                    <Link href={`/moter/${m.year}/${m.sequence}`}>{meetingTitle(t, m)}</Link>
                  </Table.HeaderCell>
                  <Table.Cell>{formatDate(locale, m.date) ?? t('council.dateUnknown')}</Table.Cell>
                  <Table.Cell>{m.place ?? t('council.placeUnknown')}</Table.Cell>
                  <Table.Cell>{t(`council.state.${m.state}`)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <Paragraph>
        <Link href="/moter.ics">{t('council.icalLink')}</Link>
      </Paragraph>
    </>
  );
}
