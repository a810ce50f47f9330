import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { CouncilWork as Work } from '#server/meetings/portal-work.ts';
import { useI18n } from '../../i18n/index.ts';
import { caseLabel, meetingTitle } from './format.ts';

/** The member's own work on cases in their portal: proposals, reference groups and the calendar link. */
export function CouncilWork({ work }: { work: Work }) {
  const { t } = useI18n();
  return (
    <>
      <ul className="link-list">
        {work.mayPropose && (
          <li>
            <Link href="/min-side/saker">{t('council.proposals.portalLink')}</Link>
          </li>
        )}
        <li>
          <Link href="/min-side/kalender">{t('council.calendar.portalLink')}</Link>
        </li>
      </ul>
      <Heading level={2} data-size="md">
        {t('council.referenceGroup.mine')}
      </Heading>
      {work.referenceCases.length === 0 ? (
        <Paragraph>{t('council.referenceGroup.mineNone')}</Paragraph>
      ) : (
        <ul>
          {work.referenceCases.map((c) => (
            <li key={c.id}>
              <Link href={`/min-side/moter/${c.meetingYear}/${c.meetingSequence}`}>
                {caseLabel(t, c)} {c.title}
              </Link>{' '}
              ({meetingTitle(t, { year: c.meetingYear, sequence: c.meetingSequence })})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
