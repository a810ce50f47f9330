import type { Role } from '../config/env.ts';

/** Who is doing something: a signed-in user, the system itself (seed, jobs, command line) or the public. */
export type Actor =
  | { kind: 'user'; userId: string; role: Role; name: string }
  | { kind: 'system'; label: string }
  | { kind: 'anonymous' };

export const anonymous: Actor = { kind: 'anonymous' };

export function systemActor(label: string): Actor {
  return { kind: 'system', label };
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && roles.includes(actor.role));
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'user') return actor.name;
  if (actor.kind === 'system') return `system:${actor.label}`;
  return 'anonymous';
}
