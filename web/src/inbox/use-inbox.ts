import { useCallback, useEffect, useRef, useState } from 'react';
import type { ConsoleApi, InboxFilter } from '../api/console-api';
import type { ConversationSummary, Message } from '../api/types';

export type InboxLists = Record<InboxFilter, ConversationSummary[] | null>;

const refreshDelayMs = 150;

/** The Queued and Mine lists, re-fetched together so a conversation moves between them at once. */
export function useInbox(api: ConsoleApi) {
  const [lists, setLists] = useState<InboxLists>({ queued: null, mine: null });
  const [hasError, setError] = useState(false);
  const sequence = useRef(0);
  const timer = useRef<number | undefined>(undefined);

  const refresh = useCallback(async () => {
    const current = ++sequence.current;
    try {
      const [queued, mine] = await Promise.all([
        api.listConversations('queued'),
        api.listConversations('mine'),
      ]);
      // A slower, older answer must not overwrite a newer one.
      if (current !== sequence.current) return;
      setLists({ queued, mine });
      setError(false);
    } catch {
      if (current === sequence.current) setError(true);
    }
  }, [api]);

  /** Coalesces bursts of realtime updates into one re-fetch. */
  const scheduleRefresh = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void refresh(), refreshDelayMs);
  }, [refresh]);

  useEffect(() => {
    void refresh();
    return () => window.clearTimeout(timer.current);
  }, [refresh]);

  const applyMessage = useCallback((message: Message) => {
    const update = (rows: ConversationSummary[] | null) =>
      rows?.map((row) =>
        row.id === message.conversationId
          ? {
              ...row,
              updatedAt: message.createdAt,
              lastMessage: {
                text: message.text,
                author: message.author,
                createdAt: message.createdAt,
              },
            }
          : row,
      ) ?? null;
    setLists((current) => ({ queued: update(current.queued), mine: update(current.mine) }));
  }, []);

  return { lists, hasError, refresh, scheduleRefresh, applyMessage };
}
