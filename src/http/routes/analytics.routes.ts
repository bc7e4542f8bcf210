import { Readable } from 'node:stream';
import { z } from 'zod';
import {
  buildClientReport,
  type ExportRow,
  isCalendarDate,
  reportToCsv,
  reportToXlsx,
} from '../../analytics/index.js';
import { authorize, can } from '../../auth/index.js';
import { AppError } from '../../errors/index.js';
import { maskPii } from '../../privacy/index.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams, textSchema } from '../schemas.js';
import type { Services } from '../services.js';

/** Every channel a conversation can come from. */
export const analyticsChannels = ['web', 'email', 'line', 'telegram', 'form'] as const;

/** Whether files for this reader carry personal data masked (no `pii.read`: API tokens, say). */
const isMasked = (principal: Parameters<typeof can>[0]) =>
  principal.isPiiMasked ?? !can(principal, 'pii.read');

const isoTime = z.iso.datetime({ offset: true }).describe('ISO 8601 time');
const rangeQuery = z
  .object({
    from: isoTime,
    to: isoTime,
    channel: z.enum(analyticsChannels).optional(),
  })
  .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
    message: 'from must be before to',
    path: ['from'],
  })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, {
    message: 'the range may span at most 400 days',
    path: ['to'],
  })
  .transform((q) => ({
    from: new Date(q.from).toISOString(),
    to: new Date(q.to).toISOString(),
    channel: q.channel,
  }));

const breakdownRow = z.object({
  key: z.string().describe('The agent or queue id, or the category'),
  name: z.string().nullable().describe('The agent’s or queue’s name'),
  conversations: z.number(),
  handedOff: z.number(),
  answered: z.number(),
  abandoned: z.number(),
  assigned: z.number(),
  resolved: z.number(),
  transfers: z.number(),
  firstResponseSecondsAverage: z.number().nullable(),
  handleSecondsAverage: z.number().nullable(),
  csatAverage: z.number().nullable(),
});

const callRow = z.object({
  key: z.string().describe('The agent id, or the local date'),
  calls: z.number(),
  durationSeconds: z.number(),
  talkSeconds: z.number(),
});

/** The widget's random visitor id (kept in the browser's storage). */
export const visitorIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -');

const summarySchema = z
  .object({
    conversations: z.number(),
    botResolved: z.number().describe('Conversations never handed to a human'),
    handedOff: z.number(),
    containmentRate: z.number().describe('botResolved ÷ conversations'),
    firstResponseSeconds: z.object({ median: z.number(), p90: z.number() }).nullable(),
    handleSeconds: z.object({ median: z.number() }).nullable(),
    firstResponseBusinessSeconds: z
      .object({ median: z.number(), p90: z.number() })
      .nullable()
      .describe(
        'First response time with time outside opening hours and holidays left out (the queue’s hours, else the tenant’s)',
      ),
    handleBusinessSeconds: z
      .object({ median: z.number() })
      .nullable()
      .describe('Handle time with time outside opening hours and holidays left out'),
    responseRate: z.number().describe('応答率: handed off and answered by a human ÷ handed off'),
    abandoned: z.number().describe('Handed off and closed before any human answered'),
    csat: z.object({ count: z.number(), average: z.number() }).nullable(),
    byChannel: z.record(z.string(), z.number()),
    byHour: z.array(z.number()).describe('Conversations per local hour (tenant time zone)'),
    answered: z.number(),
    abandonmentRate: z.number(),
    resolved: z.number(),
    slaMetRate: z.number().describe('Answered within the first-reply SLA ÷ answered'),
    transfers: z.number(),
    conversion: z.object({
      conversions: z.number(),
      value: z.number(),
      botConversions: z.number(),
      humanConversions: z.number(),
      botRate: z.number(),
      humanRate: z.number(),
      valuePerChat: z.number(),
      visitors: z
        .number()
        .describe('Widget visitor days (a visitor on a local date) first seen in the range'),
      visitorsWithoutChat: z.number().describe('Visitor days without a conversation started'),
      noChatConversions: z
        .number()
        .describe('Purchases reported by visitor id on a visitor day without a chat'),
      noChatValue: z.number(),
      noChatRate: z.number().describe('noChatConversions ÷ visitorsWithoutChat'),
    }),
    byDay: z.array(
      z.object({
        date: z.string(),
        conversations: z.number(),
        botResolved: z.number(),
        handedOff: z.number(),
        answered: z.number(),
        abandoned: z.number(),
        csatAverage: z.number().nullable(),
      }),
    ),
    byAgent: z.array(breakdownRow),
    byQueue: z.array(breakdownRow),
    byCategory: z.array(breakdownRow),
    byTeam: z
      .array(breakdownRow)
      .describe('Per team (key: the team id): the counts of its members now, summed'),
    botAnswers: z.number(),
    calls: z
      .object({
        analysed: z.number().describe('Call recordings analysed, made in the range'),
        durationSeconds: z.number(),
        talkSeconds: z.number().describe('Agent and customer speech, summed'),
        byAgent: z.array(callRow),
        byDay: z.array(callRow),
      })
      .describe('Analysed calls (none when a chat channel is asked for)'),
    timeZone: z.string(),
    roi: z
      .object({
        botResolved: z.number(),
        costPerContact: z.number(),
        currency: z.string(),
        saved: z.number(),
      })
      .nullable(),
  })
  .meta({ id: 'AnalyticsSummary' });

const termSchema = z.object({ term: z.string(), count: z.number(), previousCount: z.number() });
const settingsSchema = z.object({
  costPerContact: z.number().nullable(),
  currency: z.string(),
  reportRecipients: z.array(z.string()),
  reportSchedule: z.enum(['off', 'weekly', 'monthly', 'both']),
});

const csvCell = (v: string | number | null) => {
  if (v === null) return '';
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};
const exportColumns = [
  'conversationId',
  'channel',
  'status',
  'conversationCreatedAt',
  'messageId',
  'seq',
  'author',
  'authorName',
  'text',
  'createdAt',
] as const satisfies readonly (keyof ExportRow)[];

export function registerAnalyticsRoutes(
  router: Router,
  { analytics, tenants, users, routing }: Services,
) {
  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/analytics/summary',
      summary: 'Operations numbers of the conversations created in [from, to)',
      description:
        'Counts come from rollups kept as conversations change; see docs/ANALYTICS.md for each definition.',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: tenantParams,
      query: rangeQuery,
      response: summarySchema,
    },
    async ({ params, query, principal }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      const [summary, staff, queues] = await Promise.all([
        analytics.summary(params.tenantId, query),
        users.listUsers(params.tenantId),
        routing.listQueues(params.tenantId),
      ]);
      const names = new Map<string, string>([
        ...staff.map((u) => [u.id, u.name] as [string, string]),
        ...queues.map((q) => [q.id, q.name] as [string, string]),
      ]);
      const named = (rows: typeof summary.byAgent) =>
        rows.map((r) => ({ ...r, name: names.get(r.key) ?? null }));
      return {
        ...summary,
        byAgent: named(summary.byAgent),
        byQueue: named(summary.byQueue),
        byCategory: summary.byCategory.map((r) => ({ ...r, name: r.key })),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/analytics/keywords',
      summary: 'Call reasons: salient terms of customer messages, with the previous period',
      description:
        'previousCount covers the period of the same length just before `from`; `rising` lists terms growing most.',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: tenantParams,
      query: rangeQuery,
      response: z.object({ keywords: z.array(termSchema), rising: z.array(termSchema) }),
    },
    async ({ params, query, principal }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      return analytics.keywords(params.tenantId, query);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/analytics/conversations',
      summary: 'The conversations behind a term or category (drill-down)',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: tenantParams,
      query: z
        .object({
          from: isoTime,
          to: isoTime,
          channel: z.enum(analyticsChannels).optional(),
          term: textSchema(100).optional(),
          category: textSchema(100).optional(),
        })
        .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
          message: 'from must be before to',
          path: ['from'],
        }),
      response: z.object({
        conversations: z.array(
          z.object({
            id: z.string(),
            createdAt: z.string(),
            channel: z.string(),
            category: z.string().nullable(),
            status: z.string(),
            handedOffAt: z.string().nullable(),
            csatScore: z.number().nullable(),
          }),
        ),
      }),
    },
    async ({ params, query, principal }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      const range = {
        from: new Date(query.from).toISOString(),
        to: new Date(query.to).toISOString(),
        channel: query.channel,
      };
      return {
        conversations: await analytics.drillDown(params.tenantId, range, {
          term: query.term,
          category: query.category,
        }),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/analytics/settings',
      summary: 'The tenant’s analytics settings (cost per human contact, report schedule)',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: tenantParams,
      response: settingsSchema,
    },
    async ({ params, principal }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      return analytics.getSettings(params.tenantId);
    },
  );

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/analytics/settings',
      summary: 'Change the cost per human contact (ROI) and the emailed report schedule',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.manage',
      params: tenantParams,
      body: z.object({
        costPerContact: z.number().min(0).max(1_000_000).nullable().optional(),
        currency: z
          .string()
          .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
          .optional(),
        reportRecipients: z.array(z.email().max(320)).max(20).optional(),
        reportSchedule: z.enum(['off', 'weekly', 'monthly', 'both']).optional(),
      }),
      response: settingsSchema,
    },
    async ({ params, body, principal }) => {
      authorize(principal, 'analytics.manage', params.tenantId);
      const patch = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
      return analytics.updateSettings(params.tenantId, patch);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/reports/:kind',
      summary: 'A weekly or monthly client report (XLSX or CSV)',
      description:
        'weekly: `period` is the first day (YYYY-MM-DD), seven days in the tenant time zone; monthly: `period` is YYYY-MM.',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: z.object({ tenantId: idSchema, kind: z.enum(['weekly', 'monthly']) }),
      query: z.object({
        period: z.string().max(10),
        format: z.enum(['xlsx', 'csv']).optional().default('xlsx'),
      }),
      response: z.string().describe('The report file'),
    },
    async ({ params, query, principal, reply }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      const isValid =
        params.kind === 'weekly'
          ? isCalendarDate(query.period)
          : /^\d{4}-(0[1-9]|1[0-2])$/.test(query.period);
      if (!isValid) {
        throw new AppError(
          'validation_failed',
          `Invalid query.period: ${params.kind === 'weekly' ? 'a date YYYY-MM-DD' : 'a month YYYY-MM'} expected`,
        );
      }
      const tenant = await tenants.getTenant(params.tenantId);
      const built = await buildClientReport(analytics, {
        tenantId: params.tenantId,
        tenantName: tenant.name,
        kind: params.kind,
        period: query.period,
      });
      // Call-reason terms and the notes quoting them come from customers' words.
      const report = isMasked(principal)
        ? {
            ...built,
            keywords: {
              keywords: built.keywords.keywords.map((k) => ({ ...k, term: maskPii(k.term) })),
              rising: built.keywords.rising.map((k) => ({ ...k, term: maskPii(k.term) })),
            },
            notes: built.notes.map(maskPii),
          }
        : built;
      const name = `${params.kind}-report-${query.period}.${query.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (query.format === 'csv') {
        reply.header('content-type', 'text/csv; charset=utf-8');
        return reportToCsv(report);
      }
      reply.header(
        'content-type',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      return (await reportToXlsx(report)) as never;
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/exports/conversations',
      summary: 'Every message of the conversations created in [from, to), streamed',
      description:
        'CSV (with a header row) or JSONL (one message per line), read a page at a time. For readers without `pii.read` (API tokens) email addresses, phone, card and My Numbers in the text are masked.',
      tag: 'Analytics',
      security: 'staff',
      permission: 'analytics.read',
      params: tenantParams,
      query: z
        .object({
          from: isoTime,
          to: isoTime,
          channel: z.enum(analyticsChannels).optional(),
          format: z.enum(['csv', 'jsonl']).optional().default('csv'),
        })
        .refine((q) => Date.parse(q.from) < Date.parse(q.to), {
          message: 'from must be before to',
          path: ['from'],
        }),
      response: z.string().describe('The export file'),
    },
    async ({ params, query, principal, reply }) => {
      authorize(principal, 'analytics.read', params.tenantId);
      const range = {
        from: new Date(query.from).toISOString(),
        to: new Date(query.to).toISOString(),
        channel: query.channel,
      };
      const pages = analytics.exportMessages(params.tenantId, range);
      const format = query.format;
      const masked = isMasked(principal);
      async function* lines() {
        if (format === 'csv') yield `\uFEFF${exportColumns.join(',')}\r\n`;
        for await (const rows of pages) {
          // Without `pii.read`, emails, phone and card numbers in the text are masked.
          const page = masked
            ? rows.map((row) => ({
                ...row,
                text: maskPii(row.text),
                authorName: row.authorName === null ? null : maskPii(row.authorName),
              }))
            : rows;
          yield page
            .map((row) =>
              format === 'csv'
                ? `${exportColumns.map((c) => csvCell(row[c])).join(',')}\r\n`
                : `${JSON.stringify(row)}\n`,
            )
            .join('');
        }
      }
      reply.header(
        'content-type',
        format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      );
      reply.header(
        'content-disposition',
        `attachment; filename="conversations-${range.from.slice(0, 10)}.${format}"`,
      );
      return Readable.from(lines()) as never;
    },
  );
}

/** The customer's side: rating the conversation, purchases after it or without one, visits. */
export function registerAnalyticsWidgetRoutes(router: Router, services: Services) {
  const { tenants, conversations, analytics, limits } = services;
  const params = z.object({ widgetKey: idSchema, id: idSchema });

  router.open(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/visit',
      summary: 'A page view with the widget loaded (for the no-chat conversion rate)',
      description:
        'Counted once per visitor and local date (the tenant’s time zone); a repeat is accepted and changes nothing.',
      tag: 'Customer',
      security: 'none',
      params: z.object({ widgetKey: idSchema }),
      body: z.object({ visitorId: visitorIdSchema }),
      response: z.object({ recorded: z.boolean() }),
    },
    async ({ params, body, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      return analytics.recordVisit(tenant.id, body.visitorId);
    },
  );

  router.open(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversion',
      summary:
        'A purchase by a widget visitor, with or without a chat (the no-chat conversion rate)',
      description:
        'One per orderId (a repeat is accepted and counted once). It counts as a purchase without a chat unless the visitor started a conversation that local date. A purchase after a chat is also reported on its conversation.',
      tag: 'Customer',
      security: 'none',
      params: z.object({ widgetKey: idSchema }),
      body: z.object({
        visitorId: visitorIdSchema,
        value: z.number().min(0).max(1_000_000_000),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
        orderId: textSchema(200).optional(),
      }),
      response: z.object({ recorded: z.boolean() }),
    },
    async ({ params, body, request }) => {
      await limits.read({ widgetKey: params.widgetKey, address: request.ip });
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      return analytics.recordVisitorPurchase(tenant.id, body);
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/csat',
      summary: 'The customer rates the conversation (1–5, with an optional comment)',
      description: 'A later rating of the same conversation replaces the earlier one.',
      tag: 'Customer',
      security: 'customer',
      params,
      body: z.object({
        score: z.number().int().min(1).max(5),
        comment: textSchema(2000).optional(),
      }),
      response: z.object({ ok: z.literal(true) }),
    },
    async ({ params, body, customerToken }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      await analytics.recordCsat(tenant.id, params.id, body.score, body.comment);
      return { ok: true as const };
    },
  );

  router.customer(
    {
      method: 'POST',
      url: '/api/v1/widget/:widgetKey/conversations/:id/conversion',
      summary: 'A purchase after the chat (for conversion rates, bot vs human)',
      description: 'One per orderId: a repeated orderId is accepted and counted once.',
      tag: 'Customer',
      security: 'customer',
      params,
      body: z.object({
        value: z.number().min(0).max(1_000_000_000),
        currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code'),
        orderId: textSchema(200).optional(),
      }),
      response: z.object({ recorded: z.boolean() }),
    },
    async ({ params, body, customerToken }) => {
      const tenant = await tenants.getTenantByWidgetKey(params.widgetKey);
      await conversations.verifyCustomer(tenant.id, params.id, customerToken);
      return analytics.recordConversion(tenant.id, params.id, body);
    },
  );
}
