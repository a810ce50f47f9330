import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n/index.ts';
import { caseHref, caseLabel } from './format.ts';

interface LinkedCase {
  id: string;
  year: number | null;
  sequence: number | null;
  title: string;
  decision: string | null;
  meetingYear: number;
  meetingSequence: number;
}

/** "Behandlet i rådet": the council's published cases on a measure or focus area, for the strategy's pages. */
export function LinkedCases({ cases }: { cases: LinkedCase[] }) {
  const { t } = useI18n();
  return (
    <section className="section" aria-labelledby="council-cases-heading">
      <Heading level={2} data-size="md" id="council-cases-heading">
        {t('council.linkedCases.title')}
      </Heading>
      {cases.length === 0 ? (
        <Paragraph>{t('council.linkedCases.none')}</Paragraph>
      ) : (
        <ul>
          {cases.map((c) => {
            const href = caseHref(c, { year: c.meetingYear, sequence: c.meetingSequence });
            return (
              <li key={c.id}>
                {href ? <Link href={href}>{`${caseLabel(t, c)} ${c.title}`}</Link> : c.title}
                {c.decision && <Paragraph data-size="sm">{t('council.linkedCases.decision', { decision: c.decision })}</Paragraph>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
