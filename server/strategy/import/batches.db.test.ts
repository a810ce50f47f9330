import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { auditLog } from '../../audit/schema.ts';
import type { Actor } from '../../core/actor.ts';
import { execute } from '../../core/command.ts';
import { measureSnapshot } from '../commands/measures.ts';
import { auditOf, testActors } from '../commands/testing.ts';
import { measures, measureStatusEntries, strategyImportBatches } from '../schema.ts';
import { seedStrategy } from '../seed.ts';
import { confirmImportBatch, createImportBatch, previewImportBatch } from './batches.ts';
import { IMPORT_COLUMNS } from './format.ts';
import { parseImportCsv, parseImportXlsx } from './parse.ts';
import { importTemplateXlsx } from './template.ts';

const header = IMPORT_COLUMNS.join(',');

describe('bulk import of measures and status entries', () => {
  let database: TestDatabase;
  let admin: Actor;
  let member: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    ({ admin, member } = await testActors(database.db));
  });
  afterAll(() => database.close());

  const upload = async (csv: string) => {
    const parsed = parseImportCsv(csv);
    const outcome = await execute(database.db, createImportBatch, admin, { fileName: 'tiltak.csv', format: 'csv', ...parsed });
    if (!outcome.ok) throw new Error(outcome.kind);
    const preview = await previewImportBatch(database.db, outcome.value.id);
    return { id: outcome.value.id, ...preview! };
  };

  const totals = async () => {
    const [m] = await database.db.select({ n: count() }).from(measures);
    const [s] = await database.db.select({ n: count() }).from(measureStatusEntries);
    const [a] = await database.db.select({ n: count() }).from(auditLog);
    return { measures: m!.n, statuses: s!.n, audit: a!.n };
  };

  it('stores the upload and previews every row without writing anything', async () => {
    const before = await totals();
    const { plan, batch } = await upload(`${header}\n,okt-brukermedvirkning,Nytt importert tiltak,,,hod,,,,\n`);
    expect(batch.createdBy).toBe(admin.kind === 'user' ? admin.userId : null);
    expect(plan.rows.map((r) => r.outcome)).toEqual(['new']);
    const after = await totals();
    expect(after.measures).toBe(before.measures);
    expect(after.statuses).toBe(before.statuses);
    expect(after.audit).toBe(before.audit + 1);
  });

  it('refuses the whole batch when one row is wrong: nothing is written', async () => {
    const so0101 = await measureSnapshot(database.db, 'so01-01');
    const { id, plan, fingerprint } = await upload(
      [
        header,
        `so01-01,okt-brukermedvirkning,Endret tittel,,ja,hod,2026-05-01,implemented,Ferdig,Møte 3/2026`,
        `,okt-brukermedvirkning,Enda et nytt tiltak,,,,,,,`,
        `so01-02,okt-brukermedvirkning,Retningslinjer,,,,2026-13-01,implemented,,Møte 3/2026`,
      ].join('\n'),
    );
    expect(plan.rows.map((r) => r.outcome)).toEqual(['changed', 'new', 'error']);
    expect(plan.rows[2]!.errors).toEqual([{ column: 'statusDate', key: 'errors.date' }]);
    const before = await totals();
    const outcome = await execute(database.db, confirmImportBatch, admin, { batchId: id, fingerprint });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid', formErrors: ['strategyAdmin.import.errors.blocked'] });
    expect(await totals()).toEqual(before);
    expect(await measureSnapshot(database.db, 'so01-01')).toEqual(so0101);
  });

  it('writes a clean batch in one go, with audit entries, and only once', async () => {
    const { id, plan, fingerprint } = await upload(
      [
        header,
        `so01-01,okt-brukermedvirkning,Krav om brukermedvirkning i alle faser av forskningsprosessen,offentlige finansierte studier,ja,forskningsfinansiorer|hod,2026-05-01,implemented,Evaluert,Møte 3/2026`,
        `so01-02,okt-brukermedvirkning,Retningslinjer for brukermedvirkning,,,forskningsorganisasjoner|forskningsfinansiorer,,,,`,
        `,okt-brukermedvirkning,Importert tiltak,punkt 1|punkt 2,delvis,kd,2026-05-02,planned,,Møte 3/2026`,
        `so01-90,okt-brukermedvirkning,Importert med egen id,,,,,,,`,
      ].join('\n'),
    );
    expect(plan.rows.map((r) => r.outcome)).toEqual(['changed', 'unchanged', 'new', 'new']);
    expect(plan.rows[0]!.changedFields).toEqual([]);
    const before = await totals();
    expect(await execute(database.db, confirmImportBatch, member, { batchId: id, fingerprint })).toEqual({ ok: false, kind: 'forbidden' });
    const outcome = await execute(database.db, confirmImportBatch, admin, { batchId: id, fingerprint });
    expect(outcome).toEqual({ ok: true, value: { new: 2, changed: 1, unchanged: 1, error: 0 } });
    const after = await totals();
    expect(after.measures).toBe(before.measures + 2);
    expect(after.statuses).toBe(before.statuses + 2);
    const created = await database.db.select().from(measures).where(eq(measures.title, 'Importert tiltak'));
    expect(created[0]).toMatchObject({ subPoints: ['punkt 1', 'punkt 2'], inGovernmentActionPlan: 'partly', source: 'Import: tiltak.csv' });
    expect((await measureSnapshot(database.db, 'so01-90'))?.title).toBe('Importert med egen id');
    expect((await auditOf(database.db, 'measure', 'so01-01')).at(-1)).toMatchObject({ action: 'add-status' });
    expect((await auditOf(database.db, 'import-batch', id)).map((a) => a.action)).toEqual(['upload', 'confirm']);
    const [batch] = await database.db.select().from(strategyImportBatches).where(eq(strategyImportBatches.id, id));
    expect(batch!.confirmedAt).not.toBeNull();
    const again = await execute(database.db, confirmImportBatch, admin, { batchId: id, fingerprint });
    expect(again).toMatchObject({ ok: false, kind: 'invalid', formErrors: ['strategyAdmin.import.errors.alreadyConfirmed'] });
  });

  it('refuses a confirm whose preview no longer holds because the data changed meanwhile', async () => {
    const { id, fingerprint } = await upload(`${header}\nso01-03,okt-brukermedvirkning,Ny tittel fra import,,,,,,,\n`);
    const current = await measureSnapshot(database.db, 'so01-03');
    await database.db.update(measures).set({ title: 'Ny tittel fra import' }).where(eq(measures.id, 'so01-03'));
    const before = await totals();
    expect(await execute(database.db, confirmImportBatch, admin, { batchId: id, fingerprint })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(await totals()).toEqual(before);
    expect((await measureSnapshot(database.db, 'so01-03'))!.version).toBe(current!.version);
  });

  it('offers a template of the current measures that imports back as unchanged', async () => {
    const template = await importTemplateXlsx(database.db, {
      measures: 'Tiltak',
      columns: 'Kolonner',
      focusAreas: 'Satsingsområder',
      actors: 'Aktører',
      column: 'kolonne',
      help: 'innhold',
      name: 'navn',
      columnHelp: Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, c])) as Record<(typeof IMPORT_COLUMNS)[number], string>,
    });
    const parsed = await parseImportXlsx(template);
    const [m] = await database.db.select({ n: count() }).from(measures);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows).toHaveLength(m!.n);
    const outcome = await execute(database.db, createImportBatch, admin, { fileName: 'mal.xlsx', format: 'xlsx', ...parsed });
    if (!outcome.ok) throw new Error(outcome.kind);
    const preview = await previewImportBatch(database.db, outcome.value.id);
    expect(preview!.plan.counts).toEqual({ new: 0, changed: 0, unchanged: m!.n, error: 0 });
  });
});
