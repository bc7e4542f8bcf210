import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import type { Router } from '../route.js';
import { tenantParams } from '../schemas.js';
import type { Services } from '../services.js';

const DAY_MS = 86_400_000;
const bandsSchema = z.object({
  over: z.number().gt(0).max(1),
  right: z.number().gt(0).max(1),
  under: z.number().min(0).max(1),
});

const agentRow = z
  .object({
    agentId: z.string(),
    name: z.string(),
    utilisation: z.number().describe('Busy minutes ÷ logged-in minutes (0..1)'),
    band: z.enum(['over', 'right', 'under']),
    handledConversations: z.number(),
    handleSeconds: z.object({ median: z.number() }).nullable(),
    loggedInMinutes: z.number().describe('Minutes the console reported'),
    activeMinutes: z.number(),
    idleMinutes: z.number(),
  })
  .meta({ id: 'AgentUtilisation' });

export function registerWorkforceRoutes(router: Router, { workforce }: Services) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/agents/me/activity',
      summary: 'The console’s per-minute activity report: counts only, never content',
      tag: 'Workforce',
      security: 'staff',
      permission: 'presence.set',
      params: tenantParams,
      body: z
        .object({
          minuteStart: z.iso.datetime({ offset: true }),
          keys: z.number().int().min(0).max(100_000),
          clicks: z.number().int().min(0).max(100_000),
          focusedSeconds: z.number().int().min(0).max(60),
        })
        .strict(),
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'presence.set', params.tenantId);
      await workforce.recordActivity(params.tenantId, principal.userId, body);
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/agents',
      summary: 'Utilisation per operator with its band; an agent sees their own row',
      description:
        'A minute is logged in when the console reported it and busy when the operator had a conversation assigned during it; utilisation = busy ÷ logged-in minutes. Bands: the nearest of the tenant’s targets (default 90 % over, 60 % right, 30 % under).',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: z.object({
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
      }),
      response: z.object({ agents: z.array(agentRow) }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const to = query.to ? new Date(query.to) : new Date();
      const from = query.from ? new Date(query.from) : new Date(to.getTime() - DAY_MS);
      if (from >= to) throw new AppError('validation_failed', 'from must be before to');
      if (to.getTime() - from.getTime() > 92 * DAY_MS)
        throw new AppError('validation_failed', 'At most 92 days at a time');
      const only = can(principal, 'workforce.read') ? undefined : principal.userId;
      return {
        agents: await workforce.agents(params.tenantId, from.toISOString(), to.toISOString(), only),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/settings',
      summary: 'Utilisation band targets',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ bands: bandsSchema }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      return { bands: await workforce.bands(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/workforce/settings',
      summary: 'Set the utilisation band targets (over > right > under)',
      tag: 'Workforce',
      security: 'staff',
      permission: 'routing.manage',
      params: tenantParams,
      body: z.object({ bands: bandsSchema }),
      response: z.object({ bands: bandsSchema }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'routing.manage', params.tenantId);
      return { bands: await workforce.setBands(params.tenantId, body.bands) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/workforce/staffing',
      summary: 'Agents needed for a service level: Erlang C, or Erlang A when patience is given',
      description:
        'With concurrency c each agent serves c contacts at once. Service level (Erlang A) = share of all contacts answered within targetSeconds; abandoning counts as missed.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.read',
      params: tenantParams,
      body: z.object({
        contactsPerHour: z.number().min(0).max(100_000),
        handleSeconds: z.number().gt(0).max(86_400),
        targetServiceLevel: z.number().gt(0).lt(1),
        targetSeconds: z.number().min(0).max(86_400),
        concurrency: z.number().int().min(1).max(20).optional(),
        patienceSeconds: z.number().gt(0).max(86_400).optional(),
      }),
      response: z.object({
        agents: z.number(),
        serviceLevel: z.number(),
        occupancy: z.number(),
        averageWaitSeconds: z.number(),
        model: z.enum(['erlang_c', 'erlang_a']),
        abandonRate: z.number().optional(),
      }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'workforce.read', params.tenantId);
      if ((body.contactsPerHour * body.handleSeconds) / 3600 > 50_000)
        throw new AppError('validation_failed', 'At most 50,000 Erlangs of traffic');
      return workforce.staffing(body);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/forecast',
      summary: 'Contacts per hour for the coming weeks, from the last eight weeks by hour of week',
      description:
        'backtest.mape: the last week forecast from the weeks before it; seasonalNaiveMape: the same hour one week earlier, for comparison. Null without two weeks of history.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.read',
      params: tenantParams,
      query: z.object({ weeks: z.coerce.number().int().min(1).max(4).default(1) }),
      response: z.object({
        hours: z.array(z.object({ start: z.string(), expected: z.number() })),
        backtest: z.object({
          mape: z.number().nullable(),
          seasonalNaiveMape: z.number().nullable(),
          historyHours: z.number(),
        }),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'workforce.read', params.tenantId);
      return workforce.forecast(params.tenantId, query.weeks);
    },
  );
}
