import { ApiError } from '../api/api-error';
import type { HttpClient } from '../api/http-client';
import type { ResponseOf } from '../api/types';

export type Call = ResponseOf<'/api/v1/tenants/{tenantId}/calls/{id}', 'get'>;
export type AgentCallFigures = ResponseOf<
  '/api/v1/tenants/{tenantId}/calls/by-agent',
  'get'
>['agents'][number];
export type StaffUser = ResponseOf<'/api/v1/tenants/{tenantId}/users', 'get'>['users'][number];

export const callsPath = `${import.meta.env.BASE_URL}calls`;

const enc = encodeURIComponent;

/** Call recordings: upload, list, one call's figures, its audio, figures per operator. */
export function createCallsApi(http: HttpClient, tenantId: string, getToken: () => string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  const authorised = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(path, {
      ...init,
      headers: { accept: 'application/json', authorization: `Bearer ${getToken()}` },
    }).catch(() => {
      throw new ApiError(0, 'network_error', 'Network error');
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as {
        error?: { code: string; message: string };
      };
      throw new ApiError(
        response.status,
        body.error?.code ?? 'http_error',
        body.error?.message ?? response.statusText,
      );
    }
    return response;
  };
  return {
    list: async () => (await http.request<{ calls: Call[] }>('GET', `${base}/calls`)).calls,
    get: (id: string) => http.request<Call>('GET', `${base}/calls/${enc(id)}`),
    agents: async () => (await http.request<{ users: StaffUser[] }>('GET', `${base}/users`)).users,
    byAgent: async (from: string, to: string) =>
      (
        await http.request<{ agents: AgentCallFigures[] }>(
          'GET',
          `${base}/calls/by-agent?from=${enc(from)}&to=${enc(to)}`,
        )
      ).agents,
    async upload(file: File, agentChannel: 'left' | 'right', agentId?: string) {
      const form = new FormData();
      form.append('recording', file, file.name);
      form.append('agentChannel', agentChannel);
      if (agentId) form.append('agentId', agentId);
      const response = await authorised(`${base}/calls`, { method: 'POST', body: form });
      return (await response.json()) as { id: string };
    },
    /** The recording as a blob URL for the player (the request needs the staff token). */
    async recordingUrl(id: string): Promise<string> {
      const response = await authorised(`${base}/calls/${enc(id)}/recording`);
      return URL.createObjectURL(await response.blob());
    },
  };
}

export type CallsApi = ReturnType<typeof createCallsApi>;

/** 83.4 → "1:23"; an hour and more → "1:02:03". */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}
