import type { HttpClient } from './http-client';
import type { ConversationDetail, ConversationUpdate, Message, Presence, User } from './types';

const enc = encodeURIComponent;

/** The staff endpoints the console uses, bound to one tenant. */
export function createConsoleApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  const conversation = (id: string) => `${base}/conversations/${enc(id)}`;
  return {
    /** `reason`: why (a break…), kept in the status history. */
    setPresence: (status: Presence, reason?: string) =>
      http.request<{ status: Presence }>(
        'PUT',
        `${base}/agents/me/status`,
        reason ? { status, reason } : { status },
      ),
    getConversation: (id: string) => http.request<ConversationDetail>('GET', conversation(id)),
    assign: (id: string) =>
      http.request<Partial<ConversationUpdate>>('POST', `${conversation(id)}/assign`, {}),
    resolve: (id: string) => http.request<unknown>('POST', `${conversation(id)}/resolve`, {}),
    /** `faqId`: the FAQ this reply answers with; the server learns the customer's wording. */
    sendMessage: (id: string, text: string, faqId?: string) =>
      http.request<Message>(
        'POST',
        `${conversation(id)}/messages`,
        faqId ? { text, faqId } : { text },
      ),
  };
}

export type ConsoleApi = ReturnType<typeof createConsoleApi>;

export function createAuthApi(http: HttpClient) {
  return {
    me: () => http.request<{ user: User }>('GET', '/api/v1/auth/me'),
    logout: () => http.request<unknown>('POST', '/api/v1/auth/logout', {}),
  };
}
