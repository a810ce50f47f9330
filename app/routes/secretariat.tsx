import { Alert, Heading, Link, Table } from '@digdir/designsystemet-react';
import { listUsers } from '#server/auth/users.ts';
import { osloToday } from '#server/meetings/deadline.ts';
import { submittedProposalCount } from '#server/meetings/proposals.ts';
import { deadlineWarnings } from '#server/meetings/warnings.ts';
import { servicesContext } from '../context.ts';
import { useI18n } from '../i18n/index.ts';
import { requirePermission } from '../lib/access.ts';
import type { Route } from './+types/secretariat';
import { TableScroll } from '../components/table-scroll.tsx';

export async function loader({ request, context }: Route.LoaderArgs) {
  requirePermission(context, request, 'secretariat.dashboard');
  const { db } = context.get(servicesContext);
  const [users, meetingWarnings, waitingProposals] = await Promise.all([listUsers(db), deadlineWarnings(db, osloToday()), submittedProposalCount(db)]);
  return { users, meetingWarnings, waitingProposals };
}

export default function Secretariat({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('secretariat.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('secretariat.title')}
      </Heading>
      {loaderData.meetingWarnings.map((m) => (
        <Alert key={m.id} data-color={m.status === 'missed' ? 'danger' : 'warning'}>
          <Link href={`/sekretariat/moter/${m.id}`}>{t('council.meetingNumber', { number: `${m.sequence}/${m.year}` })}</Link>:{' '}
          {t(`council.deadline.warning.${m.status}`, { date: m.deadline ?? '' })}
        </Alert>
      ))}
      <nav aria-label={t('secretariat.tasks')}>
        <ul className="link-list">
          <li>
            <Link href="/sekretariat/moter">{t('council.admin.meetingsTitle')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/innmeldte-saker">{t('council.proposals.dashboardLink', { count: loaderData.waitingProposals })}</Link>
          </li>
          <li>
            <Link href="/sekretariat/strategi">{t('strategyAdmin.secretariatLink')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/monitor">{t('monitor.admin.link')}</Link>
          </li>
          <li>
            <Link href="/sekretariat/revisjonslogg">{t('secretariat.auditLink')}</Link>
          </li>
        </ul>
      </nav>
      <TableScroll>
        <Table zebra>
          <caption>{t('secretariat.users')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('myPage.name')}</Table.HeaderCell>
              <Table.HeaderCell>{t('myPage.email')}</Table.HeaderCell>
              <Table.HeaderCell>{t('myPage.role')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {loaderData.users.map((u) => (
              <Table.Row key={u.id}>
                <Table.Cell>{u.name}</Table.Cell>
                <Table.Cell>{u.email}</Table.Cell>
                <Table.Cell>{t(`role.${u.role}`)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
