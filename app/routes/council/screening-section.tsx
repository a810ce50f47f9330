import { Alert, Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { useI18n } from '../../i18n/index.ts';
import { type FormFailure, str } from './form.ts';

/** Screening (skjerming) of a case paper: the public keeps the number, loses the content, and the ground is recorded. */
export function ScreeningSection({ csrf, c, failure }: { csrf: string; c: { id: string; version: number; screened: boolean; screeningReason: string | null }; failure: FormFailure | null }) {
  const { t } = useI18n();
  const screened = failure ? failure.values.screened === 'on' : c.screened;
  return (
    <section aria-labelledby="screening-heading">
      <Heading level={2} data-size="md" id="screening-heading">
        {t('council.screening.title')}
      </Heading>
      <Paragraph>{c.screened ? t('council.screening.isScreened', { reason: c.screeningReason ?? '' }) : t('council.screening.isPublic')}</Paragraph>
      {failure?.conflict && (
        <Alert data-color="danger" role="alert">
          {t('council.screening.conflict', { state: failure.conflict.screened ? t('council.screening.screened') : t('council.screening.notScreened') })}
        </Alert>
      )}
      <Form method="post" className="form-stack" noValidate key={`${c.id}-${c.version}`}>
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value="screen" />
        <input type="hidden" name="version" value={failure?.conflict ? String(failure.conflict.version) : c.version} />
        <Paragraph data-size="sm">{t('council.screening.reasonHelp')}</Paragraph>
        <Checkbox id="case-screened" name="screened" value="on" label={t('council.screening.screened')} defaultChecked={screened} />
        <FormField
          name="screeningReason"
          label={t('council.screening.reason')}
          defaultValue={failure ? str(failure.values.screeningReason) : (c.screeningReason ?? '')}
          errors={failure?.fieldErrors.screeningReason}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('council.screening.save')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
