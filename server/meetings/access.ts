import { and, eq, inArray } from 'drizzle-orm';
import { can } from '../auth/policy.ts';
import { councilMembers } from '../council/schema.ts';
import type { Actor } from '../core/actor.ts';
import type { Queryable } from '../db/types.ts';
import { casePublic, type CaseRow } from './queries.ts';
import { impartialityAssessments } from './schema.ts';

export type CaseAccess = 'none' | 'public' | 'council' | 'secretariat';

/** Whether a member has been found, or has declared themself, disqualified for a case. */
export async function isDisqualified(db: Queryable, userId: string, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ declared: impartialityAssessments.declared, decided: impartialityAssessments.decided })
    .from(impartialityAssessments)
    .innerJoin(councilMembers, eq(councilMembers.id, impartialityAssessments.memberId))
    .where(and(eq(councilMembers.userId, userId), eq(impartialityAssessments.caseId, caseId)));
  return row ? disqualifiedBy(row) : false;
}

/** The council's decision wins; until it is made, the member's own declaration holds. */
export function disqualifiedBy(a: { declared: string | null; decided: string | null }): boolean {
  return a.decided === 'disqualified' || ((a.decided ?? 'not-assessed') === 'not-assessed' && a.declared === 'disqualified');
}

/**
 * What a viewer may read of a case paper. The secretariat reads everything; members read drafts, except
 * the drafts of a case they are disqualified for; everyone reads what is published.
 */
export async function caseAccess(db: Queryable, actor: Actor, c: CaseRow, meeting: { state: string }): Promise<CaseAccess> {
  if (can(actor, 'meetings.manage')) return 'secretariat';
  const published = casePublic(c, meeting);
  if (actor.kind === 'user' && can(actor, 'meetings.readCouncil')) {
    if (!(await isDisqualified(db, actor.userId, c.id))) return 'council';
  }
  return published ? 'public' : 'none';
}

/** caseAccess for many cases of one meeting, with one query for the viewer's own conflicts of interest. */
export async function caseAccessMany(db: Queryable, actor: Actor, cases: CaseRow[], meeting: { state: string }): Promise<Map<string, CaseAccess>> {
  const secretariat = can(actor, 'meetings.manage');
  const member = !secretariat && actor.kind === 'user' && can(actor, 'meetings.readCouncil');
  const disqualified = new Set<string>();
  if (member && cases.length > 0) {
    const rows = await db
      .select({ caseId: impartialityAssessments.caseId, declared: impartialityAssessments.declared, decided: impartialityAssessments.decided })
      .from(impartialityAssessments)
      .innerJoin(councilMembers, eq(councilMembers.id, impartialityAssessments.memberId))
      .where(and(eq(councilMembers.userId, actor.userId), inArray(impartialityAssessments.caseId, cases.map((c) => c.id))));
    for (const r of rows) if (disqualifiedBy(r)) disqualified.add(r.caseId);
  }
  return new Map(
    cases.map((c): [string, CaseAccess] => {
      if (secretariat) return [c.id, 'secretariat'];
      if (member && !disqualified.has(c.id)) return [c.id, 'council'];
      return [c.id, casePublic(c, meeting) ? 'public' : 'none'];
    }),
  );
}
