import type { Role } from '../config/env.ts';
import type { MeetingState } from './schema.ts';

/**
 * A meeting's life as data: which state may follow which, and who may move it. The order is the one in
 * the working form: the notice goes out, the meeting is held, the minutes are drafted and sent for
 * comments, and the next meeting approves them.
 */
export const meetingWorkflow: Record<MeetingState, { next: readonly MeetingState[]; by: readonly Role[]; public: boolean }> = {
  planned: { next: ['notice-sent'], by: ['admin'], public: true },
  'notice-sent': { next: ['held', 'planned'], by: ['admin'], public: true },
  held: { next: ['minutes-in-review'], by: ['admin'], public: true },
  'minutes-in-review': { next: ['minutes-approved', 'held'], by: ['admin'], public: true },
  'minutes-approved': { next: [], by: [], public: true },
};

/** Whether a meeting may go from one state to another, and whether this role may do it. */
export function canTransition(from: MeetingState, to: MeetingState, role: Role | 'system'): boolean {
  const step = meetingWorkflow[from];
  if (!step.next.includes(to)) return false;
  return role === 'system' || step.by.includes(role);
}
