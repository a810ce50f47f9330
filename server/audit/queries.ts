import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '../auth/schema.ts';
import type { Queryable } from '../db/types.ts';
import { auditLog } from './schema.ts';

const isoDate = z.iso.date({ error: 'errors.date' });

export const auditFilterSchema = z.object({
  who: z.uuid().optional().catch(undefined),
  entity: z.string().trim().max(50).optional().transform((v) => v || undefined),
  from: isoDate.optional().or(z.literal('').transform(() => undefined)),
  to: isoDate.optional().or(z.literal('').transform(() => undefined)),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export const AUDIT_PAGE_SIZE = 50;

function conditions(filter: AuditFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (filter.who) parts.push(eq(auditLog.actorUserId, filter.who));
  if (filter.entity) parts.push(eq(auditLog.entity, filter.entity));
  if (filter.from) parts.push(gte(auditLog.at, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) {
    const next = new Date(`${filter.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    parts.push(lt(auditLog.at, next));
  }
  return parts.length ? and(...parts) : undefined;
}

/** One page of the audit log, newest first, with the total for the pager. */
export async function listAuditEntries(db: Queryable, filter: AuditFilter) {
  const where = conditions(filter);
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((filter.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { rows, total: totals?.total ?? 0 };
}

/** The choices for the filters: every user who has done something, and every kind of record touched. */
export async function auditFilterOptions(db: Queryable) {
  const [actors, entities] = await Promise.all([
    db
      .selectDistinct({ id: users.id, name: users.name })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorUserId))
      .orderBy(users.name),
    db.selectDistinct({ entity: auditLog.entity }).from(auditLog).orderBy(auditLog.entity),
  ]);
  return { actors, entities: entities.map((e) => e.entity) };
}
