import { Button, Link, SkipLink } from '@digdir/designsystemet-react';
import { Form, useLocation } from 'react-router';
import type { Role } from '#server/config/env.ts';
import { LOCALES, useI18n, type MessageKey } from '../i18n/index.ts';
import { CsrfInput } from './csrf-input.tsx';

const mainNav: { href: string; label: MessageKey }[] = [
  { href: '/strategien', label: 'nav.strategy' },
  { href: '/radet', label: 'nav.council' },
  { href: '/moter', label: 'nav.meetings' },
  { href: '/monitor', label: 'nav.monitor' },
  { href: '/dokumenter', label: 'nav.documents' },
];

/** What each role finds in its own menu; routes check the same permissions on the server. */
const roleNav: Record<Role, { href: string; label: MessageKey }[]> = {
  admin: [
    { href: '/sekretariat', label: 'nav.secretariat' },
    { href: '/sekretariat/strategi', label: 'strategyAdmin.nav' },
    { href: '/sekretariat/moter', label: 'council.admin.meetingsTitle' },
    { href: '/sekretariat/revisjonslogg', label: 'nav.audit' },
    { href: '/min-side', label: 'nav.myPage' },
  ],
  chair: [{ href: '/min-side', label: 'nav.myPage' }],
  member: [{ href: '/min-side', label: 'nav.myPage' }],
  observer: [{ href: '/min-side', label: 'nav.myPage' }],
  actor: [{ href: '/min-side', label: 'nav.myPage' }],
};

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function SiteHeader({ user, csrf }: { user: { name: string; role: Role } | null; csrf: string | null }) {
  const { t, locale } = useI18n();
  const { pathname, search } = useLocation();
  const here = encodeURIComponent(pathname + search);
  return (
    <header className="site-header">
      <SkipLink href="#main">{t('site.skipLink')}</SkipLink>
      <div className="site-header__top">
        <a href="/" className="site-header__brand">
          <span className="site-header__name">{t('site.name')}</span>
          <span className="site-header__tagline">{t('site.tagline')}</span>
        </a>
        <nav aria-label={t('lang.label')} className="site-header__lang">
          <ul>
            {LOCALES.map((l) => (
              <li key={l}>
                <Link href={`/sprak/${l}?returnTo=${here}`} lang={l} hrefLang={l} aria-current={l === locale ? 'true' : undefined}>
                  {t(`lang.${l}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <nav aria-label={t('nav.label')} className="site-header__nav">
        <ul>
          {mainNav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent(pathname, item.href) ? 'page' : undefined}>
                {t(item.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t('nav.user')} className="site-header__user">
        {user ? (
          <>
            <span>
              {t('auth.signedInAs', { name: user.name })} ({t(`role.${user.role}`)})
            </span>
            <ul>
              {roleNav[user.role].map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={pathname === item.href ? 'page' : undefined}>
                    {t(item.label)}
                  </Link>
                </li>
              ))}
            </ul>
            <Form method="post" action="/logg-ut">
              {csrf && <CsrfInput token={csrf} />}
              <Button type="submit" variant="secondary" data-size="sm">
                {t('nav.signOut')}
              </Button>
            </Form>
          </>
        ) : (
          <Link href={`/logg-inn?returnTo=${here}`}>{t('nav.signIn')}</Link>
        )}
      </nav>
    </header>
  );
}
