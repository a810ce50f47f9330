import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/index.ts';

export function ErrorPage({ status, reason, requestId }: { status: number; reason?: string; requestId?: string }) {
  const { t } = useI18n();
  const message =
    status === 404
      ? t('errors.notFound')
      : status === 403
        ? reason === 'csrf'
          ? t('errors.csrf')
          : t('errors.forbidden')
        : t('errors.unexpected', { requestId: requestId ?? '–' });
  return (
    <>
      <title>{`${t('errors.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {status === 404 ? t('errors.notFound') : t('errors.title')}
      </Heading>
      <Paragraph>{message}</Paragraph>
      <Paragraph>
        <Link href="/">{t('errors.back')}</Link>
      </Paragraph>
    </>
  );
}
