import { AppError, notFound } from '../errors/index.js';
import type { Principal, Role } from '../users/index.js';

/** Who may do what, in one place. Ordered from most to least privileged within a tenant. */
export const permissions = {
  'tenant.create': ['owner'],
  'user.create': ['owner', 'admin'],
  'knowledge.manage': ['owner', 'admin'],
  'nlu.parse': ['owner', 'admin', 'supervisor', 'agent'],
  'conversation.read': ['owner', 'admin', 'supervisor', 'agent'],
  'conversation.work': ['owner', 'admin', 'supervisor', 'agent'],
  'conversation.assign_others': ['owner', 'admin', 'supervisor'],
  'presence.set': ['owner', 'admin', 'supervisor', 'agent', 'annotator'],
  'routing.manage': ['owner', 'admin'],
  'channel.manage': ['owner', 'admin'],
  'call.upload': ['owner', 'admin', 'supervisor', 'agent'],
  /** Every operator's calls; an agent reads only the calls credited to them. */
  'call.read_all': ['owner', 'admin', 'supervisor'],
  'qa.manage': ['owner', 'admin'],
  'qa.review': ['owner', 'admin', 'supervisor'],
  'workforce.read': ['owner', 'admin', 'supervisor'],
  'analytics.read': ['owner', 'admin', 'supervisor'],
  'analytics.manage': ['owner', 'admin'],
  /** Unmasked card numbers, My Numbers, phone numbers and email addresses. */
  'pii.read': ['owner', 'admin', 'supervisor', 'agent'],
  'audit.read': ['owner', 'admin'],
  'user.manage': ['owner', 'admin'],
  'contact.export': ['owner', 'admin'],
  'contact.erase': ['owner', 'admin'],
  'security.manage': ['owner', 'admin'],
  /** API tokens, webhooks and proactive-message rules. */
  'integration.manage': ['owner', 'admin'],
  /** Events from a client's systems that may message its customers. */
  'events.send': ['owner', 'admin'],
  /** The contact list and a contact's record (personal fields masked without `pii.read`). */
  'contact.read': ['owner', 'admin', 'supervisor', 'agent'],
  /** Editing, merging and importing contacts; custom attribute definitions. */
  'contact.manage': ['owner', 'admin', 'supervisor'],
  /** Teams and operators' weekly schedules. */
  'workforce.manage': ['owner', 'admin', 'supervisor'],
  /** Outsourcers: groups of tenants with roles held across the group. */
  'outsourcer.manage': ['owner'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/** What an API token may be granted. */
export const apiScopes = [
  'conversations:read',
  'conversations:write',
  'contacts:read',
  'contacts:write',
  'faqs:write',
  'analytics:read',
  'events:write',
] as const;
export type ApiScope = (typeof apiScopes)[number];

/**
 * The scope an API token needs for each permission. A permission not listed is never
 * granted to a token, whatever its scopes (managing tokens and webhooks, users, routing…).
 */
export const scopeOf: Partial<Record<Permission, ApiScope>> = {
  'conversation.read': 'conversations:read',
  'conversation.work': 'conversations:write',
  'conversation.assign_others': 'conversations:write',
  'knowledge.manage': 'faqs:write',
  'events.send': 'events:write',
  'analytics.read': 'analytics:read',
  'contact.export': 'contacts:read',
  'contact.erase': 'contacts:write',
  'contact.read': 'contacts:read',
  'contact.manage': 'contacts:write',
};

export const can = (principal: Principal, permission: Permission): boolean => {
  if (principal.scopes) {
    const scope = scopeOf[permission];
    return scope !== undefined && principal.scopes.includes(scope);
  }
  return (permissions[permission] as readonly Role[]).includes(principal.role);
};

/**
 * Checks the principal may act on this tenant with this permission. A foreign tenant is
 * reported as not found, never as forbidden, so ids of other tenants leak nothing.
 */
export function authorize(principal: Principal, permission: Permission, tenantId?: string): void {
  if (tenantId !== undefined && principal.role !== 'owner' && principal.tenantId !== tenantId) {
    throw notFound('Tenant');
  }
  if (!can(principal, permission)) {
    throw new AppError(
      'forbidden',
      principal.scopes
        ? `This API token's scopes do not allow this action${scopeOf[permission] ? ` (needs ${scopeOf[permission]})` : ''}`
        : 'Your role does not allow this action',
    );
  }
}
