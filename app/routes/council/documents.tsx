import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { can } from '#server/auth/policy.ts';
import { listDocuments } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import type { Route } from './+types/documents';

export async function loader({ context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  return { documents: await listDocuments(db, can(currentActor(context), 'meetings.readCouncil') ? 'council' : 'public') };
}

export default function Documents({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <>
      <title>{`${t('nav.documents')} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {t('nav.documents')}
      </Heading>
      <Paragraph>{t('council.documentsLead')}</Paragraph>
      <ul className="council-documents">
        {loaderData.documents.map((d) => (
          <li key={d.id}>
            <Link href={`/dokumenter/${d.id}`}>{d.title}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
