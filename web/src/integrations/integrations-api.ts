import type { HttpClient } from '../api/http-client';
import type { components } from '../api/openapi.gen';

type WidgetTriggerRow = components['schemas']['WidgetTrigger'];

export const apiScopes = [
  'conversations:read',
  'conversations:write',
  'contacts:read',
  'contacts:write',
  'faqs:write',
  'analytics:read',
  'events:write',
] as const;

export const webhookEvents = [
  'message.created',
  'conversation.updated',
  'note.created',
  'agent.status_changed',
  'faq.changed',
  'intents.trained',
  /** Offers the bot's turn to an external bot (the agent-bot API). */
  'conversation.bot_turn',
] as const;

export type ApiTokenRow = {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};

export type WebhookRow = { id: string; url: string; events: string[]; createdAt: string };

export type DeliveryRow = {
  id: string;
  event: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  nextAttemptAt: string | null;
  responseStatus: number | null;
  lastError: string | null;
  replayOf: string | null;
  createdAt: string;
};

export type ProactiveRuleRow = {
  eventType: string;
  template: string;
  quietHours: { start: string; end: string } | null;
  dailyLimit: number;
};

const enc = encodeURIComponent;

/** API tokens, webhooks and proactive-message rules of one tenant. */
export function createIntegrationsApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    tokens: async () =>
      (await http.request<{ tokens: ApiTokenRow[] }>('GET', `${base}/api-tokens`)).tokens,
    createToken: (body: { name: string; scopes: string[] }) =>
      http.request<{ id: string; token: string }>('POST', `${base}/api-tokens`, body),
    revokeToken: (id: string) => http.request('DELETE', `${base}/api-tokens/${enc(id)}`),
    webhooks: async () =>
      (await http.request<{ webhooks: WebhookRow[] }>('GET', `${base}/webhooks`)).webhooks,
    createWebhook: (body: { url: string; events: string[] }) =>
      http.request<{ id: string; secret: string }>('POST', `${base}/webhooks`, body),
    deleteWebhook: (id: string) => http.request('DELETE', `${base}/webhooks/${enc(id)}`),
    deliveries: async (id: string) =>
      (
        await http.request<{ deliveries: DeliveryRow[] }>(
          'GET',
          `${base}/webhooks/${enc(id)}/deliveries`,
        )
      ).deliveries,
    replay: (id: string, deliveryId: string) =>
      http.request('POST', `${base}/webhooks/${enc(id)}/deliveries/${enc(deliveryId)}/replay`),
    rules: async () =>
      (await http.request<{ rules: ProactiveRuleRow[] }>('GET', `${base}/proactive-rules`)).rules,
    putRule: (rule: ProactiveRuleRow) =>
      http.request('PUT', `${base}/proactive-rules/${enc(rule.eventType)}`, {
        template: rule.template,
        quietHours: rule.quietHours,
        dailyLimit: rule.dailyLimit,
      }),
    deleteRule: (eventType: string) =>
      http.request('DELETE', `${base}/proactive-rules/${enc(eventType)}`),
    widgetTriggers: async () =>
      (await http.request<{ triggers: WidgetTriggerRow[] }>('GET', `${base}/widget-triggers`))
        .triggers,
    putWidgetTriggers: async (triggers: WidgetTriggerRow[]) =>
      (
        await http.request<{ triggers: WidgetTriggerRow[] }>('PUT', `${base}/widget-triggers`, {
          triggers,
        })
      ).triggers,
  };
}

export type IntegrationsApi = ReturnType<typeof createIntegrationsApi>;
