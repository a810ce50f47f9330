import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/index.ts';

export default function AccessibilityStatement() {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('a11y.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('a11y.title')}
      </Heading>
      <Paragraph>{t('a11y.intro')}</Paragraph>
      <Paragraph>{t('a11y.testing')}</Paragraph>
      <Paragraph>{t('a11y.known')}</Paragraph>
      <Paragraph>{t('a11y.feedback')}</Paragraph>
    </>
  );
}
