import type { HttpClient } from '../api/http-client';

export type Severity = 'low' | 'medium' | 'high';
export type StoredFinding = {
  id: string;
  rule: string;
  severity: Severity;
  conversationId: string;
  messageId: string;
  agentId: string | null;
  author: string;
  start: number;
  end: number;
  text: string;
  sentDespiteWarning: boolean;
  createdAt: string;
};
export type QaAlert = { conversationId: string; finding: StoredFinding };
/** A finding as the review queue lists it: in a chat message, or in a call's transcript segment. */
export type QueueFinding = {
  rule: string;
  severity: Severity;
  text: string;
  start: number;
  end: number;
  messageId: string | null;
  segment: number | null;
  /** Where the segment starts in the recording (calls). */
  second: number | null;
};
/** A conversation or a call in the review queue, ranked by the same risk. */
export type QueueItem = {
  kind: 'conversation' | 'call';
  id: string;
  risk: number;
  agentId: string | null;
  at: string;
  href: string;
  findings: QueueFinding[];
};
export type Criterion = { id: string; label: string };
export type Review = {
  id: string;
  conversationId: string | null;
  callId: string | null;
  agentId: string | null;
  scores: Record<string, number>;
  average: number;
  comment: string | null;
  createdAt: string;
};
export type Trend = {
  agentId: string | null;
  week: string;
  high: number;
  medium: number;
  low: number;
  averageScore: number | null;
};
export type AgentUtilisation = {
  agentId: string;
  name: string;
  utilisation: number;
  band: 'over' | 'right' | 'under';
  handledConversations: number;
  handleSeconds: { median: number } | null;
  loggedInMinutes: number;
  activeMinutes: number;
  idleMinutes: number;
};
export type StaffingInput = {
  contactsPerHour: number;
  handleSeconds: number;
  targetServiceLevel: number;
  targetSeconds: number;
  concurrency?: number;
  patienceSeconds?: number;
};
export type Staffing = {
  agents: number;
  serviceLevel: number;
  occupancy: number;
  averageWaitSeconds: number;
  model: 'erlang_c' | 'erlang_a';
};
export type Forecast = {
  hours: { start: string; expected: number }[];
  backtest: { mape: number | null; seasonalNaiveMape: number | null; historyHours: number };
};

/** The quality and workforce endpoints of one tenant. */
export function createQualityApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${encodeURIComponent(tenantId)}`;
  return {
    reviewQueue: async (limit = 30) =>
      (await http.request<{ items: QueueItem[] }>('GET', `${base}/qa/review-queue?limit=${limit}`))
        .items,
    scorecard: async () =>
      (await http.request<{ criteria: Criterion[] }>('GET', `${base}/qa/scorecard`)).criteria,
    /** Scores a conversation or a call in the review queue. */
    review: (
      item: Pick<QueueItem, 'kind' | 'id'>,
      scores: Record<string, number>,
      comment?: string,
    ) =>
      http.request<{ id: string }>('POST', `${base}/qa/reviews`, {
        ...(item.kind === 'call' ? { callId: item.id } : { conversationId: item.id }),
        scores,
        ...(comment ? { comment } : {}),
      }),
    reviews: async () =>
      (await http.request<{ reviews: Review[] }>('GET', `${base}/qa/reviews`)).reviews,
    trends: async () =>
      (await http.request<{ trends: Trend[] }>('GET', `${base}/qa/trends`)).trends,
    agents: async () =>
      (await http.request<{ agents: AgentUtilisation[] }>('GET', `${base}/workforce/agents`))
        .agents,
    staffing: (input: StaffingInput) =>
      http.request<Staffing>('POST', `${base}/workforce/staffing`, input),
    forecast: () => http.request<Forecast>('GET', `${base}/workforce/forecast?weeks=1`),
    reportActivity: (report: {
      minuteStart: string;
      keys: number;
      clicks: number;
      focusedSeconds: number;
    }) => http.request<{ ok: boolean }>('POST', `${base}/agents/me/activity`, report),
  };
}

export type QualityApi = ReturnType<typeof createQualityApi>;
