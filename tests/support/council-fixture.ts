import { users } from '../../server/auth/schema.ts';
import { seedCouncil } from '../../server/council/seed.ts';
import type { Actor } from '../../server/core/actor.ts';
import type { Db } from '../../server/db/types.ts';
import { seedDemoUsers } from '../../server/seed/demo-users.ts';
import { seedStrategy } from '../../server/strategy/seed.ts';

/**
 * The world the council's tests start from: the strategy, the demo accounts and the council with meeting
 * 1/2020 and its demo members. Returns each demo account as an actor, keyed by its e-mail's local part
 * (`sekretariat`, `leder`, `medlem`, `observator`, `aktor`).
 */
export async function seedCouncilWorld(db: Db): Promise<Record<string, Actor>> {
  await seedStrategy(db);
  await seedDemoUsers(db);
  await seedCouncil(db, { demo: true });
  const actors: Record<string, Actor> = {};
  for (const u of await db.select().from(users)) actors[u.email.split('@')[0] ?? ''] = { kind: 'user', userId: u.id, role: u.role, name: u.name };
  return actors;
}
