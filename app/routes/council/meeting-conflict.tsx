import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { MeetingState } from '#server/meetings/schema.ts';
import { useI18n } from '../../i18n/index.ts';
import { formatDate } from './format.ts';
import type { FormFailure } from './form.ts';

/**
 * A stale "send notice" or state change: what the secretariat tried beside what the meeting is now, so
 * nobody sends a notice twice or moves a meeting someone else has already moved. The page below already
 * shows the current meeting, so trying again acts on what is shown.
 */
export function MeetingConflict({ failure }: { failure: FormFailure }) {
  const { t, locale } = useI18n();
  const current = failure.conflict as { state: MeetingState; date: string | null; place: string | null } | null;
  if (!current) return null;
  const to = failure.values.to === 'minutes-in-review' ? 'minutes-in-review' : 'held';
  const attempted = failure.intent === 'send-notice' ? t('council.admin.sendNotice') : t(`council.admin.moveTo.${to}`);
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('council.admin.meetingChanged')}
      </Heading>
      <dl className="facts">
        <dt>{t('council.admin.conflictAttempted')}</dt>
        <dd>{attempted}</dd>
        <dt>{t('council.admin.conflictNow')}</dt>
        <dd>
          {t(`council.state.${current.state}`)}
          {current.date ? `, ${formatDate(locale, current.date)}` : ''}
          {current.place ? `, ${current.place}` : ''}
        </dd>
      </dl>
      <Paragraph>{t('council.admin.conflictAdvice')}</Paragraph>
    </Alert>
  );
}
