import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Form } from 'react-router';
import { CsrfInput } from '../../../components/csrf-input.tsx';
import { useI18n } from '../../../i18n/index.ts';

/** Retiring keeps the record and its history; restoring brings it back. Both carry the version seen. */
export function RetireForm({ csrf, version, retired, help }: { csrf: string; version: number; retired: boolean; help: string }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="retire-heading" className="strategy-admin__section">
      <Heading level={2} data-size="md" id="retire-heading">
        {retired ? t('strategyAdmin.restoreHeading') : t('strategyAdmin.retireHeading')}
      </Heading>
      <Paragraph data-size="sm">{help}</Paragraph>
      <Form method="post">
        <CsrfInput token={csrf} />
        <input type="hidden" name="intent" value={retired ? 'restore' : 'retire'} />
        <input type="hidden" name="version" value={version} />
        <Button type="submit" variant="secondary">
          {retired ? t('strategyAdmin.restore') : t('strategyAdmin.retire')}
        </Button>
      </Form>
    </section>
  );
}
