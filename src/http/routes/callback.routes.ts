import { z } from 'zod';
import { can } from '../../auth/index.js';
import type { Callback } from '../../callbacks/index.js';
import { AppError } from '../../errors/index.js';
import { fetchPage, nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

const callbackStatus = z.enum(['open', 'claimed', 'completed', 'no_answer']);

const callbackSchema = z
  .object({
    id: z.string(),
    contactId: z.string(),
    conversationId: z.string(),
    channel: z.string(),
    phone: z.string().describe('E.164'),
    windowStart: z.string().describe('ISO 8601 UTC'),
    windowEnd: z.string().describe('ISO 8601 UTC'),
    note: z.string().nullable(),
    language: z.string().nullable(),
    queueId: z.string().nullable(),
    status: callbackStatus,
    assigneeId: z.string().nullable(),
    attempts: z.number().describe('Calls made so far'),
    createdAt: z.string(),
    updatedAt: z.string(),
    closedAt: z.string().nullable(),
  })
  .meta({ id: 'Callback' });

const callbackViewSchema = callbackSchema.extend({
  contactName: z.string().nullable(),
  assigneeName: z.string().nullable(),
});

const publicCallback = ({ tenantId: _t, ...c }: Callback) => c;

const callbackParams = z.object({ tenantId: idSchema, callbackId: idSchema });
const isoTime = z
  .string()
  .max(40)
  .describe('ISO 8601 with an offset, e.g. 2026-12-08T14:00:00+09:00');

export function registerCallbackRoutes(router: Router, services: Services) {
  const { tenants, conversations, limits, callbacks } = services;

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/callbacks',
      summary: 'The customer asks to be called back within a time window',
      description:
        'The phone number may be written as people do (090-1234-5678, +1 415 555 0100); numbers ' +
        'without a country code are read as Japanese. A window that has ended, ends before it ' +
        'starts, starts more than 30 days ahead or lasts over 7 days is refused with 400.',
      tag: 'Customer',
      security: 'customer',
      params: z.object({ widgetKey: idSchema, id: idSchema }),
      body: z.object({
        phone: z.string().min(1).max(40),
        windowStart: isoTime,
        windowEnd: isoTime,
        note: textSchema(500).optional(),
      }),
      response: callbackSchema,
      status: 201,
    },
    async ({ params, body, customerToken, request }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await limits.message({
        widgetKey: tenant.widgetKey,
        address: request.ip,
        conversationId: params.id,
      });
      const callback = await callbacks.request({
        tenantId: tenant.id,
        conversationId: params.id,
        ...body,
      });
      return publicCallback(callback);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/callbacks',
      summary: 'Callback requests, soonest window first',
      description:
        'By default the open and claimed ones; `mine=true` only those the caller claimed. ' +
        'Phone numbers are masked for roles without `pii.read`.',
      tag: 'Callbacks',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: pageQuery.extend({
        status: z
          .string()
          .max(60)
          .optional()
          .describe('Comma-separated statuses: open, claimed, completed, no_answer'),
        mine: z.enum(['true', 'false']).optional(),
      }),
      response: z.object({ callbacks: z.array(callbackViewSchema), nextCursor: nextCursorSchema }),
    },
    async ({ params, query, principal }) => {
      const parsed = z
        .array(callbackStatus)
        .min(1)
        .safeParse(query.status ? query.status.split(',') : ['open', 'claimed']);
      if (!parsed.success) {
        throw new AppError(
          'validation_failed',
          'Invalid query.status: use open, claimed, completed or no_answer',
        );
      }
      const statuses = parsed.data;
      const page = pageFrom(query, 50);
      const rows = await callbacks.list(params.tenantId, {
        statuses,
        assigneeId: query.mine === 'true' ? principal.userId : undefined,
        ...fetchPage(page),
      });
      const { items, nextCursor } = pageOf(rows, page);
      return { callbacks: items.map(({ tenantId: _t, ...c }) => c), nextCursor };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/callbacks/summary',
      summary: 'Callback counts for the supervisor board',
      tag: 'Callbacks',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({
        open: z.number(),
        claimed: z.number(),
        dueNow: z.number().describe('Open, and their window is now'),
        overdue: z.number().describe('Open, and their window has ended'),
        completedToday: z.number(),
        noAnswerToday: z.number(),
      }),
    },
    async ({ params }) => callbacks.summary(params.tenantId),
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/callbacks/:callbackId/claim',
      summary: 'Take an open callback (only one operator gets it; 409 otherwise)',
      tag: 'Callbacks',
      security: 'staff',
      permission: 'conversation.work',
      params: callbackParams,
      response: callbackSchema,
    },
    async ({ params, principal }) =>
      publicCallback(await callbacks.claim(params.tenantId, params.callbackId, principal.userId)),
  );

  for (const [path, outcome] of [
    ['complete', 'completed'],
    ['no-answer', 'no_answer'],
  ] as const) {
    router.staff(
      {
        method: 'POST',
        url: `/api/v1/tenants/:tenantId/callbacks/:callbackId/${path}`,
        summary:
          outcome === 'completed'
            ? 'Report the call made: the callback is completed'
            : 'Report that nobody answered: back to the queue, closed as no_answer after the third try',
        tag: 'Callbacks',
        security: 'staff',
        permission: 'conversation.work',
        params: callbackParams,
        body: z
          .object({ note: textSchema(1000).optional() })
          .optional()
          .default({}),
        response: callbackSchema,
      },
      async ({ params, principal, body }) =>
        publicCallback(
          await callbacks.report(params.tenantId, params.callbackId, principal.userId, outcome, {
            asSupervisor: can(principal, 'conversation.assign_others'),
            note: body.note,
          }),
        ),
    );
  }
}
