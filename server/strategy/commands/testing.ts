import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '../../audit/schema.ts';
import { createUser } from '../../auth/users.ts';
import { type Actor, systemActor } from '../../core/actor.ts';
import { execute } from '../../core/command.ts';
import type { Db } from '../../db/types.ts';

/** A secretariat user and a council member for the command tests, as real rows (status entries point to users). */
export async function testActors(db: Db): Promise<{ admin: Actor; member: Actor }> {
  const make = async (email: string, name: string, role: 'admin' | 'member'): Promise<Actor> => {
    const outcome = await execute(db, createUser, systemActor('test'), { email, name, role });
    if (!outcome.ok) throw new Error(`could not create ${email}`);
    return { kind: 'user', userId: outcome.value.id, role, name };
  };
  return { admin: await make('admin@test.example', 'Anne Admin (test)', 'admin'), member: await make('member@test.example', 'Mons Medlem (test)', 'member') };
}

/** The audit entries of one record, oldest first. */
export async function auditOf(db: Db, entity: string, entityId: string) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));
  return rows;
}
