import { Heading } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n/index.ts';
import { requireUser } from '../lib/access.ts';
import type { Route } from './+types/my-page';

export function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  return { name: user.name, email: user.email, role: user.role };
}

export default function MyPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('myPage.title')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('myPage.title')}
      </Heading>
      <dl className="facts">
        <dt>{t('myPage.name')}</dt>
        <dd>{loaderData.name}</dd>
        <dt>{t('myPage.email')}</dt>
        <dd>{loaderData.email}</dd>
        <dt>{t('myPage.role')}</dt>
        <dd>{t(`role.${loaderData.role}`)}</dd>
      </dl>
    </>
  );
}
