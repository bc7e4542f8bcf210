import type { HttpClient } from '../api/http-client';
import type { components } from '../api/openapi.gen';

export type Breakdown = {
  key: string;
  name: string | null;
  conversations: number;
  handedOff: number;
  answered: number;
  abandoned: number;
  assigned: number;
  resolved: number;
  transfers: number;
  firstResponseSecondsAverage: number | null;
  handleSecondsAverage: number | null;
  csatAverage: number | null;
};

export type Summary = {
  conversations: number;
  botResolved: number;
  handedOff: number;
  containmentRate: number;
  firstResponseSeconds: { median: number; p90: number } | null;
  handleSeconds: { median: number } | null;
  firstResponseBusinessSeconds: { median: number; p90: number } | null;
  handleBusinessSeconds: { median: number } | null;
  responseRate: number;
  abandoned: number;
  csat: { count: number; average: number } | null;
  byChannel: Record<string, number>;
  byHour: number[];
  answered: number;
  abandonmentRate: number;
  resolved: number;
  slaMetRate: number;
  transfers: number;
  conversion: {
    conversions: number;
    value: number;
    botConversions: number;
    humanConversions: number;
    botRate: number;
    humanRate: number;
    valuePerChat: number;
    visitors: number;
    visitorsWithoutChat: number;
    noChatConversions: number;
    noChatValue: number;
    noChatRate: number;
  };
  byDay: {
    date: string;
    conversations: number;
    botResolved: number;
    handedOff: number;
    answered: number;
    abandoned: number;
    csatAverage: number | null;
  }[];
  byAgent: Breakdown[];
  byQueue: Breakdown[];
  byTeam: Breakdown[];
  byCategory: Breakdown[];
  botAnswers: number;
  /** Analysed calls of the range (as the API documents them). */
  calls: components['schemas']['AnalyticsSummary']['calls'];
  timeZone: string;
  roi: { botResolved: number; costPerContact: number; currency: string; saved: number } | null;
};

export type Term = { term: string; count: number; previousCount: number };
export type DrillRow = {
  id: string;
  createdAt: string;
  channel: string;
  category: string | null;
  status: string;
  handedOffAt: string | null;
  csatScore: number | null;
};
export type Range = { from: string; to: string; channel: string };

const query = (r: Range) =>
  `from=${encodeURIComponent(r.from)}&to=${encodeURIComponent(r.to)}${r.channel ? `&channel=${r.channel}` : ''}`;

export function createAnalyticsApi(http: HttpClient, tenantId: string, getToken: () => string) {
  const base = `/api/v1/tenants/${tenantId}`;
  return {
    summary: (r: Range) => http.request<Summary>('GET', `${base}/analytics/summary?${query(r)}`),
    keywords: (r: Range) =>
      http.request<{ keywords: Term[]; rising: Term[] }>(
        'GET',
        `${base}/analytics/keywords?${query(r)}`,
      ),
    drillDown: (r: Range, filter: { term?: string; category?: string }) =>
      http.request<{ conversations: DrillRow[] }>(
        'GET',
        `${base}/analytics/conversations?${query(r)}${filter.term ? `&term=${encodeURIComponent(filter.term)}` : ''}${filter.category ? `&category=${encodeURIComponent(filter.category)}` : ''}`,
      ),
    /** Downloads a file the API answers (report or export) under the given name. */
    async download(path: string, filename: string): Promise<void> {
      const response = await fetch(`${base}${path}`, {
        headers: { authorization: `Bearer ${getToken()}` },
      });
      if (!response.ok) throw new Error(`${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    reportPath: (kind: 'weekly' | 'monthly', period: string, format: 'xlsx' | 'csv') =>
      `/reports/${kind}?period=${period}&format=${format}`,
    exportPath: (r: Range, format: 'csv' | 'jsonl') =>
      `/exports/conversations?${query(r)}&format=${format}`,
  };
}

export type AnalyticsApi = ReturnType<typeof createAnalyticsApi>;
