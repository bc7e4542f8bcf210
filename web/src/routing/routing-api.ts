import type { HttpClient } from '../api/http-client';

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];
export type Interval = { open: string; close: string };
/** Local opening intervals per weekday; a missing or empty day is closed. */
export type WeeklyHours = Partial<Record<Weekday, Interval[]>>;

export const routingLanguages = ['ja', 'en', 'ko', 'zh'] as const;
export const agentLevels = ['new', 'regular', 'senior'] as const;
export type AgentLevel = (typeof agentLevels)[number];

/** What a queue is made of, as an admin sends it. */
export type QueueInput = {
  name: string;
  skills: string[];
  languages: string[];
  isDefault: boolean;
  slaFirstReplySeconds: number | null;
  overflowQueueId: string | null;
  overflowAfterSeconds: number | null;
  /** null: the tenant's hours apply. */
  businessHours: WeeklyHours | null;
};

export type QueueRow = QueueInput & { id: string; createdAt: string };

export type RoutingSettings = {
  timeZone: string;
  /** null: open around the clock. */
  businessHours: WeeklyHours | null;
  holidays: string[];
  slaFirstReplySeconds: number;
  awayGraceSeconds: number;
};

export type AgentRow = {
  id: string;
  name: string;
  role: string;
  status: string;
  level: string;
  languages: string[];
  skills: string[];
  load: number;
  maxConcurrent: number;
};

export type AgentRoutingPatch = {
  skills: string[];
  languages: string[];
  level: AgentLevel;
  maxConcurrent: number | null;
};

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
  };
}

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
