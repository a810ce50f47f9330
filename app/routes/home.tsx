import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type MessageKey, useI18n } from '../i18n/index.ts';

const sections: { href: string; title: MessageKey }[] = [
  { href: '/strategien', title: 'nav.strategy' },
  { href: '/radet', title: 'nav.council' },
  { href: '/moter', title: 'nav.meetings' },
  { href: '/monitor', title: 'nav.monitor' },
  { href: '/dokumenter', title: 'nav.documents' },
];

export default function Home() {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('site.name')} – ${t('site.tagline')}`}</title>
      <Heading level={1} data-size="xl">
        {t('home.title')}
      </Heading>
      <Paragraph data-size="lg">{t('home.lead')}</Paragraph>
      <section aria-labelledby="sections-heading">
        <Heading level={2} data-size="md" id="sections-heading">
          {t('home.sections')}
        </Heading>
        <ul className="card-grid">
          {sections.map((s) => (
            <li key={s.href}>
              <Card asChild data-color="accent">
                <a href={s.href}>
                  <Heading level={3} data-size="sm">
                    {t(s.title)}
                  </Heading>
                </a>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
