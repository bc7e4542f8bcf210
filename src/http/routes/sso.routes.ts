import { z } from 'zod';
import { SsoRefused } from '../../auth/index.js';
import { notFound } from '../../errors/index.js';
import type { Router } from '../route.js';
import { roleSchema, tenantParams } from '../schemas.js';
import type { Services } from '../services.js';
import { tenantChoiceSchema, toUserView } from './auth.routes.js';

const settingsSchema = z.object({
  issuer: z.string(),
  clientId: z.string(),
  emailDomain: z.string(),
  provisionRole: roleSchema.nullable(),
  enabled: z.boolean(),
  hasClientSecret: z.literal(true),
});

/** OpenID Connect single sign-on: per-tenant settings and the browser's sign-in round trip. */
export function registerSsoRoutes(router: Router, { auth, sso, limits }: Services) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/sso',
      summary:
        'The tenant’s single sign-on (OpenID Connect) settings; the client secret is never shown',
      tag: 'Governance',
      security: 'staff',
      permission: 'security.manage',
      params: tenantParams,
      response: z.object({ sso: settingsSchema.nullable() }),
    },
    async ({ params }) => ({ sso: await sso.settings(params.tenantId) }),
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/sso',
      summary: 'Set the tenant’s OpenID Connect provider',
      description:
        'The issuer must be https (http only on the loopback interface). The client secret is stored encrypted; leave it out to keep the stored one. `provisionRole` null lets in only people who already have a membership; a role creates the membership at their first sign-in. The provider must allow `{console}/api/v1/auth/sso/callback` as a redirect URI.',
      tag: 'Governance',
      security: 'staff',
      permission: 'security.manage',
      params: tenantParams,
      body: z.object({
        issuer: z.string().trim().min(1).max(500),
        clientId: z.string().trim().min(1).max(300),
        clientSecret: z.string().min(1).max(1000).optional(),
        emailDomain: z.string().trim().min(1).max(253),
        provisionRole: roleSchema.nullable(),
        enabled: z.boolean(),
      }),
      response: settingsSchema,
    },
    async ({ params, body }) => sso.saveSettings(params.tenantId, body),
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/sso/start',
      summary: 'Start a single sign-on: the identity provider’s URL for the browser to open',
      description:
        'By workspace (`tenantId`) or by the email address’s domain. 404 when no workspace offers single sign-on for it. Limited per client address: 429 with `Retry-After` when exceeded.',
      tag: 'Staff',
      security: 'none',
      body: z
        .object({
          email: z.string().trim().email().max(320).optional(),
          tenantId: z.string().min(1).max(100).optional(),
        })
        .refine((b) => b.email !== undefined || b.tenantId !== undefined, {
          message: 'Give an email or a tenantId',
        }),
      response: z.object({ authorizationUrl: z.string() }),
    },
    async ({ body, request }) => {
      await limits.ssoStart({ address: request.ip });
      return sso.start({
        ...body,
        redirectUri: sso.redirectUri(`${request.protocol}://${request.host}`),
      });
    },
  );

  router.open(
    {
      method: 'GET',
      url: '/api/v1/auth/sso/callback',
      summary: 'Where the identity provider sends the browser back (redirects to the console)',
      description:
        'Redirects to `/console/?sso={ticket}` (exchange it with `POST /api/v1/auth/sso/complete`), or to `/console/?ssoError={code}` when the sign-in is refused: unknown state, a code or ID token that does not check out (issuer, nonce, audience, signature), an unverified email, another domain, or no membership.',
      tag: 'Staff',
      security: 'none',
      query: z.record(z.string(), z.string().max(4000)),
      status: 302,
      response: z.string(),
    },
    async ({ query, reply }) => {
      let target: string;
      try {
        const { ticket } = await sso.callback(query);
        target = `/console/?sso=${encodeURIComponent(ticket)}`;
      } catch (error) {
        if (!(error instanceof SsoRefused)) throw error;
        target = `/console/?ssoError=${error.code}`;
      }
      reply.header('location', target).header('cache-control', 'no-store');
      return 'Redirecting to the console';
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/auth/sso/complete',
      summary: 'Exchange the single-use ticket of a single sign-on for a session',
      description:
        'Answers like `POST /api/v1/auth/login`: with TOTP on, `{mfaRequired: true, ticket}` for the second step.',
      tag: 'Staff',
      security: 'none',
      body: z.object({ ticket: z.string().min(1).max(200) }),
      response: z.union([
        z.object({
          token: z.string(),
          user: z.object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            role: z.string(),
            tenantId: z.string().nullable(),
            status: z.enum(['online', 'away', 'offline']),
          }),
          tenants: z.array(tenantChoiceSchema),
        }),
        z.object({ mfaRequired: z.literal(true), ticket: z.string() }),
      ]),
    },
    async ({ body, request }) => {
      const result = await auth.loginWithSsoTicket({
        ticket: body.ticket,
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      if (result.mfaRequired) return { mfaRequired: true as const, ticket: result.ticket };
      if (!result.token) throw notFound('Session');
      return { token: result.token, user: toUserView(result.user), tenants: result.tenants };
    },
  );
}
