import { z } from 'zod';
import { authorize, can } from '../../auth/index.js';
import { AppError, notFound } from '../../errors/index.js';
import { isTimeZone } from '../../workforce/index.js';
import { nextCursorSchema, pageFrom, pageOf, pageQuery } from '../paging.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams } from '../schemas.js';
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
    occupancy: z
      .number()
      .nullable()
      .describe('Busy minutes ÷ logged-in minutes while online (available); null without any'),
    busyMinutes: z.number(),
    onlineMinutes: z.number().describe('Logged-in minutes with the status online'),
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
      const rows = await workforce.agents(
        params.tenantId,
        from.toISOString(),
        to.toISOString(),
        only,
      );
      return { agents: rows.map(({ handleDurations: _, ...row }) => row) };
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
  const status = z.enum(['online', 'away', 'offline']);
  const period = (query: { from?: string | undefined; to?: string | undefined }) => {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DAY_MS);
    if (from >= to) throw new AppError('validation_failed', 'from must be before to');
    if (to.getTime() - from.getTime() > 92 * DAY_MS)
      throw new AppError('validation_failed', 'At most 92 days at a time');
    return { from: from.toISOString(), to: to.toISOString() };
  };
  /** An agent reads only their own rows; supervisors and admins anyone's. */
  const ownUnlessSupervisor = (
    principal: Parameters<typeof can>[0],
    agentId: string | undefined,
  ): string | undefined => {
    if (can(principal, 'workforce.read')) return agentId;
    if (agentId && agentId !== principal.userId) throw notFound('Agent');
    return principal.userId;
  };

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/status-history',
      summary: 'Status changes (online, away, offline, with their reason), newest first, paged',
      description:
        'Each status lasts from `start` until `end`, the operator’s next change (null while it lasts). An agent sees their own.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: pageQuery.extend({
        agentId: idSchema.optional(),
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
      }),
      response: z.object({
        entries: z.array(
          z.object({
            id: z.string(),
            agentId: z.string(),
            status,
            reason: z.string().nullable(),
            start: z.string(),
            end: z.string().nullable(),
          }),
        ),
        nextCursor: nextCursorSchema,
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const { from, to } = period(query);
      const page = pageFrom(query, 100);
      const rows = await workforce.statusHistory(params.tenantId, {
        userId: ownUnlessSupervisor(principal, query.agentId),
        from,
        to,
        ...page,
      });
      const { items, nextCursor } = pageOf(rows, page);
      return { entries: items, nextCursor };
    },
  );

  const dayAgent = z
    .object({
      agentId: z.string(),
      name: z.string(),
      timeZone: z.string(),
      dayStart: z.string(),
      dayEnd: z.string(),
      timeline: z.array(
        z.object({ start: z.string(), end: z.string(), status, reason: z.string().nullable() }),
      ),
      planned: z.array(
        z.object({
          start: z.string(),
          end: z.string(),
          expected: z.enum(['online', 'break']),
          reason: z.string().nullable(),
        }),
      ),
      scheduledSeconds: z
        .number()
        .describe('Scheduled time so far (the whole day once it is over)'),
      adheredSeconds: z.number().describe('Of it, time in the scheduled state'),
      adherence: z
        .number()
        .nullable()
        .describe('adheredSeconds ÷ scheduledSeconds; null unscheduled'),
      outOfAdherence: z.array(
        z.object({
          start: z.string(),
          end: z.string(),
          expected: z.enum(['online', 'break']),
          actual: status,
        }),
      ),
    })
    .meta({ id: 'AgentDay' });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/day',
      summary: 'One day per operator: status timeline, planned shift and breaks, adherence',
      description:
        'During a shift an operator should be online; during a planned break, not online. Adherence = time in the scheduled state ÷ scheduled time; out-of-adherence periods of a minute or more are listed. The day is local to the operator’s schedule, or `timeZone` (default UTC) without one. An agent sees their own.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      query: z.object({
        date: z.iso.date(),
        timeZone: z.string().min(1).max(64).default('UTC'),
        agentId: idSchema.optional(),
      }),
      response: z.object({ date: z.string(), agents: z.array(dayAgent) }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      if (!isTimeZone(query.timeZone))
        throw new AppError('validation_failed', `Unknown time zone ${query.timeZone}`);
      const only = ownUnlessSupervisor(principal, query.agentId);
      return {
        date: query.date,
        agents: await workforce.day(params.tenantId, query.date, query.timeZone, only),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/live',
      summary:
        'Scheduled operators now: expected state against presence; `absent` = on shift but offline',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.read',
      params: tenantParams,
      response: z.object({
        agents: z.array(
          z.object({
            agentId: z.string(),
            name: z.string(),
            status,
            since: z.string().nullable(),
            expected: z.enum(['online', 'break', 'off']),
            absent: z.boolean(),
            inAdherence: z.boolean(),
            localDate: z.string(),
          }),
        ),
      }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'workforce.read', params.tenantId);
      return { agents: await workforce.live(params.tenantId) };
    },
  );

  const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time of day, "HH:MM"');
  const scheduleSchema = z
    .object({
      timeZone: z.string().min(1).max(64).describe('IANA time zone of the times, e.g. Asia/Tokyo'),
      shifts: z
        .array(
          z.object({
            weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday'),
            start: hhmm,
            end: hhmm,
            breaks: z
              .array(
                z.object({
                  start: hhmm,
                  end: hhmm,
                  reason: z.string().trim().min(1).max(40).optional(),
                }),
              )
              .max(8)
              .default([]),
          }),
        )
        .max(7),
    })
    .meta({ id: 'WeeklySchedule' });
  const agentParams = tenantParams.extend({ agentId: idSchema });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/schedules/:agentId',
      summary: 'An operator’s weekly schedule (null when none); an agent reads their own',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: agentParams,
      response: z.object({ schedule: scheduleSchema.nullable() }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      ownUnlessSupervisor(principal, params.agentId);
      return { schedule: await workforce.schedule(params.tenantId, params.agentId) };
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/workforce/schedules/:agentId',
      summary: 'Set an operator’s weekly schedule: one shift per weekday with planned breaks',
      description:
        'Shifts end after they start on the same day; breaks lie inside their shift and do not overlap.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.manage',
      params: agentParams,
      body: scheduleSchema,
      response: z.object({ schedule: scheduleSchema }),
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'workforce.manage', params.tenantId);
      return { schedule: await workforce.setSchedule(params.tenantId, params.agentId, body) };
    },
  );

  const teamSchema = z
    .object({ id: z.string(), name: z.string(), memberIds: z.array(z.string()) })
    .meta({ id: 'Team' });
  const teamParams = tenantParams.extend({ teamId: idSchema });

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/teams',
      summary: 'Teams and their members',
      tag: 'Workforce',
      security: 'staff',
      permission: 'conversation.read',
      params: tenantParams,
      response: z.object({ teams: z.array(teamSchema) }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'conversation.read', params.tenantId);
      const teams = await workforce.teams(params.tenantId);
      return { teams: teams.map(({ id, name, memberIds }) => ({ id, name, memberIds })) };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/workforce/teams',
      summary: 'Create a team (names are unique in a tenant)',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.manage',
      params: tenantParams,
      body: z.object({ name: z.string().trim().min(1).max(80) }),
      response: teamSchema,
      status: 201,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'workforce.manage', params.tenantId);
      return workforce.createTeam(params.tenantId, body.name);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/workforce/teams/:teamId/members',
      summary: 'Set a team’s members (replaces them)',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.manage',
      params: teamParams,
      body: z.object({ agentIds: z.array(idSchema).max(500) }),
      response: teamSchema,
    },
    async ({ principal, params, body }) => {
      authorize(principal, 'workforce.manage', params.tenantId);
      return workforce.setTeamMembers(params.tenantId, params.teamId, body.agentIds);
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/workforce/teams/:teamId',
      summary: 'Delete a team (its members stay)',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.manage',
      params: teamParams,
      response: z.object({ ok: z.boolean() }),
    },
    async ({ principal, params }) => {
      authorize(principal, 'workforce.manage', params.tenantId);
      await workforce.deleteTeam(params.tenantId, params.teamId);
      return { ok: true };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/workforce/team-figures',
      summary: 'Per team: utilisation, occupancy, handle time and conversations over a period',
      description:
        'Pooled over the members: utilisation = busy ÷ logged-in minutes, occupancy = busy ÷ logged-in minutes while online; handle time is the median over the members’ resolved conversations.',
      tag: 'Workforce',
      security: 'staff',
      permission: 'workforce.read',
      params: tenantParams,
      query: z.object({
        from: z.iso.datetime({ offset: true }).optional(),
        to: z.iso.datetime({ offset: true }).optional(),
      }),
      response: z.object({
        teams: z.array(
          z.object({
            teamId: z.string(),
            name: z.string(),
            members: z.number(),
            activeMembers: z.number().describe('Members who worked in the period'),
            utilisation: z.number().nullable(),
            occupancy: z.number().nullable(),
            handleSeconds: z.object({ median: z.number() }).nullable(),
            conversations: z.number(),
          }),
        ),
      }),
    },
    async ({ principal, params, query }) => {
      authorize(principal, 'workforce.read', params.tenantId);
      const { from, to } = period(query);
      return { teams: await workforce.teamFigures(params.tenantId, from, to) };
    },
  );
}
