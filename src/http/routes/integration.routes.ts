import { z } from 'zod';
import { apiScopes, authorize } from '../../auth/index.js';
import { AppError, notFound } from '../../errors/index.js';
import { flowBodySchema } from '../../flows/index.js';
import { webhookEvents } from '../../integrations/index.js';
import type { Router } from '../route.js';
import { idSchema, tenantParams } from '../schemas.js';
import type { Services } from '../services.js';
import { widgetTriggerSchema } from './widget-trigger.schemas.js';

const manage = 'integration.manage' as const;

const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    scopes: z.array(z.string()),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'ApiToken' });

const webhookSchema = z
  .object({ id: z.string(), url: z.string(), events: z.array(z.string()), createdAt: z.string() })
  .meta({ id: 'Webhook' });

const deliverySchema = z
  .object({
    id: z.string(),
    webhookId: z.string(),
    event: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number(),
    nextAttemptAt: z.string().nullable(),
    responseStatus: z.number().nullable(),
    lastError: z.string().nullable(),
    replayOf: z.string().nullable(),
    createdAt: z.string(),
    deliveredAt: z.string().nullable(),
    payload: z.unknown(),
  })
  .meta({ id: 'WebhookDelivery' });

const webhookParams = z.object({ tenantId: idSchema, id: idSchema });

export function registerIntegrationRoutes(router: Router, { integrations }: Services) {
  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/api-tokens',
      summary: 'Create an API token for an integration',
      description:
        'The token is returned once and stored only as a hash. Use it as `Authorization: Bearer <token>`; anything outside its scopes is refused with 403.',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      body: z.object({
        name: z.string().trim().min(1).max(100),
        scopes: z.array(z.enum(apiScopes)).min(1).max(apiScopes.length),
      }),
      status: 201,
      response: z.object({ id: z.string(), token: z.string() }),
    },
    async ({ params, body, principal }) => {
      authorize(principal, manage, params.tenantId);
      return integrations.tokens.create(params.tenantId, body, principal.userId);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/api-tokens',
      summary: 'List API tokens (never their values)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      response: z.object({ tokens: z.array(tokenSchema) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      return { tokens: await integrations.tokens.list(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/api-tokens/:id',
      summary: 'Revoke an API token (it is refused with 401 from then on)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: webhookParams,
      response: z.object({ revoked: z.literal(true) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      await integrations.tokens.revoke(params.tenantId, params.id);
      return { revoked: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/webhooks',
      summary: 'Subscribe a URL to domain events',
      description:
        'Each delivery is a POST of `{id, type, tenantId, createdAt, data}` with `X-Tsunagi-Signature`: the lowercase hex HMAC-SHA256 of the raw body, keyed with the returned secret (shown once). Also `X-Tsunagi-Event` and `X-Tsunagi-Delivery`. Any 2xx acknowledges; 5xx, 408, 429, timeouts and network errors are retried with exponential back-off; deliveries of one conversation are sent in order. Private, loopback and link-local addresses are refused unless the host is in OUTBOUND_ALLOW_HOSTS.',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      body: z.object({
        url: z.string().max(2000),
        events: z.array(z.enum(webhookEvents)).min(1).max(webhookEvents.length),
      }),
      status: 201,
      response: z.object({ id: z.string(), secret: z.string() }),
    },
    async ({ params, body, principal }) => {
      authorize(principal, manage, params.tenantId);
      return integrations.webhooks.create(params.tenantId, body);
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/webhooks',
      summary: 'List webhooks',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      response: z.object({ webhooks: z.array(webhookSchema) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      return { webhooks: await integrations.webhooks.list(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/webhooks/:id',
      summary: 'Delete a webhook; its pending deliveries are dropped',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: webhookParams,
      response: z.object({ deleted: z.literal(true) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      await integrations.webhooks.remove(params.tenantId, params.id);
      return { deleted: true as const };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/webhooks/:id/deliveries',
      summary: "A webhook's delivery log, newest first",
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: webhookParams,
      query: z.object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        before: idSchema.optional(),
      }),
      response: z.object({ deliveries: z.array(deliverySchema) }),
    },
    async ({ params, query, principal }) => {
      authorize(principal, manage, params.tenantId);
      return {
        deliveries: await integrations.webhooks.deliveries(params.tenantId, params.id, query),
      };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/webhooks/:id/deliveries/:deliveryId/replay',
      summary: 'Send a past delivery again (as a new delivery with the same body)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: z.object({ tenantId: idSchema, id: idSchema, deliveryId: idSchema }),
      status: 201,
      response: deliverySchema,
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      return integrations.webhooks.replay(params.tenantId, params.id, params.deliveryId);
    },
  );

  const eventType = z
    .string()
    .regex(/^[A-Za-z0-9][\w.:-]{0,63}$/, 'letters, digits, ".", ":", "_" and "-", up to 64')
    .describe('The event type named by the client system, e.g. `order.delayed`');
  const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');
  const ruleSchema = z
    .object({
      eventType: z.string(),
      template: z.string(),
      quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
      dailyLimit: z.number(),
      updatedAt: z.string(),
    })
    .meta({ id: 'ProactiveRule' });
  const ruleParams = z.object({ tenantId: idSchema, eventType });

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/proactive-rules/:eventType',
      summary: 'Set the rule for one event type of proactive messages',
      description:
        '`template` fills `{{data.field}}` (nested paths too) and `{{contact.name}}`. `quietHours` are local times in the tenant’s time zone (routing settings), and may wrap past midnight: a message due inside them waits for their end. `dailyLimit`: at most this many proactive messages per contact in any 24 hours.',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: ruleParams,
      body: z.object({
        template: z.string().trim().min(1).max(2000),
        quietHours: z.object({ start: hhmm, end: hhmm }).nullable().default(null),
        dailyLimit: z.number().int().min(0).max(100).default(3),
      }),
      response: ruleSchema,
    },
    async ({ params, body, principal }) => {
      authorize(principal, manage, params.tenantId);
      return integrations.proactive.putRule(params.tenantId, {
        eventType: params.eventType,
        ...body,
      });
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/proactive-rules',
      summary: 'List the rules of proactive messages',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      response: z.object({ rules: z.array(ruleSchema) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      return { rules: await integrations.proactive.listRules(params.tenantId) };
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/proactive-rules/:eventType',
      summary: 'Delete a rule of proactive messages',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: ruleParams,
      response: z.object({ deleted: z.literal(true) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      await integrations.proactive.deleteRule(params.tenantId, params.eventType);
      return { deleted: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/events',
      summary: 'An event from the client’s systems: a proactive message to the contact',
      description:
        'Admins, or an API token with `events:write`. The contact (by `externalId` or `email`) gets the rule’s message in the conversation they last used, on its channel (widget, LINE, email, Telegram). The answer says what happened: `sent`, `deferred` (quiet hours; `sendAt`), `skipped` (`reason`: `no_rule` or `daily_limit`) or `no_contact` (`reason`: `unknown_contact` or `no_conversation`).',
      tag: 'Integrations',
      security: 'staff',
      permission: 'events.send',
      params: tenantParams,
      body: z.object({
        type: eventType,
        contact: z
          .object({
            externalId: z.string().trim().min(1).max(200).optional(),
            email: z.email().max(254).optional(),
          })
          .refine((c) => c.externalId !== undefined || c.email !== undefined, {
            message: 'give externalId or email',
          }),
        data: z.record(z.string(), z.unknown()).default({}),
      }),
      bodyLimit: 64 * 1024,
      response: z
        .object({
          status: z.enum(['sent', 'deferred', 'skipped', 'no_contact']),
          reason: z.string().optional(),
          conversationId: z.string().optional(),
          channel: z.string().optional(),
          messageId: z.string().optional(),
          sendAt: z.string().optional(),
          text: z.string().optional(),
        })
        .meta({ id: 'ProactiveOutcome' }),
    },
    async ({ params, body, principal }) => {
      authorize(principal, 'events.send', params.tenantId);
      return integrations.proactive.handleEvent(params.tenantId, body);
    },
  );

  const flowParams = z.object({
    tenantId: idSchema,
    id: z.string().regex(/^[\w-]{1,64}$/, 'letters, digits, _ and - only'),
  });
  const flowSchema = z
    .object({
      id: z.string(),
      version: z.number(),
      versions: z.array(z.number()),
      name: z.string(),
      trigger: z.object({
        intent: z.string().optional(),
        faqId: z.string().optional(),
        keyword: z.string().optional(),
      }),
      steps: z.array(z.record(z.string(), z.unknown())),
      createdAt: z.string(),
    })
    .meta({ id: 'Flow' });

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/flows/:id',
      summary: 'Save a bot flow (each save is a new version)',
      description:
        'Steps: `message` (`text`, optional `buttons: [{label, next?}]`), `question` (`text`, `variable`, `kind`: `order_number` | `email` | `date` | `text`, `invalidText?`), `condition` (`variable`, `equals?` or `matches?`, `ifTrue`, `ifFalse`), `skill` (`method`, `url`, `headers?`, `body?` with `{{variable}}`, `timeoutMs`, `retries`, `map: {variable: "json.path"}`, `reply?`, `errorText?`, `onError?`), `handoff` (`text?`) and `end` (`text?`). Each step goes to `next`, else the one after it. Skill header values are stored encrypted and come back as `********`; sending that back keeps the stored value.',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: flowParams,
      body: flowBodySchema,
      bodyLimit: 256 * 1024,
      response: flowSchema,
    },
    async ({ params, body, principal }) => {
      authorize(principal, manage, params.tenantId);
      const saved = await integrations.flows.put(params.tenantId, params.id, body);
      integrations.flowRunner.invalidate(params.tenantId);
      return saved;
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/flows',
      summary: 'List bot flows (latest versions)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      response: z.object({
        flows: z.array(
          z.object({
            id: z.string(),
            version: z.number(),
            name: z.string(),
            trigger: z.record(z.string(), z.string()),
            stepCount: z.number(),
            createdAt: z.string(),
          }),
        ),
      }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      return {
        flows: (await integrations.flows.list(params.tenantId)).map((f) => ({
          ...f,
          trigger: Object.fromEntries(
            Object.entries(f.trigger).filter((e): e is [string, string] => e[1] !== undefined),
          ),
        })),
      };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/flows/:id',
      summary: 'A bot flow (the latest version, or `?version=`)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: flowParams,
      query: z.object({ version: z.coerce.number().int().min(1).optional() }),
      response: flowSchema,
    },
    async ({ params, query, principal }) => {
      authorize(principal, manage, params.tenantId);
      return integrations.flows.get(params.tenantId, params.id, query.version);
    },
  );

  router.staff(
    {
      method: 'DELETE',
      url: '/api/v1/tenants/:tenantId/flows/:id',
      summary: 'Delete a bot flow (all its versions)',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: flowParams,
      response: z.object({ deleted: z.literal(true) }),
    },
    async ({ params, principal }) => {
      authorize(principal, manage, params.tenantId);
      await integrations.flows.remove(params.tenantId, params.id);
      integrations.flowRunner.invalidate(params.tenantId);
      return { deleted: true as const };
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/flows/:id/simulate',
      summary:
        'Try a flow: one turn from a state (or the start); skills are called, nothing is stored',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: flowParams,
      body: z.object({
        state: z
          .object({
            flowId: z.string().max(64),
            version: z.number().int(),
            stepId: z.string().max(64),
            variables: z.record(z.string().max(64), z.string().max(2000)),
          })
          .nullable()
          .default(null),
        text: z.string().max(2000).optional(),
        /** An unsaved draft (as PUT takes it) to run instead of the stored flow. */
        draft: flowBodySchema.optional(),
      }),
      response: z.object({
        replies: z.array(
          z.object({
            text: z.string(),
            buttons: z.array(z.object({ label: z.string(), text: z.string() })).optional(),
          }),
        ),
        state: z.record(z.string(), z.unknown()).nullable(),
        handoff: z.object({ variables: z.record(z.string(), z.string()) }).nullable(),
      }),
    },
    async ({ params, body, principal }) => {
      authorize(principal, manage, params.tenantId);
      const result = await integrations.flowRunner.simulate(params.tenantId, params.id, body);
      if (!result) throw notFound('Flow');
      return result;
    },
  );

  router.staff(
    {
      method: 'POST',
      url: '/api/v1/tenants/:tenantId/conversations/:id/bot-reply',
      summary: 'An external bot answers a conversation’s bot turn',
      description:
        'The agent-bot API. A webhook subscribed to `conversation.bot_turn` receives each customer message the bot would answer (`data`: `conversationId`, `turnId`, `message.text`, `deadline`); the external bot answers here before the deadline (`AGENT_BOT_TIMEOUT_MS`, 5 s by default) with its replies (with buttons, rendered natively on each channel) and/or a handoff to a person, with variables for the handoff card. After the deadline the built-in bot has answered and this is refused with 409. Admins, or an API token with `conversations:write`.',
      tag: 'Integrations',
      security: 'staff',
      permission: 'conversation.work',
      params: z.object({ tenantId: idSchema, id: idSchema }),
      body: z
        .object({
          turnId: z.string().min(1).max(100),
          replies: z
            .array(
              z.object({
                text: z.string().trim().min(1).max(5000),
                buttons: z
                  .array(
                    z.object({
                      label: z.string().trim().min(1).max(100),
                      text: z.string().trim().min(1).max(1000).optional(),
                    }),
                  )
                  .max(10)
                  .optional(),
              }),
            )
            .max(10)
            .default([]),
          handoff: z.boolean().default(false),
          variables: z.record(z.string().max(64), z.string().max(2000)).default({}),
        })
        .refine((b) => b.replies.length > 0 || b.handoff, {
          message: 'give replies, a handoff, or both',
        }),
      response: z.object({ accepted: z.literal(true) }),
    },
    async ({ params, body }) => {
      const isWaiting = await integrations.agentBot.answer(
        params.tenantId,
        params.id,
        body.turnId,
        {
          replies: body.replies.map((r) => ({
            text: r.text,
            ...(r.buttons
              ? { buttons: r.buttons.map((b) => ({ label: b.label, text: b.text ?? b.label })) }
              : {}),
          })),
          handoff: body.handoff,
          variables: body.variables,
        },
      );
      if (!isWaiting) {
        throw new AppError(
          'conflict',
          'This bot turn is not waiting for an answer: it was answered, or its deadline passed and the built-in bot answered',
        );
      }
      return { accepted: true as const };
    },
  );

  /** The demo shop's order API, called by the demo's order-status flow. */
  const demoOrders: Record<string, { status: string; eta: string }> = {
    '1001': { status: '発送済み', eta: '12月8日' },
    '1002': { status: '準備中', eta: '12月10日' },
    '1003': { status: 'お届け済み', eta: '12月5日' },
  };
  router.open(
    {
      method: 'GET',
      url: '/demo/shop/orders/:number',
      summary: 'Demo shop: an order’s status (orders 1001–1003)',
      tag: 'Demo',
      security: 'none',
      params: z.object({ number: z.string().regex(/^[\w-]{1,32}$/) }),
      response: z.object({ number: z.string(), status: z.string(), eta: z.string() }),
    },
    async ({ params }) => {
      const order = demoOrders[params.number];
      if (!order) throw notFound('Order');
      return { number: params.number, ...order };
    },
  );

  // Proactive widget triggers: armed in the visitor's page, each show allowed by the server.
  const widgetTriggerList = z.object({
    triggers: z
      .array(widgetTriggerSchema)
      .max(20)
      .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'ids must differ'),
  });

  router.staff(
    {
      method: 'PUT',
      url: '/api/v1/tenants/:tenantId/widget-triggers',
      summary: 'Set the proactive widget triggers (replaces the list)',
      description:
        'The widget shows a trigger’s message as a bubble when the page URL contains `urlContains` and fits `url` (a prefix, or a glob with `*`; a pattern starting with / is matched against the path and query), after `secondsOnPage`, and (if `returningVisitor`) only from the second visit. Before showing it asks the server, which refuses during `quietHours` and beyond the `visitorLimit` (default: once per visitor per day). Opening the chat shows it as the bot’s first message.',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      body: widgetTriggerList,
      response: widgetTriggerList,
    },
    async ({ params, body }) => {
      return { triggers: await integrations.widgetTriggers.put(params.tenantId, body.triggers) };
    },
  );

  router.staff(
    {
      method: 'GET',
      url: '/api/v1/tenants/:tenantId/widget-triggers',
      summary: 'List the proactive widget triggers',
      tag: 'Integrations',
      security: 'staff',
      permission: manage,
      params: tenantParams,
      response: widgetTriggerList,
    },
    async ({ params }) => {
      return { triggers: await integrations.widgetTriggers.list(params.tenantId) };
    },
  );
}
