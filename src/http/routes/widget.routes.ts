import { z } from 'zod';
import { messagesFor } from '../../bot/index.js';
import type { Router } from '../route.js';
import { idSchema, messageSchema, statusSchema, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

const widgetParams = z.object({ widgetKey: idSchema });
const widgetConversationParams = z.object({ widgetKey: idSchema, id: idSchema });
const languageSchema = z.enum(['ja', 'en', 'ko', 'zh']);

export function registerWidgetRoutes(router: Router, { tenants, conversations }: Services) {
  router.open(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/config',
      summary: 'What the widget shows before the first message',
      tag: 'Customer',
      security: 'none',
      params: widgetParams,
      query: z.object({ language: languageSchema.optional() }),
      response: z.object({ name: z.string(), greeting: z.string().nullable() }),
    },
    async ({ params, query }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      return { name: tenant.name, greeting: messagesFor(query.language ?? 'en').greeting };
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
            })
            .optional(),
          language: languageSchema.optional(),
        })
        .optional()
        .default({}),
      response: z.object({ conversationId: z.string(), customerToken: z.string() }),
      status: 201,
    },
    async ({ params, body }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      const { conversation, customerToken } = await conversations.startConversation({
        tenantId: tenant.id,
        channel: 'web',
        contact: body.contact,
        language: body.language,
      });
      return { conversationId: conversation.id, customerToken };
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/messages',
      summary: 'Send a customer message; the bot’s answers come back in `replies`',
      description: 'A repeated clientMessageId returns the first result and stores nothing new.',
      tag: 'Customer',
      security: 'customer',
      params: widgetConversationParams,
      body: z.object({
        text: textSchema(5000),
        clientMessageId: z.string().min(1).max(100).optional(),
      }),
      response: z.object({ message: messageSchema, replies: z.array(messageSchema) }),
    },
    async ({ params, body, customerToken }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
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
    },
    async ({ params, query, customerToken }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      return conversations.listCustomerMessages(tenant.id, params.id, query.after);
    },
  );
}
