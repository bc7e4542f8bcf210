import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import { roleSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

export function registerTenantRoutes(router: Router, { tenants, users, accounts }: Services) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants',
      summary: 'Create a tenant (installation owner)',
      tag: 'Staff',
      security: 'staff',
      permission: 'tenant.create',
      body: z.object({ name: textSchema(200) }),
      response: z.object({ id: z.string(), name: z.string(), widgetKey: z.string() }),
      status: 201,
    },
    async ({ principal, body }) => {
      authorize(principal, 'tenant.create');
      const tenant = await tenants.createTenant({ name: body.name });
      return { id: tenant.id, name: tenant.name, widgetKey: tenant.widgetKey };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants',
      summary: 'List the tenants (installation owner)',
      tag: 'Staff',
      security: 'staff',
      permission: 'tenant.create',
      query: pageQuery,
      response: z.object({
        tenants: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            widgetKey: z.string(),
            createdAt: z.string(),
          }),
        ),
        nextCursor: nextCursorSchema,
      }),
    },
    async ({ principal, query }) => {
      authorize(principal, 'tenant.create');
      const page = pageFrom(query, 100);
      const { items, nextCursor } = pageOf(await tenants.listTenants(fetchPage(page)), page);
      return {
        tenants: items.map((t) => ({
          id: t.id,
          name: t.name,
          widgetKey: t.widgetKey,
          createdAt: t.createdAt,
        })),
        nextCursor,
      };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/users',
      summary: 'Create a user in a tenant (owner or the tenant’s admin)',
      description:
        'An email that already belongs to a person makes them a member of this tenant too (one person, one login, a role per tenant); their own password is kept. The answer is the same either way.',
      tag: 'Staff',
      security: 'staff',
      permission: 'user.create',
      params: tenantParams,
      body: z.object({
        email: z.email().max(320),
        password: z.string().min(8, 'must be at least 8 characters').max(1024),
        name: textSchema(200),
        role: roleSchema,
        languages: z
          .array(z.enum(['ja', 'en', 'ko', 'zh']))
          .max(10)
          .optional(),
        skills: z.array(textSchema(50)).max(50).optional(),
        maxConcurrent: z.number().int().min(1).max(100).optional(),
      }),
      response: z.object({ id: z.string() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'user.create', params.tenantId);
      await tenants.getTenant(params.tenantId);
      const added = await accounts.addMember({ ...body, tenantId: params.tenantId });
      return { id: added.id };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/users',
      summary: 'List the tenant’s users with their presence',
      tag: 'Staff',
      security: 'staff',
      permission: 'conversation.assign_others',
      params: tenantParams,
      query: pageQuery,
      response: z.object({
        nextCursor: nextCursorSchema,
        users: z.array(
          z.object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            role: z.string(),
            status: z.string(),
            languages: z.array(z.string()),
            maxConcurrent: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.assign_others', params.tenantId);
      const page = pageFrom(query, 200);
      const { items: list, nextCursor } = pageOf(
        await users.listUsers(params.tenantId, fetchPage(page)),
        page,
      );
      return {
        nextCursor,
        users: list.map((u) => ({
          id: u.id,
          email: u.email,
          name: u.name,
          role: u.role,
          status: u.status,
          languages: u.languages,
          maxConcurrent: u.maxConcurrent,
        })),
      };
    },
  );
}
