import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/index.ts';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <footer className="site-footer">
      <Paragraph data-size="sm">{t('footer.about')}</Paragraph>
      <ul>
        <li>
          <Link href="/tilgjengelighetserklaering">{t('footer.accessibility')}</Link>
        </li>
      </ul>
    </footer>
  );
}
