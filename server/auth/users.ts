import { asc, sql } from 'drizzle-orm';
import { z } from 'zod';
import { ROLES } from '../config/env.ts';
import { can } from './policy.ts';
import { defineCommand } from '../core/command.ts';
import { diffRecords } from '../core/changes.ts';
import { invalid } from '../core/outcome.ts';
import type { Queryable } from '../db/types.ts';
import { hashPassword } from './password.ts';
import { users } from './schema.ts';

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email({ error: 'errors.email' }));
export const passwordSchema = z.string().min(12, { error: 'errors.passwordLength' }).max(200, { error: 'errors.tooLong' });

export const createUserInput = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, { error: 'errors.required' }).max(200, { error: 'errors.tooLong' }),
  role: z.enum(ROLES, { error: 'errors.role' }),
  password: passwordSchema.optional(),
  demo: z.boolean().default(false),
});

export async function findUserByEmail(db: Queryable, email: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return user ?? null;
}

export function listUsers(db: Queryable) {
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, active: users.active, demo: users.demo })
    .from(users)
    .orderBy(asc(users.role), asc(users.name));
}

export const createUser = defineCommand({
  name: 'user.create',
  input: createUserInput,
  authorize: (actor) => can(actor, 'users.manage'),
  async run({ tx, audit }, input) {
    if (await findUserByEmail(tx, input.email)) throw invalid({ email: ['errors.emailTaken'] });
    const [user] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        role: input.role,
        demo: input.demo,
        passwordHash: input.password ? await hashPassword(input.password) : null,
      })
      .returning();
    if (!user) throw new Error('insert returned no row');
    audit({ action: 'create', entity: 'user', entityId: user.id, changes: diffRecords(null, user) });
    return user;
  },
});
