import { z } from 'zod';
import { authorize } from '../../auth/index.js';
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
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/users',
      summary: 'Create a user in a tenant (owner or the tenant’s admin)',
      description:
        'An email that already belongs to a person makes them a member of this tenant too (one person, one login, a role per tenant); their own password is kept. The answer is the same either way.',
      tag: 'Staff',
      security: 'staff',
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
      params: tenantParams,
      response: z.object({
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
    async ({ principal, params }) => {
      authorize(principal, 'conversation.assign_others', params.tenantId);
      const list = await users.listUsers(params.tenantId);
      return {
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
