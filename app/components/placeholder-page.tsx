import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { type MessageKey, useI18n } from '../i18n/index.ts';

/** An honest empty navigation target: the section exists in the menu but is not built yet. */
export function PlaceholderPage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t(title)} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t(title)}
      </Heading>
      <Paragraph>{t('placeholder.notBuilt')}</Paragraph>
    </>
  );
}
