import { useEffect, useMemo, useState } from 'react';
import { tenantChoice } from '../account/tenant-choice';
import type { HttpClient } from '../api/http-client';
import type { InboxApi } from '../api/inbox-api';
import type { InboxFilters, InboxItem } from '../api/types';
import type { InboxLists } from './use-inbox';

// As many as one tenant's list shows (the API's most).
const acrossLimit = 200;
/** Other clients' conversations reach this console by no socket: their rows are re-read. */
const acrossPollMs = 20_000;

const isUnfiltered = (filters: InboxFilters) =>
  !filters.q?.trim() && !filters.queueId && !filters.tag && !filters.channel;

/**
 * For a person who works in several tenants (an outsourcer's operator): the inbox tabs list
 * the conversations of every one of them, each with its client's name. Filters (queues, tags,
 * search) belong to one tenant, so a filtered list stays the current tenant's.
 */
export function useAllTenantsInbox(api: InboxApi, http: HttpClient) {
  const [tenants, setTenants] = useState<{ id: string; name: string }[]>([]);
  // Clients whose own rules (IP allow-list, TOTP requirement) refuse this sign-in.
  const [skippedIds, setSkippedIds] = useState('');
  const isAcross = tenants.length > 1;
  useEffect(() => {
    let isCurrent = true;
    http
      .request<{ tenants: { id: string; name: string }[] }>('GET', '/api/v1/auth/tenants')
      .then((body) => {
        if (isCurrent) setTenants(body.tenants);
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [http]);

  const across = useMemo<InboxApi>(() => {
    if (!isAcross) return api;
    return {
      ...api,
      list: async (view, filters = {}) => {
        if (!(view === 'mine' || view === 'queued' || view === 'all') || !isUnfiltered(filters)) {
          return api.list(view, filters);
        }
        const params = new URLSearchParams({ view, limit: String(acrossLimit) });
        const body = await http.request<{
          conversations: InboxItem[];
          skipped: { tenantId: string; code: string }[];
        }>('GET', `/api/v1/inbox?${params}`);
        setSkippedIds(body.skipped.map((s) => s.tenantId).join(' '));
        return body.conversations;
      },
    };
  }, [api, http, isAcross]);
  const skipped = useMemo(
    () =>
      skippedIds
        .split(' ')
        .filter(Boolean)
        .map((id) => tenants.find((x) => x.id === id)?.name ?? id),
    [skippedIds, tenants],
  );
  return { api: across, isAcross, skipped };
}

/** Re-reads the lists now and then while they show other tenants' conversations. */
export function useAcrossPoll(refresh: () => Promise<void>, isAcross: boolean) {
  useEffect(() => {
    if (!isAcross) return;
    const timer = window.setInterval(() => void refresh(), acrossPollMs);
    return () => window.clearInterval(timer);
  }, [refresh, isAcross]);
}

/**
 * Opening a conversation of another tenant switches the console to that tenant and opens it
 * there. Answers whether it did (the page is then being reloaded).
 */
export function openInItsTenant(lists: InboxLists, id: string, tenantId: string): boolean {
  const row = [lists.queued, lists.mine, lists.all]
    .flatMap((list) => list ?? [])
    .find((item) => item.id === id);
  if (!row?.tenantId || row.tenantId === tenantId) return false;
  tenantChoice.set(row.tenantId);
  window.location.assign(`${import.meta.env.BASE_URL}conversations/${encodeURIComponent(row.id)}`);
  return true;
}
