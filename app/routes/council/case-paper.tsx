import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { CaseSection, CaseType } from '#server/meetings/schema.ts';
import { useI18n } from '../../i18n/index.ts';
import { AttachmentVersions, type AttachmentFileItem } from './attachments-section.tsx';
import { caseHref, caseLabel, meetingTitle } from './format.ts';

export interface CasePaperView {
  title: string;
  year: number | null;
  sequence: number | null;
  numberAsPrinted: string | null;
  type: CaseType | null;
  to: string | null;
  from: string | null;
  caseOfficer: string | null;
  previouslyHandledText: string | null;
  sections: CaseSection[];
  footnotes: { marker: string; anchor: string; text: string }[];
  proposedDecision: string | null;
  decision: string | null;
}

interface Handling {
  id: string;
  year: number | null;
  sequence: number | null;
  title: string;
  meetingYear: number;
  meetingSequence: number;
}

function handlingLink(t: ReturnType<typeof useI18n>['t'], h: Handling): ReactNode {
  const label = `${caseLabel(t, h)} ${h.title} (${meetingTitle(t, { year: h.meetingYear, sequence: h.meetingSequence })})`;
  return h.sequence != null ? <Link href={`/moter/${h.meetingYear}/${h.meetingSequence}/saker/${h.sequence}-${h.year}`}>{label}</Link> : label;
}

function lines(text: string) {
  return text.split('\n').map((line, i) => <Paragraph key={i}>{line}</Paragraph>);
}

/** The case paper (saksframlegg) laid out as the seed's papers are: header, the facts, the sections, the proposal. */
export function CasePaper({
  paper,
  meeting,
  attachments,
  previous,
  later,
  focusAreas,
  actors,
  measures,
}: {
  paper: CasePaperView;
  meeting: { year: number; sequence: number };
  attachments: { id: string; label: string; title: string; documentId: string | null; readable: boolean; files?: AttachmentFileItem[] }[];
  previous: Handling[];
  later: Handling[];
  focusAreas: { id: string; name: string }[];
  actors: { id: string; name: string }[];
  measures: { id: string; title: string }[];
}) {
  const { t } = useI18n();
  return (
    <article className="case-paper">
      <Paragraph className="case-paper__kicker">{t('council.paperHeader', { meeting: `${meeting.sequence}/${meeting.year}` })}</Paragraph>
      <Paragraph className="case-paper__number">{caseLabel(t, paper)}</Paragraph>
      <Heading level={1} data-size="lg">
        {paper.title}
      </Heading>
      <dl className="facts case-paper__facts">
        <dt>{t('council.caseType')}</dt>
        <dd>{t(`council.type.${paper.type ?? 'none'}`)}</dd>
        <dt>{t('council.to')}</dt>
        <dd>{paper.to ?? '–'}</dd>
        <dt>{t('council.from')}</dt>
        <dd>{paper.from ?? '–'}</dd>
        <dt>{t('council.caseOfficer')}</dt>
        <dd>{paper.caseOfficer ?? '–'}</dd>
        <dt>{t('council.attachments')}</dt>
        <dd>
          {attachments.length === 0 ? (
            '–'
          ) : (
            <ul className="case-paper__list">
              {attachments.map((a) => (
                <li key={a.id}>
                  {a.label}: {a.readable && a.documentId ? <Link href={`/dokumenter/${a.documentId}`}>{a.title}</Link> : a.title}
                  {a.files && <AttachmentVersions attachment={{ id: a.id, title: a.title, files: a.files }} caseHref={caseHref(paper, meeting)} />}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('council.previouslyHandled')}</dt>
        <dd>
          {previous.length === 0 ? (
            (paper.previouslyHandledText ?? '–')
          ) : (
            <ul className="case-paper__list">
              {previous.map((h) => (
                <li key={h.id}>{handlingLink(t, h)}</li>
              ))}
            </ul>
          )}
        </dd>
        {later.length > 0 && (
          <>
            <dt>{t('council.laterHandled')}</dt>
            <dd>
              <ul className="case-paper__list">
                {later.map((h) => (
                  <li key={h.id}>{handlingLink(t, h)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {focusAreas.length > 0 && (
          <>
            <dt>{t('council.focusAreas')}</dt>
            <dd>{focusAreas.map((f) => f.name).join(', ')}</dd>
          </>
        )}
        {actors.length > 0 && (
          <>
            <dt>{t('council.actors')}</dt>
            <dd>{actors.map((a) => a.name).join(', ')}</dd>
          </>
        )}
        {measures.length > 0 && (
          <>
            <dt>{t('council.measures')}</dt>
            <dd>
              <ul className="case-paper__list">
                {measures.map((m) => (
                  <li key={m.id}>
                    <Link href={`/strategien/tiltak/${m.id}`}>{m.title}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {paper.sections.map((s, i) => (
        <section key={i} className="case-paper__section">
          {s.heading && (
            <Heading level={s.level === 2 ? 3 : 2} data-size={s.level === 2 ? 'xs' : 'sm'}>
              {s.heading}
            </Heading>
          )}
          {s.body.map((p, j) => (
            <Paragraph key={j}>{p}</Paragraph>
          ))}
        </section>
      ))}
      {paper.footnotes.length > 0 && (
        <ol className="case-paper__footnotes">
          {paper.footnotes.map((f) => (
            <li key={f.marker}>{f.text}</li>
          ))}
        </ol>
      )}
      <section className="case-paper__section">
        <Heading level={2} data-size="sm">
          {t('council.proposedDecision')}
        </Heading>
        {paper.proposedDecision ? lines(paper.proposedDecision) : <Paragraph>–</Paragraph>}
      </section>
      {paper.decision && (
        <section className="case-paper__section case-paper__decision">
          <Heading level={2} data-size="sm">
            {t('council.decision')}
          </Heading>
          {lines(paper.decision)}
        </section>
      )}
    </article>
  );
}
