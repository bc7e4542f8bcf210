import type { HttpClient } from '../api/http-client';
import type { ResponseOf } from '../api/types';

export type CallbackRow = ResponseOf<
  '/api/v1/tenants/{tenantId}/callbacks',
  'get'
>['callbacks'][number];
export type CallbackSummary = ResponseOf<'/api/v1/tenants/{tenantId}/callbacks/summary', 'get'>;
export type CallbackTab = 'open' | 'mine' | 'closed';

export const callbacksPath = `${import.meta.env.BASE_URL}callbacks`;

const enc = encodeURIComponent;

/** Callback requests: the queue, claiming, reporting the call, and the board's counts. */
export function createCallbacksApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}/callbacks`;
  const query: Record<CallbackTab, string> = {
    open: '?status=open,claimed',
    mine: '?status=claimed&mine=true',
    closed: '?status=completed,no_answer',
  };
  return {
    list: async (tab: CallbackTab) =>
      (await http.request<{ callbacks: CallbackRow[] }>('GET', `${base}${query[tab]}&limit=200`))
        .callbacks,
    summary: () => http.request<CallbackSummary>('GET', `${base}/summary`),
    claim: (id: string) => http.request<unknown>('POST', `${base}/${enc(id)}/claim`),
    complete: (id: string, note?: string) =>
      http.request<unknown>('POST', `${base}/${enc(id)}/complete`, note ? { note } : {}),
    noAnswer: (id: string) => http.request<unknown>('POST', `${base}/${enc(id)}/no-answer`, {}),
  };
}

export type CallbacksApi = ReturnType<typeof createCallbacksApi>;
