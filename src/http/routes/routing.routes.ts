import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import { agentLevels, weekdays } from '../../routing/index.js';
import type { Router } from '../route.js';
import { conversationParams, idSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

const languages = z.array(z.enum(['ja', 'en', 'ko', 'zh'])).max(4);
const skills = z.array(textSchema(50)).max(50);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:MM');
const weeklyHours = z
  .partialRecord(z.enum(weekdays), z.array(z.object({ open: time, close: time })).max(6))
  .refine(
    (week) => Object.values(week).every((slots) => (slots ?? []).every((s) => s.open < s.close)),
    'each interval must open before it closes',
  )
  .describe('Local opening intervals per weekday (sun…sat); a missing day is closed');
const seconds = z
  .number()
  .int()
  .min(1)
  .max(7 * 24 * 3600);

const queueBody = z.object({
  name: textSchema(100),
  skills: skills.optional(),
  languages: languages.optional(),
  isDefault: z.boolean().optional().describe('Handoffs no language queue takes go here'),
  slaFirstReplySeconds: seconds.nullable().optional(),
  overflowQueueId: idSchema.nullable().optional(),
  overflowAfterSeconds: seconds.nullable().optional(),
  businessHours: weeklyHours.nullable().optional().describe('null: the tenant’s hours apply'),
});

const queueSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    skills: z.array(z.string()),
    languages: z.array(z.string()),
    isDefault: z.boolean(),
    slaFirstReplySeconds: z.number().nullable(),
    overflowQueueId: z.string().nullable(),
    overflowAfterSeconds: z.number().nullable(),
    businessHours: z
      .record(z.string(), z.array(z.object({ open: z.string(), close: z.string() })))
      .nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Queue' });

const settingsSchema = z.object({
  timeZone: z.string(),
  businessHours: z
    .record(z.string(), z.array(z.object({ open: z.string(), close: z.string() })))
    .nullable(),
  holidays: z.array(z.string()),
  slaFirstReplySeconds: z.number(),
  awayGraceSeconds: z.number(),
});

const presence = z.enum(['online', 'away', 'offline']);
const idResult = z.object({
  id: z.string(),
  status: z.string(),
  assigneeId: z.string().nullable(),
});

export function registerRoutingRoutes(
  router: Router,
  { routing, conversations, inbox, tenants, users, limits }: Services,
) {
  const toQueue = (q: Awaited<ReturnType<typeof routing.listQueues>>[number]) => ({
    id: q.id,
    name: q.name,
    skills: q.skills,
    languages: q.languages,
    isDefault: q.isDefault,
    slaFirstReplySeconds: q.slaFirstReplySeconds,
    overflowQueueId: q.overflowQueueId,
    overflowAfterSeconds: q.overflowAfterSeconds,
    businessHours: q.businessHours,
    createdAt: q.createdAt,
  });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/queues',
      summary: 'List queues',
      tag: 'Routing',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ queues: z.array(queueSchema) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { queues: (await routing.listQueues(params.tenantId)).map(toQueue) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/queues',
      summary: 'Create a queue (skills agents need, languages it serves, SLA, overflow, hours)',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: queueBody,
      response: queueSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return toQueue(await routing.createQueue(params.tenantId, body));
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/queues/:queueId',
      summary: 'Change a queue',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: z.object({ tenantId: idSchema, queueId: idSchema }),
      body: queueBody,
      response: queueSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return toQueue(await routing.updateQueue(params.tenantId, params.queueId, body));
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/queues/:queueId',
      summary:
        'Delete a queue (not the default): conversations waiting in it move to the default queue',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: z.object({ tenantId: idSchema, queueId: idSchema }),
      response: z.object({ deleted: z.literal(true) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      await routing.deleteQueue(params.tenantId, params.queueId);
      return { deleted: true as const };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/routing/settings',
      summary: 'Business hours, holidays, SLA target and the away grace period',
      tag: 'Routing',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: settingsSchema,
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return routing.getSettings(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/routing/settings',
      summary: 'Change business hours, holidays, SLA target or the away grace period',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: z.object({
        timeZone: z.string().min(1).max(64).optional().describe('IANA name, e.g. Asia/Tokyo'),
        businessHours: weeklyHours.nullable().optional().describe('null: open around the clock'),
        holidays: z.array(z.iso.date()).max(400).optional(),
        slaFirstReplySeconds: seconds.optional(),
        awayGraceSeconds: z.number().int().min(1).max(3600).optional(),
      }),
      response: settingsSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return routing.updateSettings(params.tenantId, patch);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/agents/:userId/routing',
      summary: 'Set an agent’s skills, languages, level and capacity',
      tag: 'Routing',
      security: 'staff',
      permission: 'routing.manage',
      params: z.object({ tenantId: idSchema, userId: idSchema }),
      body: z.object({
        skills: skills.optional(),
        languages: languages.optional(),
        level: z.enum(agentLevels).optional(),
        maxConcurrent: z.number().int().min(0).max(50).optional(),
      }),
      response: z.object({ id: z.string() }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      await routing.updateAgentProfile(params.tenantId, params.userId, patch);
      return { id: params.userId };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/contacts/:contactId/vip',
      summary: 'Mark a contact as VIP (served first)',
      tag: 'Routing',
      security: 'staff',
      permission: 'conversation.assign_others',
      params: z.object({ tenantId: idSchema, contactId: idSchema }),
      body: z.object({ isVip: z.boolean() }),
      response: z.object({ isVip: z.boolean() }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'conversation.assign_others', params.tenantId);
      await routing.setVip(params.tenantId, params.contactId, body.isVip);
      return { isVip: body.isVip };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/supervisor/overview',
      summary: 'Queues with waiting times and SLA state; every agent’s status and load',
      tag: 'Routing',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({
        queues: z.array(
          z.object({
            id: z.string().nullable().describe('null: conversations in no queue'),
            name: z.string().nullable(),
            waiting: z.number(),
            oldestWaitSeconds: z.number().nullable(),
            slaTargetSeconds: z.number(),
            sla: z.object({ ok: z.number(), warning: z.number(), breached: z.number() }),
          }),
        ),
        agents: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            role: z.string(),
            status: presence,
            level: z.string(),
            languages: z.array(z.string()),
            skills: z.array(z.string()),
            load: z.number(),
            maxConcurrent: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return routing.overview(params.tenantId);
    },
  );

  /** The assignee may move their own conversation; supervisors any. */
  const assertMayHandle = async (
    principal: Parameters<typeof can>[0],
    tenantId: string,
    id: string,
  ) => {
    authorize(principal, 'conversation.work', tenantId);
    const current = await conversations.getRaw(tenantId, id);
    if (current.assigneeId !== principal.userId && !can(principal, 'conversation.assign_others')) {
      throw new AppError('forbidden', 'Only the assigned agent or a supervisor can do this');
    }
  };

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/transfer',
      summary: 'Transfer to another agent or queue, with an internal note',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      body: z
        .object({
          agentId: idSchema.optional(),
          queueId: idSchema.optional(),
          note: textSchema(2000).optional(),
        })
        .refine(
          (b) => (b.agentId === undefined) !== (b.queueId === undefined),
          'give agentId or queueId',
        ),
      response: idResult,
    },
    async ({ principal, params, body }) => {
      await assertMayHandle(principal, params.tenantId, params.id);
      const me = await users.findInTenant(params.tenantId, principal.userId);
      await routing.transfer({
        tenantId: params.tenantId,
        conversationId: params.id,
        toAgentId: body.agentId,
        toQueueId: body.queueId,
      });
      if (body.note) {
        await inbox.addNote(
          params.tenantId,
          params.id,
          { id: principal.userId, name: me?.name ?? principal.name },
          body.note,
        );
      }
      const after = await conversations.getRaw(params.tenantId, params.id);
      return { id: after.id, status: after.status, assigneeId: after.assigneeId };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/hand-back',
      summary: 'Hand the conversation back to the bot',
      tag: 'Agent',
      security: 'staff',
      permission: 'conversation.work',
      params: conversationParams,
      response: idResult,
    },
    async ({ principal, params }) => {
      await assertMayHandle(principal, params.tenantId, params.id);
      await routing.handBack(params.tenantId, params.id);
      const after = await conversations.getRaw(params.tenantId, params.id);
      return { id: after.id, status: after.status, assigneeId: after.assigneeId };
    },
  );

  router.open(
    {
      method: 'GET',
      url: '/api/v1/widget/:widgetKey/availability',
      summary:
        'Whether operators are working now; outside hours the widget offers the inquiry form',
      tag: 'Customer',
      security: 'none',
      params: z.object({ widgetKey: idSchema }),
      query: z.object({ queueId: idSchema.optional() }),
      response: z.object({
        isOpen: z.boolean(),
        nextOpenAt: z
          .string()
          .optional()
          .describe('When operators are next available (ISO 8601 UTC)'),
        operatorsOnline: z
          .number()
          .int()
          .describe('How many operators are online now (0: offer the inquiry form)'),
        formUrl: z.string().describe('The after-hours inquiry form'),
      }),
    },
    async ({ params, query, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      const availability = await routing.availability(tenant.id, query.queueId);
      return { ...availability, formUrl: `/form/${encodeURIComponent(params.widgetKey)}` };
    },
  );
}
