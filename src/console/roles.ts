import type { Role } from '../store/tables/console.js';

export type { Role };

export const ROLES = ['owner', 'agent', 'viewer'] as const satisfies readonly Role[];

/**
 * What a role may do. Viewers read; agents also act on shipments and the attention queue;
 * owners also change settings, keys, webhooks and people.
 */
export type Permission = 'view' | 'act' | 'manage';

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  owner: new Set(['view', 'act', 'manage']),
  agent: new Set(['view', 'act']),
  viewer: new Set(['view']),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].has(permission);
}
