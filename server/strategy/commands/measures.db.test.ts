import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import type { Actor } from '../../core/actor.ts';
import { execute } from '../../core/command.ts';
import { measures, measureStatusEntries } from '../schema.ts';
import { seedStrategy } from '../seed.ts';
import { createMeasure, measureSnapshot, reorderMeasures, setMeasureRetired, updateMeasure } from './measures.ts';
import { addStatusEntry } from './status-entries.ts';
import { auditOf, testActors } from './testing.ts';

describe('editing measures and their status history', () => {
  let database: TestDatabase;
  let admin: Actor;
  let member: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    ({ admin, member } = await testActors(database.db));
  });
  afterAll(() => database.close());

  const history = (measureId: string) =>
    database.db.select().from(measureStatusEntries).where(eq(measureStatusEntries.measureId, measureId)).orderBy(asc(measureStatusEntries.id));

  it('appends a dated status entry, keeps the earlier ones unchanged, and audits it', async () => {
    const before = await history('so01-02');
    const outcome = await execute(database.db, addStatusEntry, admin, {
      measureId: 'so01-02',
      date: '2026-03-15',
      level: 'in-progress',
      text: 'Nye veiledere under arbeid',
      source: 'Møte 2/2026',
    });
    expect(outcome).toMatchObject({ ok: true, value: { date: '2026-03-15', year: 2026, level: 'in-progress' } });
    const after = await history('so01-02');
    expect(after).toHaveLength(before.length + 1);
    expect(after.slice(0, before.length)).toEqual(before);
    const audit = await auditOf(database.db, 'measure', 'so01-02');
    expect(audit.at(-1)).toMatchObject({ action: 'add-status', actorLabel: 'Anne Admin (test)' });
    expect(audit.at(-1)!.changes.level).toEqual({ before: null, after: 'in-progress' });
  });

  it('rejects a status entry with an impossible date, a level off the scale or no source, and writes nothing', async () => {
    const count = (await history('so01-02')).length;
    const outcome = await execute(database.db, addStatusEntry, admin, { measureId: 'so01-02', date: '2026-02-30', level: 'done', text: '', source: ' ' });
    expect(outcome).toMatchObject({
      ok: false,
      kind: 'invalid',
      fieldErrors: { date: ['errors.date'], level: ['strategyAdmin.errors.level'], source: ['errors.required'] },
    });
    expect(await history('so01-02')).toHaveLength(count);
  });

  it('refuses a member and answers not-found for an unknown measure', async () => {
    const entry = { measureId: 'so01-02', date: '2026-01-01', level: 'planned', source: 'x' };
    expect(await execute(database.db, addStatusEntry, member, entry)).toEqual({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, addStatusEntry, admin, { ...entry, measureId: 'so99-99' })).toEqual({ ok: false, kind: 'not-found' });
  });

  it('edits a measure with its actors, bumps the version and audits before and after', async () => {
    const current = await measureSnapshot(database.db, 'so01-03');
    const outcome = await execute(database.db, updateMeasure, admin, {
      id: 'so01-03',
      version: String(current!.version),
      focusAreaId: 'okt-brukermedvirkning',
      title: 'Inkludering av minoritetsperspektivet i forskningen',
      subPoints: ['i utlysninger', '', 'i evalueringer'],
      inGovernmentActionPlan: 'partly',
      actorIds: ['forskningsorganisasjoner', 'hod'],
      note: '',
    });
    expect(outcome).toMatchObject({
      ok: true,
      value: { version: current!.version + 1, subPoints: ['i utlysninger', 'i evalueringer'], inGovernmentActionPlan: 'partly', actorIds: ['forskningsorganisasjoner', 'hod'], note: null },
    });
    const audit = await auditOf(database.db, 'measure', 'so01-03');
    expect(audit.at(-1)!.action).toBe('update');
    expect(audit.at(-1)!.changes).toMatchObject({
      title: { before: 'Inkludering av minoritetsperspektivet', after: 'Inkludering av minoritetsperspektivet i forskningen' },
      actorIds: { before: ['forskningsorganisasjoner'], after: ['forskningsorganisasjoner', 'hod'] },
      inGovernmentActionPlan: { before: null, after: 'partly' },
    });
  });

  it('gives a stale edit a conflict with the current record and changes nothing', async () => {
    const current = await measureSnapshot(database.db, 'so01-04');
    const values = { id: 'so01-04', version: current!.version, focusAreaId: current!.focusAreaId, title: 'Første', actorIds: current!.actorIds };
    expect(await execute(database.db, updateMeasure, admin, values)).toMatchObject({ ok: true });
    const auditCount = (await auditOf(database.db, 'measure', 'so01-04')).length;
    const stale = await execute(database.db, updateMeasure, admin, { ...values, title: 'Andre' });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', current: { title: 'Første', version: current!.version + 1 } });
    expect((await measureSnapshot(database.db, 'so01-04'))!.title).toBe('Første');
    expect(await auditOf(database.db, 'measure', 'so01-04')).toHaveLength(auditCount);
  });

  it('rejects unknown actors and focus areas as field errors', async () => {
    const outcome = await execute(database.db, createMeasure, admin, { focusAreaId: 'okt-brukermedvirkning', title: 'X', actorIds: ['finnes-ikke'] });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { actorIds: ['strategyAdmin.errors.unknownActor'] } });
    const area = await execute(database.db, createMeasure, admin, { focusAreaId: 'finnes-ikke', title: 'X' });
    expect(area).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { focusAreaId: ['strategyAdmin.errors.unknownFocusArea'] } });
  });

  it('creates a measure last in its focus area with an id in the seed pattern, and audits it', async () => {
    const outcome = await execute(database.db, createMeasure, admin, {
      focusAreaId: 'okt-brukermedvirkning',
      title: 'Nytt tiltak for brukermedvirkning',
      subPoints: ['første punkt'],
      inGovernmentActionPlan: '',
      actorIds: ['hod'],
    });
    if (!outcome.ok) throw new Error(outcome.kind);
    const siblings = await database.db.select().from(measures).where(eq(measures.focusAreaId, 'okt-brukermedvirkning'));
    expect(outcome.value.id).toMatch(/^so01-\d{2}$/);
    expect(outcome.value.position).toBe(Math.max(...siblings.map((m) => m.position)));
    expect(outcome.value).toMatchObject({ inGovernmentActionPlan: null, actorIds: ['hod'], version: 1 });
    expect((await auditOf(database.db, 'measure', outcome.value.id)).map((a) => a.action)).toEqual(['create']);
  });

  it('retires and restores a measure with the version check', async () => {
    const current = await measureSnapshot(database.db, 'so01-01');
    const retired = await execute(database.db, setMeasureRetired, admin, { id: 'so01-01', version: current!.version, retired: true });
    expect(retired).toMatchObject({ ok: true, value: { retiredAt: expect.any(Date) } });
    expect(await execute(database.db, setMeasureRetired, admin, { id: 'so01-01', version: current!.version, retired: false })).toMatchObject({ kind: 'conflict' });
    const restored = await execute(database.db, setMeasureRetired, admin, { id: 'so01-01', version: current!.version + 1, retired: false });
    expect(restored).toMatchObject({ ok: true, value: { retiredAt: null } });
    expect((await auditOf(database.db, 'measure', 'so01-01')).map((a) => a.action).slice(-2)).toEqual(['retire', 'restore']);
  });

  it('reorders a focus area, and refuses an order made from a stale list', async () => {
    const area = 'kunnskapsloft-for-kommunene';
    const ids = (await database.db.select().from(measures).where(eq(measures.focusAreaId, area)).orderBy(asc(measures.position))).map((m) => m.id);
    const reversed = ids.toReversed();
    expect(await execute(database.db, reorderMeasures, admin, { focusAreaId: area, order: reversed })).toMatchObject({ ok: true });
    const after = (await database.db.select().from(measures).where(eq(measures.focusAreaId, area)).orderBy(asc(measures.position))).map((m) => m.id);
    expect(after).toEqual(reversed);
    const stale = await execute(database.db, reorderMeasures, admin, { focusAreaId: area, order: ids.slice(1) });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', current: { order: reversed } });
    const audit = await auditOf(database.db, 'focus-area', area);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes.measureOrder).toEqual({ before: ids, after: reversed });
  });
});
