import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxApi } from '../api/inbox-api';
import type { InboxFilters, InboxItem, InboxView, Message } from '../api/types';

export type InboxLists = Record<InboxView, InboxItem[] | null>;

export const inboxViews: InboxView[] = ['queued', 'mine', 'all'];

const refreshDelayMs = 150;
/** A message in a conversation no tab shows yet (a new chat): worth a fetch, but not at once. */
const unknownConversationDelayMs = 1_000;
const markReadDelayMs = 400;

const emptyLists: InboxLists = { queued: null, mine: null, all: null };

const mapLists = (lists: InboxLists, map: (row: InboxItem) => InboxItem): InboxLists => ({
  queued: lists.queued?.map(map) ?? null,
  mine: lists.mine?.map(map) ?? null,
  all: lists.all?.map(map) ?? null,
});

/**
 * Every inbox tab (Queued, Mine, All) under the same filters, re-fetched together so a
 * conversation moves between them at once. Unread counts come from the server; the open
 * conversation is marked read as messages arrive in it.
 */
export function useInbox(api: InboxApi, openId: string | null) {
  const [lists, setLists] = useState<InboxLists>(emptyLists);
  const [filters, setFilters] = useState<InboxFilters>({});
  const [hasError, setError] = useState(false);
  const sequence = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const readTimers = useRef(new Map<string, number>());
  const listsRef = useRef(lists);
  listsRef.current = lists;
  const filtersRef = useRef(filters);
  filtersRef.current = filters;
  const openIdRef = useRef(openId);
  openIdRef.current = openId;

  const refresh = useCallback(async () => {
    const current = ++sequence.current;
    const scope = filtersRef.current;
    try {
      const [queued, mine, all] = await Promise.all(
        inboxViews.map((view) => api.list(view, scope)),
      );
      // A slower, older answer must not overwrite a newer one.
      if (current !== sequence.current) return;
      const open = openIdRef.current;
      // The open conversation is being read, whatever the server counted a moment ago.
      const zeroOpen = (rows: InboxItem[] | undefined) =>
        (rows ?? []).map((row) => (row.id === open && row.unread ? { ...row, unread: 0 } : row));
      setLists({ queued: zeroOpen(queued), mine: zeroOpen(mine), all: zeroOpen(all) });
      setError(false);
    } catch {
      if (current === sequence.current) setError(true);
    }
  }, [api]);

  /**
   * Coalesces bursts of realtime updates into one re-fetch. A pending fetch is not pushed back,
   * so a steady stream of events cannot starve the lists.
   */
  const scheduleRefresh = useCallback(
    (delayMs = refreshDelayMs) => {
      if (timer.current !== undefined) return;
      timer.current = window.setTimeout(() => {
        timer.current = undefined;
        void refresh();
      }, delayMs);
    },
    [refresh],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of filters re-fetches.
  useEffect(() => {
    void refresh();
  }, [refresh, filters]);

  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      timer.current = undefined;
      for (const pending of readTimers.current.values()) window.clearTimeout(pending);
    },
    [],
  );

  const markRead = useCallback(
    (id: string) => {
      setLists((current) =>
        mapLists(current, (row) => (row.id === id && row.unread ? { ...row, unread: 0 } : row)),
      );
      // A burst of messages in the open conversation sends one read mark.
      const pending = readTimers.current;
      window.clearTimeout(pending.get(id));
      pending.set(
        id,
        window.setTimeout(() => {
          pending.delete(id);
          api.markRead(id).catch(() => undefined);
        }, markReadDelayMs),
      );
    },
    [api],
  );

  // Opening a conversation reads it.
  useEffect(() => {
    if (openId) markRead(openId);
  }, [openId, markRead]);

  const applyMessage = useCallback(
    (message: Message) => {
      const isOpen = message.conversationId === openIdRef.current;
      setLists((current) =>
        mapLists(current, (row) =>
          row.id === message.conversationId
            ? {
                ...row,
                updatedAt: message.createdAt,
                // As the server counts: only what the customer wrote is unread.
                unread: isOpen ? 0 : row.unread + (message.author === 'customer' ? 1 : 0),
                lastMessage: {
                  text: message.text,
                  author: message.author,
                  createdAt: message.createdAt,
                },
              }
            : row,
        ),
      );
      if (isOpen) markRead(message.conversationId);
      const isListed = inboxViews.some((view) =>
        listsRef.current[view]?.some((row) => row.id === message.conversationId),
      );
      if (!isListed) scheduleRefresh(unknownConversationDelayMs);
    },
    [markRead, scheduleRefresh],
  );

  const updateFilters = useCallback((patch: Partial<InboxFilters>) => {
    setFilters((current) => {
      const next = { ...current, ...patch };
      for (const key of Object.keys(next) as (keyof InboxFilters)[]) {
        if (!next[key]) delete next[key];
      }
      return next;
    });
  }, []);

  return { lists, filters, hasError, refresh, scheduleRefresh, applyMessage, updateFilters };
}
