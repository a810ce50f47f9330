import type { Role } from '../config/env.ts';
import type { Actor } from '../core/actor.ts';

/** Every permission in one table, so who-may-do-what is read in one place. */
const grants = {
  'audit.read': ['admin'],
  'users.manage': ['admin'],
  'secretariat.dashboard': ['admin'],
  'portal.use': ['admin', 'chair', 'member', 'observer'],
  'actor.report': ['actor'],
  'strategy.edit': ['admin'],
  'monitor.edit': ['admin'],
  'meetings.manage': ['admin'],
  'meetings.readCouncil': ['admin', 'chair', 'member', 'observer'],
  'impartiality.declare': ['chair', 'member', 'observer'],
  // Observers attend without a seat on the council, so proposing cases is for appointed members.
  'proposals.submit': ['chair', 'member'],
  'proposals.read': ['admin', 'chair'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof grants;

export function can(actor: Actor, permission: Permission): boolean {
  if (actor.kind === 'system') return true;
  if (actor.kind !== 'user') return false;
  return (grants[permission] as readonly Role[]).includes(actor.role);
}
