import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { can } from '#server/auth/policy.ts';
import { composition, currentTerm, listTerms, termAppointments, termSectors } from '#server/council/queries.ts';
import { osloToday } from '#server/meetings/deadline.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import { formatDate } from './format.ts';
import type { Route } from './+types/council';
import { TableScroll } from '../../components/table-scroll.tsx';

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const term = await currentTerm(db, osloToday());
  if (!term) return { term: null, sectors: [], composition: null, former: [], secretariat: false };
  const [sectors, appointments, terms] = await Promise.all([termSectors(db, term.id), termAppointments(db, term.id), listTerms(db)]);
  const former = await Promise.all(
    terms.filter((t) => t.id !== term.id).map(async (t) => ({ term: t, appointments: await termAppointments(db, t.id) })),
  );
  return { term, sectors, composition: composition(sectors, appointments), former, secretariat: can(currentActor(context), 'meetings.manage') };
}

export default function Council({ loaderData }: Route.ComponentProps) {
  const { t, locale } = useI18n();
  const { term, composition: comp, former, secretariat } = loaderData;
  return (
    <>
      <title>{`${t('council.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('council.title')}
      </Heading>
      {!term || !comp ? (
        <Paragraph>{t('council.noTerm')}</Paragraph>
      ) : (
        <>
          <Paragraph>
            {term.name}: {formatDate(locale, term.startDate)} – {formatDate(locale, term.endDate)}
          </Paragraph>
          {secretariat && comp.departsFromMandate && (
            <Alert data-color="warning">{t('council.departsFromMandate', { sectors: comp.overfilledSectors.join(', ') || '–' })}</Alert>
          )}
          <section aria-labelledby="members-heading">
            <Heading level={2} data-size="md" id="members-heading">
              {t('council.membersBySector')}
            </Heading>
            <Paragraph>{t('council.seatsFilled', { filled: comp.filled, seats: comp.seats })}</Paragraph>
            <TableScroll>
              <Table zebra>
                <caption>{t('council.sectorsCaption', { term: term.name })}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('council.sector')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.seats')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.filled')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('council.members')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {comp.bySector.map((s) => (
                    <Table.Row key={s.sector.id}>
                      <Table.HeaderCell scope="row">{s.sector.name}</Table.HeaderCell>
                      <Table.Cell>{s.sector.seats}</Table.Cell>
                      <Table.Cell>{s.filled}</Table.Cell>
                      <Table.Cell>
                        <ul className="council-seats">
                          {s.members.map((m) => (
                            <li key={m.appointmentId}>
                              {m.name}
                              {m.organisation ? `, ${m.organisation}` : ''} ({t(`council.role.${m.role}`)})
                            </li>
                          ))}
                          {Array.from({ length: s.vacant }, (_, i) => (
                            <li key={`vacant-${i}`} className="council-seats__vacant">
                              {t('council.vacantSeat')}
                            </li>
                          ))}
                        </ul>
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
            {comp.observers.length > 0 && (
              <>
                <Heading level={3} data-size="sm">
                  {t('council.observers')}
                </Heading>
                <ul>
                  {comp.observers.map((o) => (
                    <li key={o.appointmentId}>
                      {o.name}
                      {o.organisation ? `, ${o.organisation}` : ''}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {term.appointment && <Paragraph>{term.appointment}</Paragraph>}
          </section>
          <section aria-labelledby="mandate-heading">
            <Heading level={2} data-size="md" id="mandate-heading">
              {t('council.mandate')}
            </Heading>
            {term.mandate ? (
              <div className="council-mandate">
                {term.mandate.map((p, i) => (
                  <Paragraph key={i}>{p}</Paragraph>
                ))}
              </div>
            ) : (
              <Paragraph>{t('council.mandateUnknown')}</Paragraph>
            )}
          </section>
        </>
      )}
      {former.length > 0 && (
        <section aria-labelledby="former-heading">
          <Heading level={2} data-size="md" id="former-heading">
            {t('council.formerTerms')}
          </Heading>
          {former.map(({ term: f, appointments }) => (
            <article key={f.id} className="council-former">
              <Heading level={3} data-size="sm">
                {f.name}
              </Heading>
              <Paragraph>
                {formatDate(locale, f.startDate)} – {formatDate(locale, f.endDate)}. {f.memberCountText}
              </Paragraph>
              {appointments.length > 0 && (
                <ul>
                  {appointments.map((a) => (
                    <li key={a.appointmentId}>
                      {a.name}
                      {a.organisation ? `, ${a.organisation}` : ''}: {t(`council.role.${a.role}`)}
                      {a.asOfText ? ` (${a.asOfText})` : ''}
                    </li>
                  ))}
                </ul>
              )}
              {!f.mandate && <Paragraph data-size="sm">{t('council.mandateUnknown')}</Paragraph>}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
