import type { HttpClient } from '../api/http-client';
import type { RequestOf, ResponseOf } from '../api/types';

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];
export type Interval = { open: string; close: string };
/** Local opening intervals per weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, Interval[]>>;

export const routingLanguages = ['ja', 'en', 'ko', 'zh'] as const;
export type RoutingLanguage = (typeof routingLanguages)[number];
/** The agent's languages as the server reports them, kept to the ones routing knows. */
export const knownLanguages = (codes: readonly string[]): RoutingLanguage[] =>
  routingLanguages.filter((code) => codes.includes(code));
export const agentLevels = ['new', 'regular', 'senior'] as const;
export type AgentLevel = (typeof agentLevels)[number];

/** What a queue is made of, as an admin sends it. */
export type QueueInput = RequestOf<'/api/v1/tenants/{tenantId}/queues', 'post'>;

export type QueueRow = ResponseOf<'/api/v1/tenants/{tenantId}/queues', 'get'>['queues'][number];

export type RoutingSettings = ResponseOf<'/api/v1/tenants/{tenantId}/routing/settings', 'get'>;

export type AgentRow = ResponseOf<
  '/api/v1/tenants/{tenantId}/supervisor/overview',
  'get'
>['agents'][number];

export type AgentRoutingPatch = RequestOf<
  '/api/v1/tenants/{tenantId}/agents/{userId}/routing',
  'put'
>;

const enc = encodeURIComponent;

/** The routing administration endpoints (queues, hours, agent profiles), bound to one tenant. */
export function createRoutingApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    listQueues: async () =>
      (await http.request<{ queues: QueueRow[] }>('GET', `${base}/queues`)).queues,
    createQueue: (queue: QueueInput) => http.request<QueueRow>('POST', `${base}/queues`, queue),
    updateQueue: (id: string, queue: QueueInput) =>
      http.request<QueueRow>('PUT', `${base}/queues/${enc(id)}`, queue),
    deleteQueue: (id: string) =>
      http.request<{ deleted: true }>('DELETE', `${base}/queues/${enc(id)}`),
    getSettings: () => http.request<RoutingSettings>('GET', `${base}/routing/settings`),
    saveSettings: (settings: RoutingSettings) =>
      http.request<RoutingSettings>('PUT', `${base}/routing/settings`, settings),
    /** Routable staff with their routing profile (the supervisor overview carries skills and level). */
    listAgents: async () =>
      (await http.request<{ agents: AgentRow[] }>('GET', `${base}/supervisor/overview`)).agents,
    saveAgent: (userId: string, patch: AgentRoutingPatch) =>
      http.request<{ id: string }>('PUT', `${base}/agents/${enc(userId)}/routing`, patch),
    /** The trained intent model and the settings cross-validation chose for it. */
    getIntentModel: () => http.request<IntentModel>('GET', `${base}/intents/model`),
    listIntentSkills: async () =>
      (await http.request<{ entries: IntentSkillEntry[] }>('GET', `${base}/intents/skills`))
        .entries,
    saveIntentSkills: async (entries: IntentSkillEntry[]) =>
      (
        await http.request<{ entries: IntentSkillEntry[] }>('PUT', `${base}/intents/skills`, {
          entries,
        })
      ).entries,
  };
}

export type IntentModel = ResponseOf<'/api/v1/tenants/{tenantId}/intents/model', 'get'>;
export type IntentSkillEntry = ResponseOf<
  '/api/v1/tenants/{tenantId}/intents/skills',
  'get'
>['entries'][number];

export type RoutingApi = ReturnType<typeof createRoutingApi>;

/** "billing, 返品、 vip" → ["billing", "返品", "vip"]: commas (also Japanese ones) separate. */
export const parseList = (text: string): string[] => [
  ...new Set(
    text
      .split(/[,、，]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ),
];

/** An optional whole number field: empty is null; anything else goes to the server as typed. */
export const parseOptionalNumber = (text: string): number | null =>
  text.trim() === '' ? null : Number(text.trim());
