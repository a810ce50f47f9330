import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { membership, upcomingMeetings } from '#server/council/portal.ts';
import { osloToday } from '#server/meetings/deadline.ts';
import { declarationsOf } from '#server/meetings/impartiality.ts';
import { servicesContext } from '../context.ts';
import { useI18n } from '../i18n/index.ts';
import { actorOf, requireUser } from '../lib/access.ts';
import { councilWork } from '#server/meetings/portal-work.ts';
import { CouncilWork } from './council/portal-work.tsx';
import { caseLabel, formatDate, meetingTitle } from './council/format.ts';
import type { Route } from './+types/my-page';
import { TableScroll } from '../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  const member = await membership(db, user.id);
  const council = member
    ? { meetings: await upcomingMeetings(db, member.termIds, osloToday()), declarations: await declarationsOf(db, member.member.id), work: await councilWork(db, actorOf(user), member.member.id) }
    : null;
  return { name: user.name, email: user.email, role: user.role, council };
}

export default function MyPage({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { council } = loaderData;
  return (
    <>
      <title>{`${t('myPage.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('myPage.title')}
      </Heading>
      <dl className="facts">
        <dt>{t('myPage.name')}</dt>
        <dd>{loaderData.name}</dd>
        <dt>{t('myPage.email')}</dt>
        <dd>{loaderData.email}</dd>
        <dt>{t('myPage.role')}</dt>
        <dd>{t(`role.${loaderData.role}`)}</dd>
      </dl>
      {council && (
        <>
          <CouncilWork work={council.work} />
          <Heading level={2} data-size="md">
            {t('council.portal.upcoming')}
          </Heading>
          {council.meetings.length === 0 ? (
            <Paragraph>{t('council.portal.noUpcoming')}</Paragraph>
          ) : (
            <ul>
              {council.meetings.map((m) => (
                <li key={m.id}>
                  <Link href={`/min-side/moter/${m.year}/${m.sequence}`}>
                    {t('council.portal.meetingBook')}: {meetingTitle(t, m)}
                  </Link>{' '}
                  ({formatDate(locale, m.date) ?? t('council.dateUnknown')}){m.overdue && ` – ${t('council.portal.overdue')}`}
                </li>
              ))}
            </ul>
          )}
          <Heading level={2} data-size="md">
            {t('council.portal.declarations')}
          </Heading>
          {council.declarations.length === 0 ? (
            <Paragraph>{t('council.portal.noDeclarations')}</Paragraph>
          ) : (
            <TableScroll>
              <Table zebra>
                <caption>{t('council.portal.declarationsCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('council.case')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.portal.myDeclaration')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.impartiality.decided')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {council.declarations.map((d) => (
                    <Table.Row key={d.caseId}>
                      <Table.HeaderCell scope="row">
                        <Link href={`/min-side/moter/${d.meetingYear}/${d.meetingSequence}`}>
                          {caseLabel(t, d)} {d.title}
                        </Link>
                      </Table.HeaderCell>
                      <Table.Cell>
                        {t(`council.impartiality.status.${d.declared}`)}
                        {d.declaredReason ? ` – ${d.declaredReason}` : ''}
                      </Table.Cell>
                      <Table.Cell>{t(`council.impartiality.status.${d.decided}`)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )}
        </>
      )}
    </>
  );
}
