import { Button, Field, Heading, Label, Paragraph, Select, Tag } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../components/csrf-input.tsx';
import { FormField } from '../../components/form-field.tsx';
import { translateMessage, useI18n } from '../../i18n/index.ts';

interface Row {
  memberId: string;
  name: string;
  organisation: string | null;
  possibleConflict: boolean;
  assessment: { declared: string; declaredReason: string | null; decided: string; ground: string | null; decidedReason: string | null; version: number } | null;
}

type Status = 'not-assessed' | 'impartial' | 'disqualified';

/** The secretariat's record of the council's impartiality decisions for one case, beside each member's declaration. */
export function ImpartialityPanel({ csrf, rows, errors }: { csrf: string; rows: Row[]; errors: Record<string, string[]> }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="impartiality-heading">
      <Heading level={2} data-size="md" id="impartiality-heading">
        {t('council.impartiality.title')}
      </Heading>
      {rows.length === 0 && <Paragraph>{t('council.attendance.noMembers')}</Paragraph>}
      {errors.ground && (
        <Paragraph role="alert" className="council-error">
          {translateMessage(t, errors.ground[0] ?? '')}
        </Paragraph>
      )}
      {rows.map((r) => {
        const id = `imp-${r.memberId}`;
        return (
          <Form method="post" key={r.memberId} className="council-attendance" aria-label={r.name}>
            <CsrfInput token={csrf} />
            <input type="hidden" name="intent" value="impartiality" />
            <input type="hidden" name="memberId" value={r.memberId} />
            <input type="hidden" name="version" value={r.assessment?.version ?? 0} />
            <div className="council-attendance__name">
              <Paragraph>
                {r.name}
                {r.organisation ? `, ${r.organisation}` : ''}
              </Paragraph>
              {r.possibleConflict && <Tag data-color="warning">{t('council.impartiality.possibleConflict')}</Tag>}
              <Paragraph data-size="sm">
                {t('council.impartiality.declaredLabel')}: {t(`council.impartiality.status.${(r.assessment?.declared ?? 'not-assessed') as Status}`)}
                {r.assessment?.declaredReason ? ` – ${r.assessment.declaredReason}` : ''}
              </Paragraph>
            </div>
            <Field>
              <Label htmlFor={`${id}-decided`}>{t('council.impartiality.decided')}</Label>
              <Select id={`${id}-decided`} name="decided" defaultValue={r.assessment?.decided ?? 'not-assessed'}>
                {(['not-assessed', 'impartial', 'disqualified'] as const).map((s) => (
                  <Select.Option key={s} value={s}>
                    {t(`council.impartiality.status.${s}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <Field>
              <Label htmlFor={`${id}-ground`}>{t('council.impartiality.ground')}</Label>
              <Select id={`${id}-ground`} name="ground" defaultValue={r.assessment?.ground ?? ''}>
                <Select.Option value="">–</Select.Option>
                <Select.Option value="automatic">{t('council.impartiality.ground.automatic')}</Select.Option>
                <Select.Option value="discretionary">{t('council.impartiality.ground.discretionary')}</Select.Option>
              </Select>
            </Field>
            <FormField id={`${id}-reason`} name="decidedReason" label={t('council.impartiality.reason')} defaultValue={r.assessment?.decidedReason ?? ''} />
            <Button type="submit" variant="secondary" data-size="sm" aria-label={t('council.impartiality.saveNamed', { name: r.name })}>
              {t('council.impartiality.save')}
            </Button>
          </Form>
        );
      })}
    </section>
  );
}
