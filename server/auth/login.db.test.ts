import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { anonymous, systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { LOCKOUT_FAILURES, signIn, signOut } from './login.ts';
import { findSessionUser } from './sessions.ts';
import { createUser } from './users.ts';

const ttl = 3600_000;

describe('password sign-in', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await execute(database.db, createUser, systemActor('test'), { email: 'eva@example.org', name: 'Eva Test', role: 'admin', password: 'correct horse battery' });
  });
  afterAll(() => database.close());

  const attempt = (password: string, ip = '10.0.0.1', previousToken?: string) =>
    execute(database.db, signIn, anonymous, { email: 'Eva@example.org', password, ip, sessionTtlMs: ttl, previousToken });

  it('stores an argon2id hash, never the password', async () => {
    const { users } = await import('./schema.ts');
    const [row] = await database.db.select().from(users);
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('signs in with the right password, rotating away the previous session', async () => {
    const first = await attempt('correct horse battery');
    if (!first.ok || first.value.status !== 'signed-in') throw new Error('expected sign-in');
    expect(await findSessionUser(database.db, first.value.token)).toMatchObject({ email: 'eva@example.org', role: 'admin' });
    const second = await attempt('correct horse battery', '10.0.0.1', first.value.token);
    if (!second.ok || second.value.status !== 'signed-in') throw new Error('expected sign-in');
    expect(second.value.token).not.toBe(first.value.token);
    expect(await findSessionUser(database.db, first.value.token)).toBeNull();
    await execute(database.db, signOut, anonymous, { token: second.value.token });
    expect(await findSessionUser(database.db, second.value.token)).toBeNull();
  });

  it('says wrong credentials for a wrong password and for an unknown address alike', async () => {
    expect(await attempt('wrong', '10.0.0.2')).toMatchObject({ ok: true, value: { status: 'wrong-credentials' } });
    const unknown = await execute(database.db, signIn, anonymous, { email: 'nobody@example.org', password: 'x', ip: '10.0.0.2', sessionTtlMs: ttl });
    expect(unknown).toMatchObject({ ok: true, value: { status: 'wrong-credentials' } });
  });

  it('locks the account for that address after five failures, even for the right password', async () => {
    for (let i = 0; i < LOCKOUT_FAILURES; i++) await attempt('wrong', '10.0.0.3');
    const locked = await attempt('correct horse battery', '10.0.0.3');
    expect(locked).toMatchObject({ ok: true, value: { status: 'locked' } });
    if (locked.ok && locked.value.status === 'locked') expect(locked.value.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    // Another address is not locked out by someone else's guessing.
    expect(await attempt('correct horse battery', '10.0.0.4')).toMatchObject({ ok: true, value: { status: 'signed-in' } });
  });
});
