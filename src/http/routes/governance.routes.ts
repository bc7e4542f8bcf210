import { z } from 'zod';
import { authorize, isAddressAllowed } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import type { Router } from '../route.js';
import { tenantParams } from '../schemas.js';
import type { Services } from '../services.js';

const isoTime = z.iso.datetime({ offset: true });

/** Audit log, per-tenant security settings, and a contact's export and erasure. */
export function registerGovernanceRoutes(router: Router, { audit, accounts, privacy }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/audit',
      summary: 'The tenant’s audit log, newest first (admin)',
      description:
        'Every staff change and every read of a contact’s personal data. Each entry’s `hash` is SHA-256 over its fields and `prevHash`, the hash of the entry before it.',
      tag: 'Governance',
      security: 'staff',
      permission: 'audit.read',
      params: tenantParams,
      query: z.object({
        from: isoTime.optional(),
        to: isoTime.optional(),
        limit: z.coerce.number().int().min(1).max(5000).optional(),
      }),
      response: z.object({
        entries: z.array(
          z.object({
            id: z.string(),
            at: z.string(),
            actorId: z.string().nullable(),
            action: z.string(),
            target: z.string().nullable(),
            detail: z.record(z.string(), z.unknown()),
            prevHash: z.string(),
            hash: z.string(),
          }),
        ),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'audit.read', params.tenantId);
      const toIso = (v: string | undefined) => (v ? new Date(v).toISOString() : undefined);
      return {
        entries: await audit.list(params.tenantId, {
          from: toIso(query.from),
          to: toIso(query.to),
          limit: query.limit,
        }),
      };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/audit/verify',
      summary: 'Check the audit log’s hash chain; `brokenAt` is the first entry that fails (admin)',
      tag: 'Governance',
      security: 'staff',
      permission: 'audit.read',
      params: tenantParams,
      response: z.object({ ok: z.boolean(), brokenAt: z.string().optional(), checked: z.number() }),
      audit: false,
    },
    async ({ principal, params }) => {
      authorize(principal, 'audit.read', params.tenantId);
      return audit.verify(params.tenantId);
    },
  );

  const securitySchema = z.object({
    requireTotp: z.boolean(),
    ipAllowlist: z.array(z.string()),
    retentionDays: z.number().nullable(),
    suspended: z.boolean(),
    maskPiiForAgents: z.boolean(),
  });
  const cidr = z
    .string()
    .trim()
    .max(60)
    .refine((v) => z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]).safeParse(v).success, {
      message: 'must be an IP address or CIDR range',
    });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/security',
      summary: 'The tenant’s security settings (admin)',
      tag: 'Governance',
      security: 'staff',
      permission: 'security.manage',
      params: tenantParams,
      response: securitySchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'security.manage', params.tenantId);
      const s = await accounts.tenantSecurity(params.tenantId);
      return { ...s, suspended: s.suspendedAt !== null };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/security',
      summary:
        'Require TOTP, restrict staff to addresses, mask personal data for agents, retention',
      description:
        'An admin may change `requireTotp`, `ipAllowlist` and `retentionDays`; only the owner suspends a tenant. An allow-list that would shut out the admin saving it is refused.',
      tag: 'Governance',
      security: 'staff',
      permission: 'security.manage',
      params: tenantParams,
      body: z.object({
        requireTotp: z.boolean().optional(),
        ipAllowlist: z.array(cidr).max(100).optional(),
        retentionDays: z.number().int().min(1).max(3650).nullable().optional(),
        suspended: z.boolean().optional(),
        maskPiiForAgents: z.boolean().optional(),
      }),
      response: securitySchema,
    },
    async ({ principal, params, body, request }) => {
      authorize(principal, 'security.manage', params.tenantId);
      if (body.suspended !== undefined && principal.role !== 'owner') {
        throw new AppError('forbidden', 'Only the installation owner suspends a tenant');
      }
      if (
        body.ipAllowlist &&
        principal.role !== 'owner' &&
        !isAddressAllowed(request.ip, body.ipAllowlist)
      ) {
        throw new AppError('validation_failed', 'The allow-list must include your own address');
      }
      if (
        body.requireTotp &&
        principal.role !== 'owner' &&
        !(await accounts.totpStatus(principal.userId)).enabled
      ) {
        throw new AppError(
          'validation_failed',
          'Turn on two-factor authentication for yourself before requiring it',
        );
      }
      const { suspended, ...rest } = body;
      const saved = await accounts.saveTenantSecurity(params.tenantId, {
        ...(rest.requireTotp !== undefined ? { requireTotp: rest.requireTotp } : {}),
        ...(rest.ipAllowlist ? { ipAllowlist: rest.ipAllowlist } : {}),
        ...(rest.retentionDays !== undefined ? { retentionDays: rest.retentionDays } : {}),
        ...(rest.maskPiiForAgents !== undefined ? { maskPiiForAgents: rest.maskPiiForAgents } : {}),
        ...(suspended !== undefined
          ? { suspendedAt: suspended ? new Date().toISOString() : null }
          : {}),
      });
      return { ...saved, suspended: saved.suspendedAt !== null };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/owner/usage',
      summary:
        'Each tenant’s use of a month for billing: conversations, messages, bot-contained, seats (owner)',
      description:
        '`month` is `YYYY-MM` (UTC), this month when absent. Seats are the people who can sign in now.',
      tag: 'Governance',
      security: 'staff',
      permission: 'tenant.create',
      query: z.object({
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be YYYY-MM')
          .optional(),
      }),
      response: z.object({
        month: z.string(),
        from: z.string(),
        to: z.string(),
        tenants: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            suspended: z.boolean(),
            conversations: z.number(),
            messages: z.number(),
            botContained: z.number(),
            seats: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, query }) => {
      authorize(principal, 'tenant.create');
      return accounts.monthlyUsage(query.month ?? new Date().toISOString().slice(0, 7));
    },
  );

  const contactParams = tenantParams.extend({ id: z.string().min(1).max(100) });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/contacts/:id/export',
      summary:
        'Everything held about a contact: profile, conversations, messages, notes, files (admin)',
      tag: 'Governance',
      security: 'staff',
      permission: 'contact.export',
      params: contactParams,
      response: z.object({
        contact: z.record(z.string(), z.unknown()),
        conversations: z.array(z.record(z.string(), z.unknown())),
        callbacks: z.array(z.record(z.string(), z.unknown())).describe('Callback requests'),
      }),
      audit: false,
    },
    async ({ principal, params }) => {
      authorize(principal, 'contact.export', params.tenantId);
      return privacy.exportContact(params.tenantId, params.id, principal.userId);
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/contacts/:id',
      summary: 'Erase a contact and everything held about them; answers a receipt (admin)',
      description:
        'Messages, names, addresses, notes, attachments and raw channel events go. On SQLite the rows are overwritten with zeros and the write-ahead log truncated; on PostgreSQL the rows are deleted and the space is reclaimed by VACUUM (the receipt says so).',
      tag: 'Governance',
      security: 'staff',
      permission: 'contact.erase',
      params: contactParams,
      response: z.object({
        erased: z.literal(true),
        receipt: z.object({
          id: z.string(),
          tenantId: z.string(),
          contactId: z.string(),
          erasedAt: z.string(),
          deleted: z.record(z.string(), z.number()),
          storage: z.string(),
          auditHash: z.string(),
        }),
      }),
      audit: false,
    },
    async ({ principal, params }) => {
      authorize(principal, 'contact.erase', params.tenantId);
      const receipt = await privacy.eraseContact(params.tenantId, params.id, principal.userId);
      return { erased: true as const, receipt };
    },
  );
}
