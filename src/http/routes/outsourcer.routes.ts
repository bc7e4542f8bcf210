import { z } from 'zod';
import type { Router } from '../route.js';
import { idSchema, roleSchema } from '../schemas.js';
import type { Services } from '../services.js';

const outsourcerSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    tenantIds: z.array(z.string()),
    members: z.array(
      z.object({ userId: z.string(), email: z.string(), name: z.string(), role: roleSchema }),
    ),
    createdAt: z.string(),
  })
  .meta({ id: 'Outsourcer' });
const nameSchema = z.string().trim().min(1).max(200);
const tenantIdsSchema = z.array(idSchema).max(1000);
const params = z.object({ id: idSchema });

/** The owner's outsourcers: groups of tenants with roles held across the group. */
export function registerOutsourcerRoutes(router: Router, { outsourcers }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/outsourcers',
      summary: 'Outsourcers: groups of client tenants and the people with a role across each',
      tag: 'Owner',
      security: 'staff',
      permission: 'outsourcer.manage',
      response: z.object({ outsourcers: z.array(outsourcerSchema) }),
    },
    async () => ({ outsourcers: await outsourcers.list() }),
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/outsourcers',
      summary: 'Create an outsourcer over a set of tenants',
      tag: 'Owner',
      security: 'staff',
      permission: 'outsourcer.manage',
      body: z.object({ name: nameSchema, tenantIds: tenantIdsSchema }),
      status: 201,
      response: outsourcerSchema,
    },
    async ({ body }) => outsourcers.create(body),
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/outsourcers/:id',
      summary: 'Rename an outsourcer or set its tenants',
      description:
        'Its members’ group-wide roles follow at once: a tenant taken out is closed to them (their live sockets are ended).',
      tag: 'Owner',
      security: 'staff',
      permission: 'outsourcer.manage',
      params,
      body: z.object({ name: nameSchema.optional(), tenantIds: tenantIdsSchema.optional() }),
      response: outsourcerSchema,
    },
    async ({ params: p, body }) => outsourcers.update(p.id, body),
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/outsourcers/:id/members',
      summary: 'Give a person a role in every tenant of the outsourcer',
      description:
        'The person must already have an account. Where they also have a membership of their own in a tenant, that membership decides.',
      tag: 'Owner',
      security: 'staff',
      permission: 'outsourcer.manage',
      params,
      body: z.object({ email: z.string().trim().email().max(320), role: roleSchema }),
      response: outsourcerSchema,
    },
    async ({ params: p, body }) => outsourcers.setMember(p.id, body),
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/outsourcers/:id/members/:userId',
      summary: 'Take a person’s group-wide role away',
      tag: 'Owner',
      security: 'staff',
      permission: 'outsourcer.manage',
      params: z.object({ id: idSchema, userId: idSchema }),
      response: outsourcerSchema,
    },
    async ({ params: p }) => outsourcers.removeMember(p.id, p.userId),
  );
}
