import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import {
  conversationParams,
  idSchema,
  statusSchema,
  tenantParams,
  textSchema,
} from '../schemas.js';
import type { Services } from '../services.js';

/** Tags: short labels without characters that would need escaping in searches. */
const tagSchema = textSchema(40).refine((t) => !/[%_\\"]/.test(t), 'must not contain % _ \\ or "');
const views = ['queued', 'mine', 'all', 'bot', 'resolved', 'assigned'] as const;

export const inboxItem = z
  .object({
    id: z.string(),
    status: statusSchema,
    channel: z.string(),
    assigneeId: z.string().nullable(),
    assigneeName: z.string().nullable(),
    contactName: z.string().nullable(),
    language: z.string().nullable(),
    queueId: z.string().nullable(),
    priority: z.number(),
    tags: z.array(z.string()),
    category: z.string().nullable(),
    queuedAt: z.string().nullable(),
    firstReplyAt: z.string().nullable(),
    slaDueAt: z.string().nullable().describe('When the first human reply is due'),
    createdAt: z.string(),
    updatedAt: z.string(),
    unread: z.number().describe('Messages since I last read it'),
    lastMessage: z
      .object({ text: z.string(), author: z.string(), createdAt: z.string() })
      .nullable(),
  })
  .meta({ id: 'InboxItem' });

const noteSchema = z
  .object({
    id: z.string(),
    conversationId: z.string(),
    authorId: z.string().nullable(),
    authorName: z.string().nullable(),
    text: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Note' });

const cannedSchema = z
  .object({
    id: z.string(),
    shortcut: z.string(),
    title: z.string(),
    text: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'CannedResponse' });
const cannedBody = z.object({
  shortcut: z
    .string()
    .regex(/^[\p{L}\p{N}_-]{1,40}$/u, 'letters, digits, - and _ only')
    .describe('Typed after / in the reply box'),
  title: textSchema(100),
  text: textSchema(5000).describe('May hold {{contact.name}}, {{contact.email}}, {{agent.name}}'),
});

export function registerInboxRoutes(
  router: Router,
  { inbox, canned, moderation, users, conversations }: Services,
) {
  /** Notes, tags and wrap-up: the assignee's own (or a waiting one), or a supervisor's. */
  const assertMayWork = async (
    principal: Parameters<typeof can>[0],
    tenantId: string,
    conversationId: string,
  ) => {
    authorize(principal, 'conversation.work', tenantId);
    const current = await conversations.getRaw(tenantId, conversationId);
    if (
      current.assigneeId !== null &&
      current.assigneeId !== principal.userId &&
      !can(principal, 'conversation.assign_others')
    ) {
      throw new AppError('forbidden', 'Only the assigned agent or a supervisor can do this');
    }
  };

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/inbox',
      summary: 'The console’s conversation list: filters, search, unread counts and SLA due times',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: pageQuery.extend({
        view: z.enum(views).optional().default('all'),
        queueId: idSchema.optional(),
        tag: tagSchema.optional(),
        channel: z.string().min(1).max(30).optional(),
        q: z.string().trim().min(1).max(200).optional(),
      }),
      response: z.object({ conversations: z.array(inboxItem), nextCursor: nextCursorSchema }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const byView = {
        queued: { status: 'queued' as const },
        mine: { status: 'assigned' as const, assigneeId: principal.userId },
        assigned: { status: 'assigned' as const },
        bot: { status: 'bot' as const },
        resolved: { status: 'resolved' as const },
        all: {},
      }[query.view];
      const page = pageFrom(query, 200);
      const { items, nextCursor } = pageOf(
        await inbox.list(params.tenantId, principal.userId, {
          ...byView,
          queueId: query.queueId,
          tag: query.tag,
          channel: query.channel,
          search: query.q,
          ...fetchPage(page),
        }),
        page,
      );
      return { conversations: items, nextCursor };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/read',
      summary: 'Mark the conversation read up to its latest message',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      params: conversationParams,
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      await inbox.markRead(params.tenantId, principal.userId, params.id);
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations/:id/details',
      summary: 'Staff-only side of a conversation: notes, tags, category, wrap-up, customer panel',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      audit: 'contact.read',
      params: conversationParams,
      response: z.object({
        tags: z.array(z.string()),
        category: z.string().nullable(),
        wrapUpSummary: z.string().nullable(),
        queueId: z.string().nullable(),
        priority: z.number(),
        queuedAt: z.string().nullable(),
        firstReplyAt: z.string().nullable(),
        slaDueAt: z.string().nullable(),
        contact: z.object({
          id: z.string(),
          name: z.string().nullable(),
          email: z.string().nullable(),
          externalId: z.string().nullable(),
          isVip: z.boolean(),
          since: z.string(),
        }),
        notes: z.array(noteSchema),
        pastConversations: z.array(
          z.object({
            id: z.string(),
            status: statusSchema,
            channel: z.string(),
            category: z.string().nullable(),
            summary: z.string().nullable(),
            createdAt: z.string(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return inbox.details(params.tenantId, params.id);
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/notes',
      summary: 'Add an internal note (never shown to the customer)',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({ text: textSchema(5000) }),
      response: noteSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      await assertMayWork(principal, params.tenantId, params.id);
      const me = await users.findInTenant(params.tenantId, principal.userId);
      return inbox.addNote(
        params.tenantId,
        params.id,
        { id: principal.userId, name: me?.name ?? principal.name },
        body.text,
      );
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/conversations/:id/handling',
      summary: 'Set tags and category',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({
        tags: z.array(tagSchema).max(20).optional(),
        category: textSchema(100).nullable().optional(),
      }),
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params, body }) => {
      await assertMayWork(principal, params.tenantId, params.id);
      await inbox.updateHandling(params.tenantId, params.id, {
        ...(body.tags && { tags: [...new Set(body.tags)] }),
        ...(body.category !== undefined && { category: body.category }),
      });
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/tags',
      summary: 'Tags in use',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ tags: z.array(z.string()) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { tags: await inbox.listTags(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations/:id/wrap-up-draft',
      summary:
        'A drafted wrap-up (category and summary) from the handoff card and the conversation',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      query: z.object({
        language: z
          .enum(['ja', 'en', 'ko', 'zh'])
          .optional()
          .describe('Language of the labels (the console’s); the conversation’s when absent'),
      }),
      response: z.object({ category: z.string().nullable(), summary: z.string() }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      return inbox.draftWrapUp(params.tenantId, params.id, query.language);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/conversations/:id/wrap-up',
      summary: 'Store the wrap-up (category and summary) with the conversation',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z.object({
        category: textSchema(100).nullable(),
        summary: z.string().trim().max(5000),
      }),
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params, body }) => {
      await assertMayWork(principal, params.tenantId, params.id);
      await inbox.updateHandling(params.tenantId, params.id, {
        category: body.category,
        wrapUpSummary: body.summary || null,
      });
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/conversations/:id/suggestions',
      summary: 'Knowledge-base answers for the customer’s last message',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      response: z.object({
        suggestions: z.array(
          z.object({
            faqId: z.string(),
            question: z.string(),
            answer: z.string(),
            confidence: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      return { suggestions: await inbox.suggestions(params.tenantId, params.id) };
    },
  );

  const toCanned = (c: {
    id: string;
    shortcut: string;
    title: string;
    text: string;
    updatedAt: string;
  }) => ({
    id: c.id,
    shortcut: c.shortcut,
    title: c.title,
    text: c.text,
    updatedAt: c.updatedAt,
  });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/canned-responses',
      summary: 'Canned responses',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: pageQuery,
      response: z.object({ cannedResponses: z.array(cannedSchema), nextCursor: nextCursorSchema }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const page = pageFrom(query, 200);
      const { items, nextCursor } = pageOf(
        await canned.list(params.tenantId, fetchPage(page)),
        page,
      );
      return { cannedResponses: items.map(toCanned), nextCursor };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/canned-responses',
      summary: 'Create a canned response',
      tag: 'Console',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: cannedBody,
      response: cannedSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return toCanned(await canned.create(params.tenantId, body));
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/canned-responses/:cannedId',
      summary: 'Change a canned response',
      tag: 'Console',
      security: 'staff',
      permission: 'routing.manage',
      params: z.object({ tenantId: idSchema, cannedId: idSchema }),
      body: cannedBody,
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      await canned.update(params.tenantId, params.cannedId, body);
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/canned-responses/:cannedId',
      summary: 'Delete a canned response',
      tag: 'Console',
      security: 'staff',
      permission: 'routing.manage',
      params: z.object({ tenantId: idSchema, cannedId: idSchema }),
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      await canned.remove(params.tenantId, params.cannedId);
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/banned-words',
      summary: 'Words that trigger a warning before sending: built-in and the tenant’s own',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ builtIn: z.array(z.string()), words: z.array(z.string()) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return {
        builtIn: [...moderation.builtInWords()],
        words: await moderation.listTenantWords(params.tenantId),
      };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/banned-words',
      summary: 'Replace the tenant’s own banned words',
      tag: 'Console',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: z.object({ words: z.array(textSchema(50)).max(1000) }),
      response: z.object({ words: z.array(z.string()) }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return { words: await moderation.setTenantWords(params.tenantId, body.words) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/moderation/check',
      summary: 'Find inappropriate or banned words in a reply before it is sent',
      tag: 'Console',
      security: 'staff',
      permission: 'conversation.work',
      params: tenantParams,
      body: z.object({ text: z.string().max(5000) }),
      response: z.object({
        matches: z.array(
          z.object({
            word: z.string(),
            start: z.number().describe('UTF-16 offset'),
            end: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.work', params.tenantId);
      if (body.text.includes('\u0000'))
        throw new AppError('validation_failed', 'Invalid body.text');
      return { matches: await moderation.check(params.tenantId, body.text) };
    },
  );
}
