import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError, notFound } from '../../errors/index.js';
import type { Principal, User } from '../../users/index.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import {
  conversationParams,
  idSchema,
  messageSchema,
  statusSchema,
  tenantParams,
  textSchema,
} from '../schemas.js';
import type { Services } from '../services.js';
import { replyAsAgent } from './agent-reply.js';

/** Where a message to the customer stands on its channel (null: not sent through one). */
const deliverySchema = z
  .object({
    status: z.enum(['pending', 'sent', 'failed']),
    error: z.string().nullable().describe('Why the last attempt failed (pending or failed)'),
    attempts: z.number().int(),
    updatedAt: z.string().describe('When it was sent, or when it is next tried'),
  })
  .nullable()
  .meta({ id: 'DeliveryState' });

const staffMessageSchema = messageSchema
  .extend({
    delivery: deliverySchema
      .optional()
      .describe(
        'LINE, Telegram and email messages to the customer: pending, sent or failed with the reason',
      ),
  })
  .meta({ id: 'StaffMessage' });

const conversationSchema = z
  .object({
    id: z.string(),
    status: statusSchema,
    channel: z.string(),
    assigneeId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    contactName: z.string().nullable(),
    language: z.string().nullable(),
    lastMessage: z
      .object({ text: z.string(), author: z.string(), createdAt: z.string() })
      .nullable(),
  })
  .meta({ id: 'Conversation' });

const handoffSchema = z.object({
  reason: z.enum(['requested', 'low_confidence', 'form']),
  summary: z.string(),
  keywords: z.array(z.string()),
  intent: z.string().nullable(),
  entities: z.array(z.object({ type: z.string(), value: z.string() })),
  sentiment: z.enum(['positive', 'neutral', 'negative']),
  botAnswers: z
    .array(z.string())
    .describe('What the bot told the customer: its latest answers (up to 10), each once'),
  language: z.string().nullable(),
  form: z
    .object({ name: z.string(), email: z.string(), subject: z.string().nullable() })
    .optional()
    .describe('The inquiry form’s fields, for a conversation from the form'),
  variables: z
    .record(z.string(), z.string())
    .optional()
    .describe('What a bot flow collected before handing over'),
});

export function registerAgentRoutes(
  router: Router,
  { users, conversations, routing, knowledge, channels, auth }: Services,
) {
  /** The acting user, who must belong to the tenant (the owner acts in none). */
  const actingUser = async (principal: Principal, tenantId: string): Promise<User> => {
    const user = await users.findInTenant(tenantId, principal.userId);
    if (!user) throw new AppError('forbidden', 'Only members of this tenant can do this');
    return user;
  };

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/agents/me/status',
      summary: 'Set my presence; going online pulls waiting conversations',
      tag: 'Agent',
      security: 'staff',
      permission: 'presence.set',
      params: tenantParams,
      body: z.object({
        status: z.enum(['online', 'away', 'offline']),
        reason: z
          .string()
          .trim()
          .min(1)
          .max(40)
          .optional()
          .describe('Why (a break, lunch, training…); kept in the status history'),
      }),
      response: z.object({ status: z.enum(['online', 'away', 'offline']) }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'presence.set', params.tenantId);
      const me = await actingUser(principal, params.tenantId);
      await users.setStatus(params.tenantId, me.id, body.status, body.reason ?? null);
      if (body.status === 'online') {
        // Presence is one across the person's tenants: each may have work waiting for them.
        const others = (await auth.tenantsOf(me.id)).filter((t) => t.id !== params.tenantId);
        await routing.routeTenant(params.tenantId);
        for (const tenant of others) await routing.routeTenant(tenant.id);
      }
      return { status: body.status };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations',
      summary: 'List conversations (newest activity first)',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: pageQuery.extend({
        status: statusSchema.optional(),
        assignee: z.union([z.literal('me'), idSchema]).optional(),
      }),
      response: z.object({
        conversations: z.array(conversationSchema),
        nextCursor: nextCursorSchema,
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const assigneeId = query.assignee === 'me' ? principal.userId : query.assignee;
      const page = pageFrom(query, 200);
      const { items, nextCursor } = pageOf(
        await conversations.listConversations(
          params.tenantId,
          { status: query.status, assigneeId },
          fetchPage(page),
        ),
        page,
      );
      return { conversations: items, nextCursor };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations/:id',
      summary: 'A conversation with its messages and handoff card',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.read',
      audit: 'conversation.read',
      params: conversationParams,
      response: z.object({
        conversation: conversationSchema,
        contact: z.object({
          id: z.string(),
          name: z.string().nullable(),
          email: z.string().nullable(),
          externalId: z.string().nullable(),
          verified: z
            .boolean()
            .describe(
              'Who the customer is has been proven: an id signed by the tenant’s server or a platform’s, or an email they showed they own',
            ),
        }),
        messages: z.array(staffMessageSchema),
        handoff: handoffSchema.nullable(),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const { conversation, summary, messages } = await conversations.getConversation(
        params.tenantId,
        params.id,
      );
      if (!summary) throw notFound('Conversation');
      const contact = await channels.trust.contactOf(params.tenantId, params.id);
      const deliveries = await channels.outbound.deliveryStates(params.tenantId, params.id);
      return {
        conversation: summary,
        contact,
        messages: messages.map((m) =>
          m.author === 'customer' ? m : { ...m, delivery: deliveries.get(m.id) ?? null },
        ),
        handoff: conversation.handoff,
      };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/assign',
      summary: 'Assign a conversation (to myself when agentId is absent)',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({ agentId: idSchema.optional() }).optional().default({}),
      response: z.object({
        id: z.string(),
        status: statusSchema,
        assigneeId: z.string().nullable(),
      }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const isForOther = body.agentId !== undefined && body.agentId !== principal.userId;
      if (isForOther) authorize(principal, 'conversation.assign_others', params.tenantId);
      const agent = isForOther
        ? await users.findInTenant(params.tenantId, body.agentId as string)
        : await actingUser(principal, params.tenantId);
      if (!agent) throw notFound('Agent');
      if (agent.role === 'annotator')
        throw new AppError('bad_request', 'Annotators cannot take conversations');
      const current = await conversations.getRaw(params.tenantId, params.id);
      // An agent may take what waits; moving a conversation between agents is a supervisor's call.
      const from = can(principal, 'conversation.assign_others')
        ? (['bot', 'queued', 'assigned'] as const)
        : (['bot', 'queued'] as const);
      if (current.status === 'resolved') {
        throw new AppError('invalid_transition', 'The conversation is resolved');
      }
      if (current.assigneeId !== agent.id) {
        const isAssigned = await conversations.assign({
          tenantId: params.tenantId,
          conversationId: params.id,
          agent,
          enforceCapacity: false,
          from,
        });
        if (!isAssigned)
          throw new AppError('conflict', 'The conversation is already assigned to someone else');
      }
      const after = await conversations.getRaw(params.tenantId, params.id);
      return { id: after.id, status: after.status, assigneeId: after.assigneeId };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/messages',
      summary: 'Reply as an agent; the customer sees it at once',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({
        text: textSchema(5000),
        clientMessageId: z.string().min(1).max(100).optional(),
        faqId: idSchema
          .optional()
          .describe(
            "The FAQ entry this reply answers with (e.g. an inserted suggestion): the customer's " +
              'wording becomes its alternate, so the bot answers it next time',
          ),
      }),
      response: messageSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const me = await actingUser(principal, params.tenantId);
      // An unknown FAQ is refused before anything is stored.
      if (body.faqId) await knowledge.getFaq(params.tenantId, body.faqId);
      const { message } = await replyAsAgent({ conversations, knowledge }, principal, me, {
        tenantId: params.tenantId,
        conversationId: params.id,
        text: body.text,
        clientMessageId: body.clientMessageId,
        faqId: body.faqId,
      });
      return message;
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/resolve',
      summary: 'Resolve a conversation',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      response: z.object({
        id: z.string(),
        status: statusSchema,
        assigneeId: z.string().nullable(),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      const current = await conversations.getRaw(params.tenantId, params.id);
      const isMine = current.assigneeId === principal.userId;
      if (
        current.status === 'assigned' &&
        !isMine &&
        !can(principal, 'conversation.assign_others')
      ) {
        throw new AppError('conflict', 'The conversation is assigned to another agent');
      }
      const after = await conversations.resolve(params.tenantId, params.id);
      return { id: after.id, status: after.status, assigneeId: after.assigneeId };
    },
  );
}
