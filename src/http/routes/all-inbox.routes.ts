import { z } from 'zod';
import { can } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import { maskDeep } from '../../privacy/index.js';
import type { Router } from '../route.js';
import type { Services } from '../services.js';
import { inboxItem } from './inbox.routes.js';

/** One inbox for a person who works for several tenants (an outsourcer's operator). */
export function registerAllInboxRoutes(router: Router, { auth, inbox }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/inbox',
      summary:
        'One inbox across every tenant the person works in, each conversation with its client',
      description:
        'Each tenant is read as the person’s role there, under its own rules: a tenant whose IP allow-list or TOTP requirement refuses the request is left out and named in `skipped`; personal data is masked where their role may not read it. Newest activity first.',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      query: z.object({
        view: z.enum(['mine', 'queued', 'all']).optional().default('mine'),
        limit: z.coerce.number().int().min(1).max(200).optional().default(50),
      }),
      response: z.object({
        conversations: z.array(inboxItem.extend({ tenantId: z.string(), tenantName: z.string() })),
        skipped: z.array(z.object({ tenantId: z.string(), code: z.string() })),
      }),
    },
    async ({ principal, token, query, request }) => {
      const tenants = principal.role === 'owner' ? [] : await auth.tenantsOf(principal.userId);
      const skipped: { tenantId: string; code: string }[] = [];
      const lists = await Promise.all(
        tenants.map(async (tenant) => {
          let member: typeof principal;
          try {
            member = await auth.authenticate(token, { tenantId: tenant.id, address: request.ip });
          } catch (error) {
            if (!(error instanceof AppError)) throw error;
            skipped.push({ tenantId: tenant.id, code: error.code });
            return [];
          }
          if (member.tenantId !== tenant.id || !can(member, 'conversation.read')) return [];
          const filter =
            query.view === 'mine'
              ? { status: 'assigned' as const, assigneeId: member.userId }
              : query.view === 'queued'
                ? { status: 'queued' as const }
                : {};
          const rows = await inbox.list(tenant.id, member.userId, {
            ...filter,
            limit: query.limit,
          });
          const shown = member.isPiiMasked ? (maskDeep(rows) as typeof rows) : rows;
          return shown.map((r) => ({ ...r, tenantId: tenant.id, tenantName: tenant.name }));
        }),
      );
      const conversations = lists
        .flat()
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
        .slice(0, query.limit);
      return { conversations, skipped };
    },
  );
}
