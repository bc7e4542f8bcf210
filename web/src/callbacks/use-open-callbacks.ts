import { useCallback, useEffect, useRef, useState } from 'react';
import type { CallbackRow, CallbacksApi } from './callbacks-api';

/** A callback as the /agent socket announces it (`callback.created`, `callback.updated`). */
export type CallbackEvent = Omit<CallbackRow, 'language' | 'closedAt'> &
  Partial<Pick<CallbackRow, 'language' | 'closedAt'>>;

const isWaiting = (c: { status: string }) => c.status === 'open' || c.status === 'claimed';
const byWindow = (a: CallbackRow, b: CallbackRow) =>
  a.windowStart.localeCompare(b.windowStart) || a.id.localeCompare(b.id);

/**
 * The tenant's open and claimed callback requests, loaded once (and on every socket
 * (re)connection) and kept current by the socket's events; `revision` changes with each one,
 * for views that count them.
 */
export function useOpenCallbacks(api: CallbacksApi | null) {
  const [rows, setRows] = useState<CallbackRow[] | null>(null);
  const [revision, setRevision] = useState(0);
  const apiRef = useRef(api);
  apiRef.current = api;

  const refresh = useCallback(async () => {
    if (!apiRef.current) return;
    try {
      setRows(await apiRef.current.list('open'));
      setRevision((r) => r + 1);
    } catch {
      // The list stays as it was; the next connection or event tries again.
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const apply = useCallback((event: CallbackEvent) => {
    setRows((current) => {
      const list = current ?? [];
      const before = list.find((c) => c.id === event.id);
      // Events may arrive out of order with a reload: the newer state wins.
      if (before && before.updatedAt > event.updatedAt) return current;
      const others = list.filter((c) => c.id !== event.id);
      if (!isWaiting(event)) return others;
      const row: CallbackRow = { language: null, closedAt: null, ...before, ...event };
      return [...others, row].sort(byWindow);
    });
    setRevision((r) => r + 1);
  }, []);

  return { rows, revision, refresh, apply };
}

export type OpenCallbacks = ReturnType<typeof useOpenCallbacks>;
