import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { auditLog } from '../audit/schema.ts';
import { users } from '../auth/schema.ts';
import { createUser } from '../auth/users.ts';
import { systemActor } from './actor.ts';
import { defineCommand, execute } from './command.ts';
import { diffRecords } from './changes.ts';
import { updateVersioned } from './versioned.ts';

const renameUser = defineCommand({
  name: 'test.rename-user',
  input: z.object({ id: z.uuid(), version: z.number().int(), name: z.string().min(1, { error: 'errors.required' }) }),
  authorize: (actor) => actor.kind === 'system',
  async run({ tx, audit }, input) {
    const { before, after } = await updateVersioned(tx, users, input.id, input.version, { name: input.name });
    audit({ action: 'update', entity: 'user', entityId: input.id, changes: diffRecords(before, after) });
    return after;
  },
});

describe('execute: the one way to write', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it('writes the record and its audit entry in one transaction', async () => {
    const outcome = await execute(database.db, createUser, systemActor('test'), { email: 'Kari@Example.org', name: 'Kari Test', role: 'member' });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.email).toBe('kari@example.org');
    const entries = await database.db.select().from(auditLog).where(eq(auditLog.entityId, outcome.value.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'create', entity: 'user', actorLabel: 'system:test' });
    expect(entries[0]!.changes.email).toEqual({ before: null, after: 'kari@example.org' });
  });

  it('rejects invalid input with field errors and writes nothing', async () => {
    const before = await database.db.$count(auditLog);
    const outcome = await execute(database.db, createUser, systemActor('test'), { email: 'not-an-address', name: '', role: 'king' });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid' });
    if (outcome.ok || outcome.kind !== 'invalid') return;
    expect(outcome.fieldErrors.email).toEqual(['errors.email']);
    expect(outcome.fieldErrors.name).toEqual(['errors.required']);
    expect(outcome.fieldErrors.role).toEqual(['errors.role']);
    expect(await database.db.$count(auditLog)).toBe(before);
  });

  it('refuses an actor without the permission', async () => {
    const member = { kind: 'user' as const, userId: crypto.randomUUID(), role: 'member' as const, name: 'M' };
    const outcome = await execute(database.db, createUser, member, { email: 'x@example.org', name: 'X', role: 'admin' });
    expect(outcome).toEqual({ ok: false, kind: 'forbidden' });
  });

  it('reports a domain rule as a field error and rolls back', async () => {
    const outcome = await execute(database.db, createUser, systemActor('test'), { email: 'kari@example.org', name: 'Again', role: 'member' });
    expect(outcome).toMatchObject({ ok: false, kind: 'invalid', fieldErrors: { email: ['errors.emailTaken'] } });
  });

  it('gives the second of two concurrent editors a conflict with the current version, not an overwrite', async () => {
    const created = await execute(database.db, createUser, systemActor('test'), { email: 'ola@example.org', name: 'Ola', role: 'member' });
    if (!created.ok) throw new Error('setup failed');
    const { id, version } = created.value;
    const first = await execute(database.db, renameUser, systemActor('a'), { id, version, name: 'Ola A' });
    const second = await execute(database.db, renameUser, systemActor('b'), { id, version, name: 'Ola B' });
    expect(first).toMatchObject({ ok: true, value: { name: 'Ola A', version: version + 1 } });
    expect(second).toMatchObject({ ok: false, kind: 'conflict', current: { name: 'Ola A', version: version + 1 } });
    const [row] = await database.db.select().from(users).where(eq(users.id, id));
    expect(row?.name).toBe('Ola A');
    const audits = await database.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audits.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audits[1]!.changes).toEqual({ name: { before: 'Ola', after: 'Ola A' } });
  });
});
