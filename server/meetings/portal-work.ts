import { can } from '../auth/policy.ts';
import type { Actor } from '../core/actor.ts';
import type { Queryable } from '../db/types.ts';
import { referenceGroupCasesOf } from './reference-groups.ts';

/** What the member's portal shows of their own work on cases: whether they may propose, and their reference groups. */
export async function councilWork(db: Queryable, actor: Actor, memberId: string) {
  return { mayPropose: can(actor, 'proposals.submit'), referenceCases: await referenceGroupCasesOf(db, memberId) };
}

export type CouncilWork = Awaited<ReturnType<typeof councilWork>>;
