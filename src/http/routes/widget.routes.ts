import { z } from 'zod';
import { messagesFor } from '../../bot/index.js';
import type { Router } from '../route.js';
import { idSchema, messageSchema, statusSchema, textSchema } from '../schemas.js';
import type { Services } from '../services.js';
import { visitorIdSchema } from './analytics.routes.js';

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
        triggers: z.array(
          z.object({
            id: z.string(),
            message: z.object({ ja: z.string().optional(), en: z.string().optional() }),
            when: z.object({
              urlContains: z.string().optional(),
              secondsOnPage: z.number().optional(),
              returningVisitor: z.boolean().optional(),
            }),
            enabled: z.boolean(),
          }),
        ),
      }),
      ...limited,
    },
    async ({ params, query, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      const triggers = (await integrations.widgetTriggers.list(tenant.id)).filter((t) => t.enabled);
      return {
        name: tenant.name,
        greeting: messagesFor(query.language ?? 'en').greeting,
        triggers,
      };
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
        ? (await integrations.widgetTriggers.list(tenant.id)).find(
            (t) => t.id === body.triggerId && t.enabled,
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
