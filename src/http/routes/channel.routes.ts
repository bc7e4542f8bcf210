import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authorize } from '../../auth/index.js';
import { type FormLanguage, renderFormPage } from '../../channels/index.js';
import { AppError } from '../../errors/index.js';
import type { Router } from '../route.js';
import {
  conversationParams,
  idSchema,
  messageSchema,
  tenantParams,
  textSchema,
} from '../schemas.js';
import type { Services } from '../services.js';
import { replyAsAgent } from './agent-reply.js';

const manageChannels = 'channel.manage' as const;

const apiBaseSchema = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .describe('Base URL of the platform API (for a proxy or a test stand-in)');

const createChannelBody = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('email'),
    address: z
      .email()
      .max(254)
      .refine(
        (a) => !a.split('@')[0]?.includes('+'),
        'must not contain "+" (used for reply tokens)',
      ),
  }),
  z.object({
    type: z.literal('line'),
    channelSecret: z.string().min(1).max(200),
    channelAccessToken: z.string().min(1).max(1000),
    apiBase: apiBaseSchema.optional(),
  }),
  z.object({
    type: z.literal('telegram'),
    botToken: z.string().regex(/^\d{1,20}:[\w-]{20,100}$/, 'must look like 123456:ABC-…'),
    secretToken: z
      .string()
      .regex(/^[\w-]{1,256}$/, 'letters, digits, _ and - only (Telegram’s rule)')
      .optional(),
    apiBase: apiBaseSchema.optional(),
  }),
]);

export const verificationSchema = z
  .object({
    status: z
      .enum(['verified', 'pending'])
      .describe('An email address takes mail only once verified'),
    method: z.enum(['dns', 'mail', 'installation']).nullable(),
    verifiedAt: z.string().nullable(),
    dnsRecord: z
      .object({ name: z.string(), type: z.literal('TXT'), value: z.string() })
      .nullable()
      .describe('Publish this TXT record on the domain, then ask for a DNS check'),
  })
  .meta({ id: 'ChannelVerification' });

const channelSchema = z
  .object({
    id: z.string(),
    type: z.enum(['email', 'line', 'telegram']),
    address: z.string().nullable(),
    webhookUrl: z.string().nullable().describe('Where the platform must send its webhooks'),
    apiBase: z.string().nullable(),
    groups: z
      .enum(['conversation', 'ignore'])
      .nullable()
      .describe('LINE: a group or room chat is its own conversation, or ignored'),
    createdAt: z.string(),
    verification: verificationSchema,
  })
  .meta({ id: 'Channel' });

const settingsSchema = z.object({
  transcriptOnResolve: z
    .boolean()
    .describe('Email the transcript to the contact when a conversation is resolved'),
});

/** Absolute webhook URLs: PUBLIC_URL when set, else the address the admin reached us at. */
const absoluteUrl = (request: FastifyRequest, path: string | null, publicUrl?: string) => {
  if (!path) return null;
  return `${baseUrlOf(request, publicUrl)}${path}`;
};

/** PUBLIC_URL when set, else the address the caller reached us at (links in mails). */
export const baseUrlOf = (request: FastifyRequest, publicUrl?: string) =>
  (publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/$/, '');

/** A file sent as JSON: base64 keeps one body format for every client and the OpenAPI document. */
const uploadBody = z.object({
  filename: z.string().min(1).max(255),
  contentType: z
    .string()
    .min(1)
    .max(200)
    .describe(
      'image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/csv, .docx or .xlsx',
    ),
  data: z.string().max(7_100_000).describe('The file, base64 (up to 5 MB decoded)'),
});
const uploadBodyLimit = 7_500_000;
const attachmentRef = z.object({ id: z.string(), filename: z.string(), size: z.number() });

/** Serves a stored file only as a download, never rendered by the browser. */
const sendAsDownload = (
  reply: { header: (name: string, value: string) => unknown },
  file: { filename: string },
) => {
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  reply.header('content-type', 'application/octet-stream');
  reply.header(
    'content-disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
  );
  reply.header('x-content-type-options', 'nosniff');
  reply.header('content-security-policy', "default-src 'none'; sandbox");
  reply.header('cache-control', 'private, no-store');
};

export function registerChannelRoutes(
  router: Router,
  { channels, conversations, tenants, limits, users, knowledge }: Services,
  options: { publicUrl?: string | undefined } = {},
) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/channels',
      summary: 'Connect a channel (email address, LINE or Telegram bot)',
      description:
        'Secrets are stored encrypted and never returned. For Telegram without `secretToken`, a generated one is returned once: pass it to setWebhook. An email address takes mail only once its domain is proven (`verification`: a DNS TXT record or a confirmation mail), unless it is on one of the installation’s own domains (MAIL_DOMAINS), where it must be `<tenant id>@domain` or `<tenant id>-<name>@domain`.',
      tag: 'Channels',
      security: 'staff',
      permission: manageChannels,
      params: tenantParams,
      body: createChannelBody,
      response: z.object({
        id: z.string(),
        type: z.enum(['email', 'line', 'telegram']),
        webhookUrl: z.string().optional(),
        address: z.string().optional(),
        secretToken: z.string().optional(),
        verification: verificationSchema,
      }),
      status: 201,
    },
    async ({ principal, params, body, request }) => {
      authorize(principal, manageChannels, params.tenantId);
      if (body.type === 'email') channels.trust.checkNewAddress(params.tenantId, body.address);
      const { channel, secretToken } = await channels.admin.createChannel(params.tenantId, body);
      const verification = await channels.trust.prepareChannel({
        ...channel,
        tenantId: params.tenantId,
        settings: {},
      });
      const webhookUrl = absoluteUrl(request, channel.webhookPath, options.publicUrl);
      return {
        id: channel.id,
        type: channel.type,
        ...(webhookUrl ? { webhookUrl } : {}),
        ...(channel.address ? { address: channel.address } : {}),
        ...(secretToken ? { secretToken } : {}),
        verification,
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/channels',
      summary: 'List the tenant’s channels (without secrets)',
      tag: 'Channels',
      security: 'staff',
      permission: manageChannels,
      params: tenantParams,
      response: z.object({ channels: z.array(channelSchema) }),
    },
    async ({ principal, params, request }) => {
      authorize(principal, manageChannels, params.tenantId);
      const list = await channels.admin.listChannels(params.tenantId);
      const verifications = await channels.trust.verificationsOf(
        params.tenantId,
        list.map((c) => ({ ...c, tenantId: params.tenantId, settings: {} })),
      );
      return {
        channels: list.map(({ webhookPath, ...c }) => ({
          ...c,
          webhookUrl: absoluteUrl(request, webhookPath, options.publicUrl),
          verification: verifications.get(c.id) as z.input<typeof verificationSchema>,
        })),
      };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/channels/:channelId/settings',
      summary: 'Change a channel’s settings',
      description:
        '`groups` (LINE): `conversation` (default) makes each group or room the bot is in its own conversation, answered in that group; `ignore` stores its events but opens nothing. A group is never mixed with a member’s one-to-one chat.',
      tag: 'Channels',
      security: 'staff',
      permission: manageChannels,
      params: z.object({ tenantId: idSchema, channelId: idSchema }),
      body: z.object({ groups: z.enum(['conversation', 'ignore']).optional() }).strict(),
      response: channelSchema,
    },
    async ({ principal, params, body, request }) => {
      authorize(principal, manageChannels, params.tenantId);
      const { webhookPath, ...channel } = await channels.admin.updateChannel(
        params.tenantId,
        params.channelId,
        body,
      );
      const verifications = await channels.trust.verificationsOf(params.tenantId, [
        { ...channel, tenantId: params.tenantId, settings: {} },
      ]);
      return {
        ...channel,
        webhookUrl: absoluteUrl(request, webhookPath, options.publicUrl),
        verification: verifications.get(channel.id) as z.input<typeof verificationSchema>,
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/channel-settings',
      summary: 'The tenant’s channel settings',
      tag: 'Channels',
      security: 'staff',
      permission: manageChannels,
      params: tenantParams,
      response: settingsSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, manageChannels, params.tenantId);
      return channels.admin.getSettings(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/channel-settings',
      summary: 'Change the tenant’s channel settings',
      tag: 'Channels',
      security: 'staff',
      permission: manageChannels,
      params: tenantParams,
      body: settingsSchema,
      response: settingsSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, manageChannels, params.tenantId);
      await tenants.getTenant(params.tenantId);
      await channels.admin.saveSettings(params.tenantId, body);
      return body;
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations/:id/attachments',
      summary: 'Files the customer sent in a conversation (metadata)',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.read',
      params: conversationParams,
      response: z.object({
        attachments: z.array(
          z.object({
            id: z.string(),
            messageId: z.string(),
            filename: z.string(),
            contentType: z.string(),
            size: z.number(),
            createdAt: z.string(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      await conversations.getRaw(params.tenantId, params.id);
      return { attachments: await channels.admin.listAttachments(params.tenantId, params.id) };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/attachments/:id',
      summary: 'Download an attachment (always as a download, never rendered)',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.read',
      params: z.object({ tenantId: idSchema, id: idSchema }),
      response: z.custom<Buffer>().describe('The file’s bytes'),
    },
    async ({ principal, params, reply }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const file = await channels.admin.getAttachment(params.tenantId, params.id);
      sendAsDownload(reply, file);
      return file.content;
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/attachments',
      summary: 'Send the customer a file (web chat and email)',
      description:
        'Posted as an agent reply noting the file (with `text` above it when given); email delivers the file attached, the widget offers it as a download. Up to 5 MB, of the listed types (415 otherwise).',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: uploadBody.extend({
        text: textSchema(5000).optional(),
        clientMessageId: z.string().min(1).max(100).optional(),
      }),
      bodyLimit: uploadBodyLimit,
      response: z.object({ message: messageSchema, attachment: attachmentRef }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const me = await users.findInTenant(params.tenantId, principal.userId);
      if (!me) throw new AppError('forbidden', 'Only members of this tenant can do this');
      const current = await conversations.getRaw(params.tenantId, params.id);
      if (!['web', 'email', 'form'].includes(current.channel)) {
        throw new AppError('validation_failed', `Files cannot be sent on ${current.channel}`);
      }
      const prepared = channels.files.forAgentReply(params.tenantId, params.id, body);
      const { message } = await replyAsAgent({ conversations, knowledge }, principal, me, {
        tenantId: params.tenantId,
        conversationId: params.id,
        text: body.text ? `${body.text}\n${prepared.note}` : prepared.note,
        clientMessageId: body.clientMessageId,
        alsoWrite: prepared.write,
      });
      return {
        message,
        attachment: {
          id: prepared.file.id,
          filename: prepared.file.filename,
          size: prepared.file.content.length,
        },
      };
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/attachments',
      summary: 'Send a file from the chat widget',
      description:
        'Stored with a customer message noting it; staff download it from the console. Up to 5 MB, of the listed types (415 otherwise). A repeated clientMessageId stores the file once.',
      tag: 'Customer',
      security: 'customer',
      params: z.object({ widgetKey: idSchema, id: idSchema }),
      body: uploadBody.extend({ clientMessageId: z.string().min(1).max(100).optional() }),
      bodyLimit: uploadBodyLimit,
      response: z.object({
        message: messageSchema,
        replies: z.array(messageSchema),
        attachment: attachmentRef,
      }),
      status: 201,
    },
    async ({ params, body, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      // A file is a message: the same limits per widget key, address and conversation.
      await limits.message({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      return channels.files.fromCustomer(tenant.id, params.id, body);
    },
  );

  router.customer(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/conversations/:id/attachments',
      summary: 'The files of the customer’s conversation (both ways)',
      tag: 'Customer',
      security: 'customer',
      params: z.object({ widgetKey: idSchema, id: idSchema }),
      response: z.object({
        attachments: z.array(attachmentRef.extend({ messageId: z.string() })),
      }),
    },
    async ({ params, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await limits.read({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      const list = await channels.files.listForCustomer(tenant.id, params.id);
      return {
        attachments: list.map((f) => ({
          id: f.id,
          messageId: f.messageId,
          filename: f.filename,
          size: f.size,
        })),
      };
    },
  );

  router.customer(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/conversations/:id/attachments/:attachmentId',
      summary: 'Download a file of the customer’s conversation (always as a download)',
      tag: 'Customer',
      security: 'customer',
      params: z.object({ widgetKey: idSchema, id: idSchema, attachmentId: idSchema }),
      response: z.custom<Buffer>().describe('The file’s bytes'),
    },
    async ({ params, customerToken, reply, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await limits.read({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      const file = await channels.files.getForCustomer(tenant.id, params.id, params.attachmentId);
      sendAsDownload(reply, file);
      return file.content;
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/links',
      summary: 'Create a personalised, signed, expiring link for a contact',
      description:
        'The token carries tenant, contact, purpose and expiry under an HMAC-SHA256 signature; with `url`, it is added to it as `tsunagi_link`.',
      tag: 'Channels',
      security: 'staff',
      permission: 'conversation.work',
      params: tenantParams,
      body: z.object({
        contactId: idSchema,
        purpose: textSchema(100),
        expiresInSeconds: z
          .number()
          .int()
          .min(60)
          .max(90 * 86_400)
          .default(86_400),
        url: z
          .url({ protocol: /^https?$/ })
          .max(2000)
          .optional(),
      }),
      response: z.object({ token: z.string(), url: z.string().nullable(), expiresAt: z.string() }),
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      return channels.admin.createLink(params.tenantId, body);
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/links/verify',
      summary: 'Verify a personalised link; 401 when forged or expired',
      tag: 'Channels',
      security: 'none',
      body: z.object({ token: z.string().min(1).max(2000) }),
      response: z.object({
        tenantId: z.string(),
        contactId: z.string(),
        purpose: z.string(),
        expiresAt: z.string(),
      }),
    },
    async ({ body, request }) => {
      await limits.read({ widgetKey: '-', address: request.ip });
      return channels.admin.verifyLink(body.token);
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/form',
      summary: 'Send the inquiry form: the address gets a confirmation link first',
      description:
        'Nothing but a confirmation link (in the system’s own words) is mailed to the address until it is followed; then the inquiry reaches the conversation and is answered by email. Rate-limited per widget key, client address and recipient: 429 with `Retry-After`.',
      tag: 'Customer',
      security: 'none',
      params: z.object({ widgetKey: idSchema }),
      body: z.object({
        name: textSchema(200),
        email: z.email().max(320),
        subject: textSchema(300).optional(),
        text: textSchema(10_000),
        language: z.enum(['ja', 'en', 'ko', 'zh']).optional(),
      }),
      response: z.object({
        conversationId: z.string(),
        confirmation: z.literal('sent').describe('A confirmation link was mailed to `email`'),
      }),
      status: 201,
    },
    async ({ params, body, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await limits.form({ widgetKey: tenant.widgetKey, address: request.ip });
      await limits.confirmation({ tenantId: tenant.id, recipient: body.email });
      const { conversationId } = await channels.forms.submit(
        tenant.id,
        body,
        baseUrlOf(request, options.publicUrl),
      );
      return { conversationId, confirmation: 'sent' as const };
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/forms/confirm',
      summary: 'Confirm an inquiry form’s address (the token from the confirmation mail)',
      description: 'Posts the inquiry once; 401 when the token is forged or expired.',
      tag: 'Customer',
      security: 'none',
      body: z.object({ token: z.string().min(1).max(2000) }),
      response: z.object({ conversationId: z.string() }),
    },
    async ({ body, request }) => {
      await limits.form({ widgetKey: '-', address: request.ip });
      return channels.forms.confirm(body.token);
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/transcript',
      summary: 'Email the whole conversation to the customer’s verified address',
      description:
        'Only to the address the conversation has verified (mail from it, an email signed by the tenant’s server, a confirmed form); `email`, when given, must be that address (else 403). Asking again without new messages sends nothing new. Rate-limited per conversation, contact, client address and tenant: 429 with `Retry-After`.',
      tag: 'Customer',
      security: 'customer',
      params: z.object({ widgetKey: idSchema, id: idSchema }),
      body: z
        .object({ email: z.email().max(320).optional() })
        .optional()
        .default({}),
      response: z.object({ queued: z.literal(true), to: z.string() }),
      status: 202,
    },
    async ({ params, body, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      const conversation = await conversations.getRaw(tenant.id, params.id);
      const { to } = await channels.outbound.requestTranscript(tenant.id, params.id, {
        email: body.email,
        key: `requested:${conversation.lastSeq}`,
        beforeQueue: (contactId) =>
          limits.mail({
            tenantId: tenant.id,
            contactId,
            conversationId: params.id,
            address: request.ip,
          }),
      });
      return { queued: true as const, to };
    },
  );
}

const formLanguageOf = (request: FastifyRequest): FormLanguage => {
  const asked = (request.query as { lang?: unknown }).lang;
  if (asked === 'ja' || asked === 'en') return asked;
  const accept = String(request.headers['accept-language'] ?? '');
  return /^\s*ja\b/i.test(accept) || !/^\s*en\b/i.test(accept) ? 'ja' : 'en';
};

/**
 * Webhooks need the raw bytes (signatures are over the body as sent), so they live in their
 * own Fastify context whose parser keeps bodies as buffers. Also the hosted inquiry form.
 */
export async function registerChannelWebhookRoutes(
  app: FastifyInstance,
  makeRouter: (instance: FastifyInstance) => Router,
  { channels, tenants }: Services,
) {
  await app.register(async (scoped) => {
    scoped.removeAllContentTypeParsers();
    scoped.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body: Buffer, done) =>
      done(null, body),
    );
    const router = makeRouter(scoped);
    const rawBody = (request: FastifyRequest) =>
      Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
    const header = (request: FastifyRequest, name: string) => {
      const value = request.headers[name];
      return typeof value === 'string' ? value : undefined;
    };

    router.open(
      {
        method: 'POST',
        url: '/api/v1/channels/:channelId/line/webhook',
        summary: 'LINE Messaging API webhook (signed with X-Line-Signature)',
        description:
          'The raw body is verified (HMAC-SHA256 with the channel secret) before anything is parsed; a bad signature gets 401 and stores nothing. Events are stored under their webhookEventId, so a redelivery creates nothing new.',
        tag: 'Channels',
        security: 'none',
        params: z.object({ channelId: idSchema }),
        response: z.object({ ok: z.literal(true) }),
      },
      async ({ params, request }) => {
        await channels.inbound.receiveLineWebhook(
          params.channelId,
          rawBody(request),
          header(request, 'x-line-signature'),
        );
        return { ok: true as const };
      },
    );

    router.open(
      {
        method: 'POST',
        url: '/api/v1/channels/:channelId/telegram/webhook',
        summary: 'Telegram Bot API webhook (X-Telegram-Bot-Api-Secret-Token)',
        description:
          'Updates are stored under their update_id, so a redelivery creates nothing new.',
        tag: 'Channels',
        security: 'none',
        params: z.object({ channelId: idSchema }),
        response: z.object({ ok: z.literal(true) }),
      },
      async ({ params, request }) => {
        await channels.inbound.receiveTelegramWebhook(
          params.channelId,
          rawBody(request),
          header(request, 'x-telegram-bot-api-secret-token'),
        );
        return { ok: true as const };
      },
    );

    scoped.get<{ Params: { widgetKey: string } }>('/form/:widgetKey', async (request, reply) => {
      const widgetKey = String(request.params.widgetKey).slice(0, 100);
      const tenant = await tenants.getTenantByWidgetKey(widgetKey);
      const nonce = randomBytes(16).toString('base64');
      reply
        .type('text/html; charset=utf-8')
        .header(
          'content-security-policy',
          `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors *`,
        );
      return renderFormPage({
        tenantName: tenant.name,
        widgetKey: tenant.widgetKey,
        language: formLanguageOf(request),
        nonce,
      });
    });
  });
}
