import type { HttpClient } from './http-client';
import type { InboxFilters, InboxItem, InboxView, QueueRef } from './types';

const enc = encodeURIComponent;

/** The server's views: the console's tabs, and by status for the supervisor view. */
export type InboxListView = InboxView | 'assigned' | 'bot' | 'resolved';

const toQuery = (view: InboxListView, filters: InboxFilters): string => {
  const params = new URLSearchParams({ view });
  for (const key of ['queueId', 'tag', 'channel', 'q'] as const) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
};

/** The console's inbox endpoints (lists with filters and unread counts, read marks), for one tenant. */
export function createInboxApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${enc(tenantId)}`;
  return {
    list: async (view: InboxListView, filters: InboxFilters = {}) => {
      const body = await http.request<{ conversations: InboxItem[] }>(
        'GET',
        `${base}/inbox?${toQuery(view, filters)}`,
      );
      return body.conversations;
    },
    markRead: (id: string) =>
      http.request<{ ok: boolean }>('POST', `${base}/conversations/${enc(id)}/read`, {}),
    queues: async () => {
      const body = await http.request<{ queues: QueueRef[] }>('GET', `${base}/queues`);
      return body.queues.map(({ id, name }) => ({ id, name }));
    },
    tags: async () => (await http.request<{ tags: string[] }>('GET', `${base}/tags`)).tags,
  };
}

export type InboxApi = ReturnType<typeof createInboxApi>;
