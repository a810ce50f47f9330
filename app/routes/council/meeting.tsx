import { Alert, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { paperDeadline } from '#server/meetings/deadline.ts';
import { minutesForMeeting, outstandingBefore } from '#server/meetings/minutes.ts';
import { agendaPublished, findMeeting, listAgenda } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import { caseHref, caseLabel, formatDate, meetingTitle, parseIntParam } from './format.ts';
import { OutstandingItems } from './minutes-admin.tsx';
import type { Route } from './+types/meeting';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const year = parseIntParam(params.year);
  const sequence = parseIntParam(params.number);
  const meeting = year && sequence ? await findMeeting(db, year, sequence) : null;
  if (!meeting) throw data({ reason: 'not-found' }, { status: 404 });
  const actor = currentActor(context);
  const published = agendaPublished(meeting.state);
  const council = can(actor, 'meetings.readCouncil');
  const agenda = published || council ? await listAgenda(db, meeting.id) : [];
  const [minutes, outstanding] = await Promise.all([minutesForMeeting(db, meeting.id), published || council ? outstandingBefore(db, meeting) : []]);
  return {
    meeting: {
      id: meeting.id,
      year: meeting.year,
      sequence: meeting.sequence,
      date: meeting.date,
      startTime: meeting.startTime,
      endTime: meeting.endTime,
      place: meeting.place,
      state: meeting.state,
      incomplete: meeting.incomplete,
    },
    deadline: paperDeadline(meeting.date),
    published,
    // A screened paper's title is not sent to the public at all; its agenda line only says it is screened.
    agenda: agenda.map((c) => ({ ...c, title: c.screened && !council ? '' : c.title, decision: c.screened && !council ? null : c.decision })),
    secretariat: can(actor, 'meetings.manage'),
    // Draft minutes and minutes in review never leave the council: only approved minutes are public.
    minutes: minutes?.state === 'approved' ? minutes.body : null,
    outstanding,
  };
}

export default function Meeting({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { meeting, deadline, published, agenda, secretariat, minutes, outstanding } = loaderData;
  const title = meetingTitle(t, meeting);
  const time = meeting.startTime ? `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}` : null;
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {meeting.incomplete && <Alert data-color="info">{t('council.incompleteMeeting')}</Alert>}
      <dl className="facts">
        <dt>{t('council.date')}</dt>
        <dd>{formatDate(locale, meeting.date) ?? t('council.dateUnknown')}</dd>
        <dt>{t('council.time')}</dt>
        <dd>{time ?? t('council.timeUnknown')}</dd>
        <dt>{t('council.place')}</dt>
        <dd>{meeting.place ?? t('council.placeUnknown')}</dd>
        <dt>{t('council.state')}</dt>
        <dd>{t(`council.state.${meeting.state}`)}</dd>
        <dt>{t('council.paperDeadline')}</dt>
        <dd>{deadline ? formatDate(locale, deadline) : t('council.dateUnknown')}</dd>
      </dl>
      {secretariat && (
        <Paragraph>
          <Link href={`/sekretariat/moter/${meeting.id}`}>{t('council.manageMeeting')}</Link>
        </Paragraph>
      )}
      {published && (
        <Paragraph>
          <Link href={`/moter/${meeting.year}/${meeting.sequence}/innkalling.pdf`}>{t('council.noticePdf')}</Link>
        </Paragraph>
      )}
      <OutstandingItems items={outstanding} csrf={null} />
      <Heading level={2} data-size="md">
        {t('council.agenda')}
      </Heading>
      {agenda.length === 0 ? (
        <Paragraph>{t('council.agendaNotPublished')}</Paragraph>
      ) : (
        <TableScroll>
          <Table zebra>
            <caption>{t('council.agendaCaption', { meeting: title })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('council.case')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.caseTitle')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.caseType')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('council.decision')}</Table.HeaderCell>
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
                    <Table.Cell>
                      {c.screened && !c.title ? t('council.screened') : href ? <Link href={href}>{c.title}</Link> : c.title}
                    </Table.Cell>
                    <Table.Cell>{t(`council.type.${c.type ?? 'none'}`)}</Table.Cell>
                    <Table.Cell>{c.decision ?? '–'}</Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {minutes && (
        <section aria-labelledby="minutes-heading">
          <Heading level={2} data-size="md" id="minutes-heading">
            {t('council.minutes.title')}
          </Heading>
          <Paragraph>
            <Link href={`/moter/${meeting.year}/${meeting.sequence}/referat.pdf`}>{t('council.minutes.pdf')}</Link>
          </Paragraph>
          <div className="council-minutes">{minutes.split('\n').map((line, i) => (line ? <Paragraph key={i}>{line}</Paragraph> : null))}</div>
        </section>
      )}
    </>
  );
}
