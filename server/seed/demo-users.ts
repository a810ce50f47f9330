import type { Role } from '../config/env.ts';
import { systemActor } from '../core/actor.ts';
import { execute } from '../core/command.ts';
import type { Db } from '../db/types.ts';
import { createUser, findUserByEmail } from '../auth/users.ts';

export const DEMO_PASSWORD = 'ho21-demo-passord';

/** Obviously fictional people, one per role, so every part of the platform can be tried at once. */
export const demoUsers: { email: string; name: string; role: Role }[] = [
  { email: 'sekretariat@ho21.example', name: 'Sara Sekretær (demo)', role: 'admin' },
  { email: 'leder@ho21.example', name: 'Rolf Rådsleder (demo)', role: 'chair' },
  { email: 'medlem@ho21.example', name: 'Mia Medlem (demo)', role: 'member' },
  { email: 'observator@ho21.example', name: 'Ola Observatør (demo)', role: 'observer' },
  { email: 'aktor@ho21.example', name: 'Anne Aktør (demo)', role: 'actor' },
];

export async function seedDemoUsers(db: Db): Promise<number> {
  let created = 0;
  for (const user of demoUsers) {
    if (await findUserByEmail(db, user.email)) continue;
    const outcome = await execute(db, createUser, systemActor('seed'), { ...user, password: DEMO_PASSWORD, demo: true });
    if (!outcome.ok) throw new Error(`Could not create demo user ${user.email}: ${outcome.kind}`);
    created++;
  }
  return created;
}
