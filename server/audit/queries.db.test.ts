import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.ts';
import { createUser } from '../auth/users.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import { auditLog } from './schema.ts';
import { AUDIT_PAGE_SIZE, auditFilterOptions, auditFilterSchema, listAuditEntries } from './queries.ts';

describe('audit log queries', () => {
  let database: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    database = await createTestDatabase();
    const admin = await execute(database.db, createUser, systemActor('seed'), { email: 'a@example.org', name: 'Adm', role: 'admin' });
    if (!admin.ok) throw new Error('setup');
    adminId = admin.value.id;
    const actor = { kind: 'user' as const, userId: adminId, role: 'admin' as const, name: 'Adm' };
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
      await execute(database.db, createUser, actor, { email: `u${i}@example.org`, name: `U${i}`, role: 'member' });
    }
    await database.db.insert(auditLog).values({ at: new Date('2020-03-01T10:00:00Z'), actorLabel: 'old', action: 'update', entity: 'meeting', entityId: '1/2020' });
  });
  afterAll(() => database.close());

  it('pages newest first with a total', async () => {
    const page1 = await listAuditEntries(database.db, auditFilterSchema.parse({}));
    expect(page1.total).toBe(AUDIT_PAGE_SIZE + 7);
    expect(page1.rows).toHaveLength(AUDIT_PAGE_SIZE);
    const page2 = await listAuditEntries(database.db, auditFilterSchema.parse({ page: '2' }));
    expect(page2.rows).toHaveLength(7);
    expect(page2.rows.at(-1)?.entity).toBe('meeting');
  });

  it('filters by who, entity and date range', async () => {
    const byWho = await listAuditEntries(database.db, auditFilterSchema.parse({ who: adminId }));
    expect(byWho.total).toBe(AUDIT_PAGE_SIZE + 5);
    const byEntity = await listAuditEntries(database.db, auditFilterSchema.parse({ entity: 'meeting' }));
    expect(byEntity.rows.map((r) => r.entityId)).toEqual(['1/2020']);
    const byDate = await listAuditEntries(database.db, auditFilterSchema.parse({ from: '2020-03-01', to: '2020-03-01' }));
    expect(byDate.total).toBe(1);
    const outside = await listAuditEntries(database.db, auditFilterSchema.parse({ from: '2020-03-02', to: '2020-12-31' }));
    expect(outside.total).toBe(0);
  });

  it('offers the actors and entity types present as filter choices', async () => {
    const options = await auditFilterOptions(database.db);
    expect(options.actors.map((a) => a.name)).toEqual(['Adm']);
    expect(options.entities).toEqual(['meeting', 'user']);
  });

  it('rejects a malformed date with a message key', () => {
    const parsed = auditFilterSchema.safeParse({ from: '2020-13-45' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('errors.date');
  });
});
