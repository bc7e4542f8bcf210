import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import { type ConfirmLanguage, renderConfirmPage } from '../../channels/index.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams } from '../schemas.js';
import type { Services } from '../services.js';
import { baseUrlOf, verificationSchema } from './channel.routes.js';

const identitySecretSchema = z.object({
  secret: z
    .string()
    .describe(
      'Your server signs a logged-in customer’s id (and email) with it: HMAC-SHA256, hex, passed to the widget as `userHash` / `emailHash`',
    ),
  rotatedAt: z.string(),
});

/** Customer identity secrets and proof of email channel addresses. */
export function registerTrustRoutes(
  router: Router,
  { channels, limits }: Services,
  options: { publicUrl?: string | undefined } = {},
) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/identity-secret',
      summary: 'The secret that signs customer identities for the widget (created on first use)',
      tag: 'Channels',
      security: 'staff',
      permission: 'channel.manage',
      params: tenantParams,
      response: identitySecretSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'channel.manage', params.tenantId);
      return channels.trust.identitySecret(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/identity-secret/rotate',
      summary: 'Replace the identity secret: signatures made with the old one stop counting',
      tag: 'Channels',
      security: 'staff',
      permission: 'channel.manage',
      params: tenantParams,
      response: identitySecretSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'channel.manage', params.tenantId);
      return channels.trust.rotateIdentitySecret(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/channels/:id/verify',
      summary: 'Prove an email channel’s address: check its DNS TXT record, or mail a link to it',
      description:
        '`dns`: looks up `tsunagi-verification=<token>` on the domain now (409 when not found yet). `mail`: sends a confirmation link to the address (through SMTP_URL); following it proves the address.',
      tag: 'Channels',
      security: 'staff',
      permission: 'channel.manage',
      params: z.object({ tenantId: idSchema, id: idSchema }),
      body: z.object({ method: z.enum(['dns', 'mail']) }),
      response: z.object({ verification: verificationSchema }),
    },
    async ({ principal, params, body, request }) => {
      authorize(principal, 'channel.manage', params.tenantId);
      const verification =
        body.method === 'dns'
          ? await channels.trust.verifyByDns(params.tenantId, params.id)
          : await channels.trust.sendAddressConfirmation(
              params.tenantId,
              params.id,
              baseUrlOf(request, options.publicUrl),
            );
      return { verification };
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/channels/confirm-address',
      summary: 'Confirm an email channel’s address (the token from the confirmation mail)',
      tag: 'Channels',
      security: 'none',
      body: z.object({ token: z.string().min(1).max(2000) }),
      response: z.object({ address: z.string() }),
    },
    async ({ body, request }) => {
      await limits.form({ widgetKey: '-', address: request.ip });
      return channels.trust.confirmAddress(body.token);
    },
  );
}

const languageOf = (request: FastifyRequest): ConfirmLanguage => {
  const asked = (request.query as { lang?: unknown }).lang;
  if (asked === 'ja' || asked === 'en') return asked;
  return /^\s*en\b/i.test(String(request.headers['accept-language'] ?? '')) ? 'en' : 'ja';
};

/** The pages confirmation links open (a button posts the token: opening changes nothing). */
export function registerConfirmPages(app: FastifyInstance) {
  for (const kind of ['form', 'address'] as const) {
    app.get(`/confirm/${kind}`, async (request, reply) => {
      const token = String((request.query as { token?: unknown }).token ?? '').slice(0, 2000);
      const nonce = randomBytes(16).toString('base64');
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .header(
          'content-security-policy',
          `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'`,
        );
      return renderConfirmPage({ kind, language: languageOf(request), token, nonce });
    });
  }
}
