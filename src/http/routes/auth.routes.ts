import { z } from 'zod';
import type { Router } from '../route.js';
import { roleSchema } from '../schemas.js';
import type { Services } from '../services.js';

const userSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.union([roleSchema, z.literal('owner')]),
  tenantId: z.string().nullable(),
  status: z.enum(['online', 'away', 'offline']),
});

const toUserView = (u: z.input<typeof userSchema>) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  tenantId: u.tenantId,
  status: u.status,
});

export function registerAuthRoutes(router: Router, { auth, users }: Services) {
  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/login',
      summary: 'Log in with email and password',
      description: 'Repeated wrong passwords for one account or address are throttled with 429.',
      tag: 'Staff',
      security: 'none',
      body: z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) }),
      response: z.object({ token: z.string(), user: userSchema }),
    },
    async ({ body, request }) => {
      const { token, user } = await auth.login({ ...body, address: request.ip });
      return { token, user: toUserView(user) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/auth/logout',
      summary: 'Revoke the current token',
      tag: 'Staff',
      security: 'staff',
      response: z.object({ ok: z.literal(true) }),
    },
    async ({ token, principal }) => {
      await auth.logout(token, principal);
      return { ok: true as const };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/auth/me',
      summary: 'The logged-in user',
      tag: 'Staff',
      security: 'staff',
      response: z.object({ user: userSchema }),
    },
    async ({ principal }) => ({ user: toUserView(await users.getUser(principal.userId)) }),
  );
}
