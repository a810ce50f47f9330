import { Link, Paragraph } from '@digdir/designsystemet-react';
import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { caseAccess } from '#server/meetings/access.ts';
import { attachmentsWithFiles } from '#server/meetings/attachment-access.ts';
import { proposerOf } from '#server/meetings/proposals.ts';
import { caseDetails } from '#server/meetings/case-details.ts';
import { findCaseByNumber } from '#server/meetings/queries.ts';
import { referenceGroupOf } from '#server/meetings/reference-groups.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import { CasePaper } from './case-paper.tsx';
import { caseLabel, parseCaseParam, parseIntParam } from './format.ts';
import { CaseParticipants } from './reference-group-section.tsx';
import type { Route } from './+types/case';

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const number = parseCaseParam(params.caseNumber);
  const found = number ? await findCaseByNumber(db, number.year, number.sequence) : null;
  if (!found || found.meeting.year !== parseIntParam(params.year) || found.meeting.sequence !== parseIntParam(params.number)) {
    throw data({ reason: 'not-found' }, { status: 404 });
  }
  const actor = currentActor(context);
  const access = await caseAccess(db, actor, found.c, found.meeting);
  // Anything the viewer may not read answers exactly like a case that does not exist.
  if (access === 'none') throw data({ reason: 'not-found' }, { status: 404 });
  // Members' names are public on the council page, so the reference group shows with a public paper; who proposed the case is for the council.
  const [details, files, referenceGroup, proposer] = await Promise.all([
    caseDetails(db, found.c, access === 'public' ? 'public' : 'council'),
    attachmentsWithFiles(db, new Map([[found.c.id, access]])),
    referenceGroupOf(db, found.c.id),
    access === 'public' ? null : proposerOf(db, found.c.id),
  ]);
  const c = found.c;
  return {
    paper: {
      title: c.title,
      year: c.year,
      sequence: c.sequence,
      numberAsPrinted: c.numberAsPrinted,
      type: c.type,
      to: c.to,
      from: c.from,
      caseOfficer: c.caseOfficer,
      previouslyHandledText: c.previouslyHandledText,
      sections: c.sections,
      footnotes: c.footnotes,
      proposedDecision: c.proposedDecision,
      decision: c.decision,
    },
    caseId: c.id,
    meeting: { year: found.meeting.year, sequence: found.meeting.sequence },
    details: { ...details, attachments: details.attachments.map((a) => ({ ...a, files: files.find((f) => f.id === a.id)?.files ?? [] })) },
    referenceGroup,
    proposer,
    secretariat: can(actor, 'meetings.manage'),
  };
}

export default function CasePage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { paper, meeting, details, secretariat, caseId, referenceGroup, proposer } = loaderData;
  const base = `/moter/${meeting.year}/${meeting.sequence}/saker/${paper.sequence}-${paper.year}`;
  return (
    <>
      <title>{`${caseLabel(t, paper)} ${paper.title} – ${t('site.name')}`}</title>
      <nav aria-label={t('council.paperFormats')} className="case-paper__formats">
        <Link href={`/moter/${meeting.year}/${meeting.sequence}`}>{t('council.backToMeeting')}</Link>
        <Link href={`${base}/saksframlegg.pdf`}>{t('council.paperPdf')}</Link>
        {secretariat && <Link href={`${base}/saksframlegg.docx`}>{t('council.paperDocx')}</Link>}
        {secretariat && <Link href={`/sekretariat/saker/${caseId}`}>{t('council.editCase')}</Link>}
      </nav>
      {paper.numberAsPrinted && <Paragraph data-size="sm">{t('council.numberAsPrinted', { text: paper.numberAsPrinted })}</Paragraph>}
      <CasePaper
        paper={paper}
        meeting={meeting}
        attachments={details.attachments}
        previous={details.previousHandlings}
        later={details.laterHandlings}
        focusAreas={details.focusAreas}
        actors={details.actors}
        measures={details.measures}
      />
      <CaseParticipants members={referenceGroup} proposer={proposer} />
    </>
  );
}
