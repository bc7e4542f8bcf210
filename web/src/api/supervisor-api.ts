import type { HttpClient } from './http-client';
import type { ConversationDetail, ConversationUpdate, SupervisorOverview } from './types';

const enc = encodeURIComponent;

/** What the supervisor view reads, and joining a conversation (assigning it to oneself). */
export function createSupervisorApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    overview: () => http.request<SupervisorOverview>('GET', `${base}/supervisor/overview`),
    getConversation: (id: string) =>
      http.request<ConversationDetail>('GET', `${base}/conversations/${enc(id)}`),
    join: (id: string) =>
      http.request<ConversationUpdate>('POST', `${base}/conversations/${enc(id)}/assign`, {}),
  };
}

export type SupervisorApi = ReturnType<typeof createSupervisorApi>;
