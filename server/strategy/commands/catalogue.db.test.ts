import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import type { Actor } from '../../core/actor.ts';
import { execute } from '../../core/command.ts';
import { actors, focusAreaGoalStatements, focusAreas, goalStatements } from '../schema.ts';
import { seedStrategy } from '../seed.ts';
import { createActor, setActorRetired, updateActor } from './actors.ts';
import { createFocusArea, reorderFocusAreas, setFocusAreaRetired, updateFocusArea } from './focus-areas.ts';
import { createGoalStatement, reorderGoalStatements, setGoalStatementRetired, updateGoalStatement } from './goal-statements.ts';
import { auditOf, testActors } from './testing.ts';

describe('editing focus areas, goal statements and actors', () => {
  let database: TestDatabase;
  let admin: Actor;
  let member: Actor;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedStrategy(database.db);
    ({ admin, member } = await testActors(database.db));
  });
  afterAll(() => database.close());

  it('creates a focus area last with a readable id, edits it, retires it, and audits each step', async () => {
    const created = await execute(database.db, createFocusArea, admin, { name: 'Økt bærekraft i tjenestene', description: 'Ny' });
    if (!created.ok) throw new Error(created.kind);
    expect(created.value).toMatchObject({ id: 'okt-baerekraft-i-tjenestene', position: 11, version: 1 });
    const edited = await execute(database.db, updateFocusArea, admin, { id: created.value.id, version: 1, name: 'Økt bærekraft', description: '' });
    expect(edited).toMatchObject({ ok: true, value: { name: 'Økt bærekraft', description: null, version: 2 } });
    expect(await execute(database.db, updateFocusArea, admin, { id: created.value.id, version: 1, name: 'Stale' })).toMatchObject({ kind: 'conflict', current: { name: 'Økt bærekraft' } });
    expect(await execute(database.db, setFocusAreaRetired, admin, { id: created.value.id, version: 2, retired: true })).toMatchObject({ ok: true });
    expect((await auditOf(database.db, 'focus-area', created.value.id)).map((a) => a.action)).toEqual(['create', 'update', 'retire']);
    expect(await execute(database.db, createFocusArea, member, { name: 'Nei' })).toEqual({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, createFocusArea, admin, { name: '  ' })).toMatchObject({ kind: 'invalid', fieldErrors: { name: ['errors.required'] } });
  });

  it('reorders the focus areas of the strategy', async () => {
    const ids = (await database.db.select().from(focusAreas).orderBy(asc(focusAreas.position))).map((f) => f.id);
    const order = [ids[1]!, ids[0]!, ...ids.slice(2)];
    expect(await execute(database.db, reorderFocusAreas, admin, { strategyId: 'ho21', order })).toMatchObject({ ok: true, value: order });
    expect((await database.db.select().from(focusAreas).orderBy(asc(focusAreas.position))).map((f) => f.id)).toEqual(order);
    expect(await execute(database.db, reorderFocusAreas, admin, { strategyId: 'ho21', order: ids.slice(0, 3) })).toMatchObject({ kind: 'conflict' });
    expect((await auditOf(database.db, 'strategy', 'ho21')).at(-1)!.action).toBe('reorder-focus-areas');
  });

  it('creates a goal statement linked to focus areas, relinks it keeping kept links in place, and audits the links', async () => {
    const created = await execute(database.db, createGoalStatement, admin, {
      overarchingGoalId: 'god-folkehelse',
      text: 'Flere kliniske studier i kommunene',
      focusAreaIds: ['kunnskapsloft-for-kommunene', 'bedre-klinisk-behandling'],
    });
    if (!created.ok) throw new Error(created.kind);
    const id = created.value.id;
    expect(created.value.focusAreaIds).toEqual(['bedre-klinisk-behandling', 'kunnskapsloft-for-kommunene']);
    const [kept] = await database.db.select().from(focusAreaGoalStatements)
      .where(and(eq(focusAreaGoalStatements.goalStatementId, id), eq(focusAreaGoalStatements.focusAreaId, 'bedre-klinisk-behandling')));
    const updated = await execute(database.db, updateGoalStatement, admin, {
      id,
      version: 1,
      overarchingGoalId: 'grensesprengende-forskning',
      text: 'Flere kliniske studier i kommunene',
      focusAreaIds: ['bedre-klinisk-behandling', 'okt-brukermedvirkning'],
    });
    expect(updated).toMatchObject({ ok: true, value: { overarchingGoalId: 'grensesprengende-forskning', focusAreaIds: ['bedre-klinisk-behandling', 'okt-brukermedvirkning'], version: 2 } });
    const links = await database.db.select().from(focusAreaGoalStatements).where(eq(focusAreaGoalStatements.goalStatementId, id));
    expect(links.find((l) => l.focusAreaId === 'bedre-klinisk-behandling')!.position).toBe(kept!.position);
    const audit = await auditOf(database.db, 'goal-statement', id);
    expect(audit.at(-1)!.changes.focusAreaIds).toEqual({
      before: ['bedre-klinisk-behandling', 'kunnskapsloft-for-kommunene'],
      after: ['bedre-klinisk-behandling', 'okt-brukermedvirkning'],
    });
    expect(await execute(database.db, updateGoalStatement, admin, { id, version: 1, overarchingGoalId: 'god-folkehelse', text: 'x' })).toMatchObject({ kind: 'conflict' });
    expect(await execute(database.db, setGoalStatementRetired, admin, { id, version: 2, retired: true })).toMatchObject({ ok: true });
    const bad = await execute(database.db, createGoalStatement, admin, { overarchingGoalId: 'finnes-ikke', text: 'x' });
    expect(bad).toMatchObject({ kind: 'invalid', fieldErrors: { overarchingGoalId: ['strategyAdmin.errors.unknownGoal'] } });
  });

  it('reorders the goal statements under an overarching goal', async () => {
    const ids = (await database.db.select().from(goalStatements).where(eq(goalStatements.overarchingGoalId, 'god-folkehelse')).orderBy(asc(goalStatements.position))).map((g) => g.id);
    const order = ids.toReversed();
    expect(await execute(database.db, reorderGoalStatements, admin, { overarchingGoalId: 'god-folkehelse', order })).toMatchObject({ ok: true });
    expect((await auditOf(database.db, 'overarching-goal', 'god-folkehelse')).at(-1)!.changes.goalStatementOrder).toEqual({ before: ids, after: order });
  });

  it('creates, edits and retires an actor with the version check', async () => {
    const created = await execute(database.db, createActor, admin, { name: 'Senter for demoforskning', shortName: 'SDF', type: 'research-institute', aliases: ['SDF', ''] });
    if (!created.ok) throw new Error(created.kind);
    expect(created.value).toMatchObject({ id: 'sdf', aliases: ['SDF'], sector: null });
    const again = await execute(database.db, createActor, admin, { name: 'Noe annet', shortName: 'SDF', type: 'company' });
    expect(again).toMatchObject({ ok: true, value: { id: 'sdf-2' } });
    expect(await execute(database.db, updateActor, admin, { id: 'sdf', version: 1, name: 'Senter for demoforskning', type: 'agency', sector: 'helse' })).toMatchObject({ ok: true, value: { type: 'agency', version: 2 } });
    expect(await execute(database.db, updateActor, admin, { id: 'sdf', version: 1, name: 'x', type: 'agency' })).toMatchObject({ kind: 'conflict' });
    expect(await execute(database.db, updateActor, admin, { id: 'sdf', version: 2, name: 'x', type: 'king' })).toMatchObject({ kind: 'invalid', fieldErrors: { type: ['strategyAdmin.errors.actorType'] } });
    expect(await execute(database.db, setActorRetired, admin, { id: 'sdf', version: 2, retired: true })).toMatchObject({ ok: true });
    const [row] = await database.db.select().from(actors).where(eq(actors.id, 'sdf'));
    expect(row!.retiredAt).not.toBeNull();
    expect((await auditOf(database.db, 'actor', 'sdf')).map((a) => a.action)).toEqual(['create', 'update', 'retire']);
  });
});
