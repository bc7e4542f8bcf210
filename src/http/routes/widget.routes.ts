import { z } from 'zod';
import { messagesFor } from '../../bot/index.js';
import type { Router } from '../route.js';
import { idSchema, messageSchema, statusSchema, textSchema } from '../schemas.js';
import type { Services } from '../services.js';
import { visitorIdSchema } from './analytics.routes.js';
import { widgetTriggerSchema } from './widget-trigger.schemas.js';

const widgetParams = z.object({ widgetKey: idSchema });
const widgetConversationParams = z.object({ widgetKey: idSchema, id: idSchema });
const languageSchema = z.enum(['ja', 'en', 'ko', 'zh']);

const limited = {
  description:
    'Rate-limited per widget key, client address and conversation: 429 with `Retry-After` (seconds).',
};

export function registerWidgetRoutes(
  router: Router,
  { tenants, conversations, limits, channels, integrations, analytics }: Services,
) {
  router.open(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/config',
      summary: 'What the widget shows before the first message',
      tag: 'Customer',
      security: 'none',
      params: widgetParams,
      query: z.object({ language: languageSchema.optional() }),
      response: z.object({
        name: z.string(),
        greeting: z.string().nullable(),
        triggers: z.array(widgetTriggerSchema),
      }),
      ...limited,
    },
    async ({ params, query, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      return {
        name: tenant.name,
        greeting: messagesFor(query.language ?? 'en').greeting,
        triggers: await integrations.widgetTriggers.enabled(tenant.id),
      };
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/triggers/:triggerId/show',
      summary: 'Ask whether a proactive trigger may show its bubble now',
      description: `The widget asks when a rule it armed is due. The server checks the page URL, the rule's quiet hours (the tenant's time zone) and the visitor's limit; a yes counts as one show. ${limited.description}`,
      tag: 'Customer',
      security: 'none',
      params: z.object({
        widgetKey: idSchema,
        triggerId: z.string().regex(/^[a-z0-9-]{1,40}$/),
      }),
      body: z.object({
        visitorId: visitorIdSchema.describe(
          'A random id the widget keeps in the site’s own storage',
        ),
        url: z.url({ protocol: /^https?$/ }).max(2000),
      }),
      response: z.object({
        show: z.boolean(),
        message: widgetTriggerSchema.shape.message.optional(),
        reason: z
          .enum(['unknown', 'url', 'quiet_hours', 'limit'])
          .optional()
          .describe('Why not: no such enabled rule, the URL does not fit, quiet hours, the limit'),
      }),
    },
    async ({ params, body, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      return integrations.widgetTriggers.decide(tenant.id, {
        triggerId: params.triggerId,
        visitorId: body.visitorId,
        url: body.url,
      });
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations',
      summary: 'Start a conversation from the web chat widget',
      tag: 'Customer',
      security: 'none',
      params: widgetParams,
      body: z
        .object({
          contact: z
            .object({
              name: textSchema(200).optional(),
              email: z.email().max(320).optional(),
              externalId: textSchema(200).optional(),
              userHash: z
                .string()
                .max(200)
                .optional()
                .describe(
                  'HMAC-SHA256 (hex) of `externalId` with the tenant’s identity secret, computed by the tenant’s server; without a valid one the id is ignored and the visitor stays anonymous',
                ),
              emailHash: z
                .string()
                .max(200)
                .optional()
                .describe(
                  'HMAC-SHA256 (hex) of the lower-cased `email` with the same secret; without it the email is kept but not counted as verified',
                ),
            })
            .optional(),
          language: languageSchema.optional(),
          triggerId: z
            .string()
            .max(40)
            .optional()
            .describe(
              'The proactive widget trigger whose bubble the visitor opened: its message is recorded as the bot’s first',
            ),
          visitorId: visitorIdSchema
            .optional()
            .describe('The widget’s visitor id: the visitor’s day counts as one with a chat'),
        })
        .optional()
        .default({}),
      response: z.object({ conversationId: z.string(), customerToken: z.string() }),
      status: 201,
      ...limited,
    },
    async ({ params, body, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await limits.conversation({ widgetKey: tenant.widgetKey, address: request.ip });
      const { conversation, customerToken } = await conversations.startConversation({
        tenantId: tenant.id,
        channel: 'web',
        contact: await channels.trust.trustWidgetContact(tenant.id, body.contact),
        language: body.language,
      });
      const trigger = body.triggerId
        ? (await integrations.widgetTriggers.enabled(tenant.id)).find(
            (t) => t.id === body.triggerId,
          )
        : undefined;
      const text = trigger
        ? body.language === 'ja'
          ? (trigger.message.ja ?? trigger.message.en)
          : (trigger.message.en ?? trigger.message.ja)
        : undefined;
      if (trigger && text) {
        await conversations.postProactiveMessage({
          tenantId: tenant.id,
          conversationId: conversation.id,
          text,
          clientMessageId: `trigger-${trigger.id}`,
        });
      }
      if (body.visitorId) {
        // The conversation exists either way: a failed analytics write must not fail the chat.
        await analytics
          .recordVisitorChat(tenant.id, body.visitorId, conversation.createdAt)
          .catch((error: unknown) =>
            request.log.warn({ err: error }, 'recording the visitor’s chat failed'),
          );
      }
      return { conversationId: conversation.id, customerToken };
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/messages',
      summary: 'Send a customer message; the bot’s answers come back in `replies`',
      description: `A repeated clientMessageId returns the first result and stores nothing new. ${limited.description}`,
      tag: 'Customer',
      security: 'customer',
      params: widgetConversationParams,
      body: z.object({
        text: textSchema(5000),
        clientMessageId: z.string().min(1).max(100).optional(),
      }),
      response: z.object({ message: messageSchema, replies: z.array(messageSchema) }),
    },
    async ({ params, body, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await limits.message({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      return conversations.postCustomerMessage({
        tenantId: tenant.id,
        conversationId: params.id,
        text: body.text,
        clientMessageId: body.clientMessageId,
      });
    },
  );

  router.customer(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/conversations/:id/messages',
      summary: 'The conversation’s messages, optionally only those after a given message',
      tag: 'Customer',
      security: 'customer',
      params: widgetConversationParams,
      query: z.object({ after: idSchema.optional() }),
      response: z.object({
        status: statusSchema,
        assigneeName: z.string().nullable().describe('Who is answering, once an agent is assigned'),
        messages: z.array(messageSchema),
      }),
      ...limited,
    },
    async ({ params, query, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await limits.read({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      return conversations.listCustomerMessages(tenant.id, params.id, query.after);
    },
  );
}
