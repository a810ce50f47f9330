import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n/index.ts';

const FIELDS = ['title', 'type', 'to', 'from', 'caseOfficer', 'proposedDecision'] as const;

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * Someone else saved the case after this editor opened it: both versions side by side. The form below
 * keeps the editor's text and now carries the current version, so saving again overwrites knowingly.
 */
export function ConflictView({ mine, current }: { mine: Record<string, string | string[]>; current: Record<string, unknown> }) {
  const { t } = useI18n();
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t('council.conflict.title')}
      </Heading>
      <Paragraph>{t('council.conflict.explain')}</Paragraph>
      <table className="council-conflict">
        <caption>{t('council.conflict.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('council.conflict.field')}</th>
            <th scope="col">{t('council.conflict.yours')}</th>
            <th scope="col">{t('council.conflict.current')}</th>
          </tr>
        </thead>
        <tbody>
          {FIELDS.map((f) => (
            <tr key={f}>
              <th scope="row">{t(`council.conflict.fields.${f}`)}</th>
              <td>{shown(mine[f])}</td>
              <td>{shown(current[f])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Alert>
  );
}
