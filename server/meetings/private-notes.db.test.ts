import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCouncilWorld } from '../../tests/support/council-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import type { Actor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { privateNotesFor, savePrivateNote } from './private-notes.ts';
import { councilCases } from './schema.ts';

describe('private notes on case papers', () => {
  let database: TestDatabase;
  const as: Record<string, Actor & { kind: 'user' }> = {};
  let caseId = '';
  beforeAll(async () => {
    database = await createTestDatabase();
    Object.assign(as, await seedCouncilWorld(database.db));
    const [first] = await database.db.select({ id: councilCases.id }).from(councilCases).limit(1);
    caseId = first?.id ?? '';
  });
  afterAll(() => database.close());

  it('keeps a member\'s note for that member alone, and the audit log never holds its text', async () => {
    const saved = await execute(database.db, savePrivateNote, as.medlem as Actor, { caseId, text: 'Spør om finansieringen', version: 0 });
    expect(saved).toEqual({ ok: true, value: { version: 1 } });
    expect((await privateNotesFor(database.db, as.medlem!.userId, [caseId])).get(caseId)).toEqual({ text: 'Spør om finansieringen', version: 1 });
    expect((await privateNotesFor(database.db, as.sekretariat!.userId, [caseId])).size).toBe(0);
    expect((await privateNotesFor(database.db, as.leder!.userId, [caseId])).size).toBe(0);
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entity, 'private-note'));
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('finansieringen');
  });

  it('gives a stale second tab a conflict instead of overwriting, and deletes an emptied note', async () => {
    const stale = await execute(database.db, savePrivateNote, as.medlem as Actor, { caseId, text: 'Fra en annen fane', version: 0 });
    expect(stale).toMatchObject({ ok: false, kind: 'conflict', current: { text: 'Spør om finansieringen', version: 1 } });
    const emptied = await execute(database.db, savePrivateNote, as.medlem as Actor, { caseId, text: '  ', version: 1 });
    expect(emptied).toEqual({ ok: true, value: { version: 0 } });
    expect((await privateNotesFor(database.db, as.medlem!.userId, [caseId])).size).toBe(0);
  });

  it('is not for actors or the public', async () => {
    expect(await execute(database.db, savePrivateNote, as.aktor as Actor, { caseId, text: 'x', version: 0 })).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(await execute(database.db, savePrivateNote, { kind: 'anonymous' }, { caseId, text: 'x', version: 0 })).toMatchObject({ ok: false, kind: 'forbidden' });
  });
});
