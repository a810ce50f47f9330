import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { data } from 'react-router';
import { can } from '#server/auth/policy.ts';
import { findDocument } from '#server/meetings/queries.ts';
import { servicesContext } from '../../context.ts';
import { useI18n } from '../../i18n/index.ts';
import { currentActor } from '../../lib/access.ts';
import type { Route } from './+types/document';
import { TableScroll } from '../../components/table-scroll.tsx';

interface DocTable {
  id: string;
  caption: string | null;
  columns: string[];
  rows: string[][];
}

interface DocEntry {
  id: string;
  title: string;
  reference: string | null;
  launchedText: string | null;
  description: string[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

export async function loader({ params, context }: Route.LoaderArgs) {
  const { db } = context.get(servicesContext);
  const doc = await findDocument(db, params.id);
  const actor = currentActor(context);
  const readable = doc && (doc.visibility === 'public' || (doc.visibility === 'council' && can(actor, 'meetings.readCouncil')) || can(actor, 'meetings.manage'));
  if (!doc || !readable) throw data({ reason: 'not-found' }, { status: 404 });
  const content = doc.content;
  return {
    title: doc.title,
    paragraphs: strings(content.paragraphs),
    headings: strings(content.headings),
    tables: (Array.isArray(content.tables) ? content.tables : []) as DocTable[],
    entries: (Array.isArray(content.entries) ? content.entries : []) as DocEntry[],
  };
}

export default function DocumentPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { title, paragraphs, headings, tables, entries } = loaderData;
  const headingSet = new Set(headings);
  return (
    <>
      <title>{`${title} – ${t('site.name')}`}</title>
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <div className="council-document">
        {paragraphs.map((p, i) =>
          headingSet.has(p) && p !== title ? (
            <Heading key={i} level={2} data-size="sm">
              {p}
            </Heading>
          ) : p === title ? null : (
            <Paragraph key={i}>{p}</Paragraph>
          ),
        )}
      </div>
      {tables.map((table) => (
        <TableScroll key={table.id}>
          <Table zebra>
            <caption>{table.caption ?? t('council.tableUntitled')}</caption>
            <Table.Head>
              <Table.Row>
                {table.columns.map((c, i) => (
                  <Table.HeaderCell key={i} scope="col">
                    {c || <span className="visually-hidden">{t('council.rowLabel')}</span>}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {table.rows.map((row, i) => (
                <Table.Row key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <Table.HeaderCell key={j} scope="row">
                        {cell}
                      </Table.HeaderCell>
                    ) : (
                      <Table.Cell key={j}>{cell}</Table.Cell>
                    ),
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ))}
      {entries.map((e) => (
        <section key={e.id} className="council-document__entry">
          <Heading level={2} data-size="sm">
            {e.title}
            {e.reference ? ` (${e.reference})` : ''}
          </Heading>
          {e.launchedText && <Paragraph data-size="sm">{e.launchedText}</Paragraph>}
          {strings(e.description).map((d, i) => (
            <Paragraph key={i}>{d}</Paragraph>
          ))}
        </section>
      ))}
    </>
  );
}
