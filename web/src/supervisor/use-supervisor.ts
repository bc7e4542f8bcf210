import { useCallback, useEffect, useRef, useState } from 'react';
import type { InboxApi } from '../api/inbox-api';
import type {
  OperatorCallFigures,
  ScheduleBoard,
  SupervisorApi,
  TeamFigures,
} from '../api/supervisor-api';
import type {
  ConversationDetail,
  ConversationUpdate,
  InboxItem,
  Message,
  SupervisorOverview,
} from '../api/types';

const refreshDelayMs = 150;
/** Realtime events drive the view; the poll only covers what no event announces (a capacity change). */
const pollMs = 15_000;
/** Schedules, team and call figures change slowly: read at most this often. */
const workforceEveryMs = 10_000;

export type WorkforceBoard = {
  schedule: ScheduleBoard | null;
  teams: TeamFigures | null;
  calls: OperatorCallFigures | null;
};

export type PeekState =
  | { status: 'closed' }
  | { status: 'loading'; id: string }
  | { status: 'failed'; id: string }
  | { status: 'ready'; id: string; detail: ConversationDetail };

/**
 * The supervisor view's data: queues and agents (overview), the open conversations, and one
 * conversation read without taking it. Live while `isActive`: console events re-fetch, and a
 * slow poll backs them up.
 */
export function useSupervisor(api: SupervisorApi, inboxApi: InboxApi, isActive: boolean) {
  const [overview, setOverview] = useState<SupervisorOverview | null>(null);
  const [conversations, setConversations] = useState<InboxItem[] | null>(null);
  const [hasError, setError] = useState(false);
  const [fetchedAt, setFetchedAt] = useState(() => Date.now());
  const [peek, setPeek] = useState<PeekState>({ status: 'closed' });
  const [workforce, setWorkforce] = useState<WorkforceBoard | null>(null);
  const workforceAt = useRef(0);
  const sequence = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const isActiveRef = useRef(isActive);
  isActiveRef.current = isActive;

  const refresh = useCallback(async () => {
    if (!isActiveRef.current) return;
    const current = ++sequence.current;
    try {
      // By status, so resolved conversations never crowd open ones out of a list's limit.
      const [next, queued, assigned, bot] = await Promise.all([
        api.overview(),
        inboxApi.list('queued'),
        inboxApi.list('assigned'),
        inboxApi.list('bot'),
      ]);
      if (current !== sequence.current) return;
      setOverview(next);
      setConversations([...queued, ...assigned, ...bot]);
      setFetchedAt(Date.now());
      setError(false);
      if (Date.now() - workforceAt.current >= workforceEveryMs) {
        workforceAt.current = Date.now();
        // Each part on its own: one that fails (no schedules yet, a role without calls) hides only itself.
        const [schedule, teams, calls] = await Promise.allSettled([
          api.scheduleBoard(),
          api.teamFigures(),
          api.callFigures(),
        ]);
        const value = <T>(r: PromiseSettledResult<T>) =>
          r.status === 'fulfilled' ? r.value : null;
        setWorkforce({ schedule: value(schedule), teams: value(teams), calls: value(calls) });
      }
    } catch {
      if (current === sequence.current) setError(true);
    }
  }, [api, inboxApi]);

  /** One fetch per burst of events; a pending one is not pushed back, so a busy tenant still updates. */
  const scheduleRefresh = useCallback(() => {
    if (!isActiveRef.current || timer.current !== undefined) return;
    timer.current = window.setTimeout(() => {
      timer.current = undefined;
      void refresh();
    }, refreshDelayMs);
  }, [refresh]);

  useEffect(() => {
    if (!isActive) return;
    void refresh();
    const poll = window.setInterval(() => {
      if (!document.hidden) void refresh();
    }, pollMs);
    return () => {
      window.clearInterval(poll);
      window.clearTimeout(timer.current);
      timer.current = undefined;
    };
  }, [isActive, refresh]);

  const openPeek = useCallback(
    async (id: string) => {
      setPeek({ status: 'loading', id });
      try {
        const detail = await api.getConversation(id);
        setPeek((current) =>
          current.status !== 'closed' && current.id === id
            ? { status: 'ready', id, detail }
            : current,
        );
      } catch {
        setPeek((current) =>
          current.status !== 'closed' && current.id === id ? { status: 'failed', id } : current,
        );
      }
    },
    [api],
  );

  const closePeek = useCallback(() => setPeek({ status: 'closed' }), []);

  /** A message arrived: the read-only view follows it; the lists catch up. */
  const applyMessage = useCallback(
    (message: Message) => {
      setPeek((current) => {
        if (current.status !== 'ready' || current.id !== message.conversationId) return current;
        if (current.detail.messages.some((m) => m.id === message.id)) return current;
        return {
          ...current,
          detail: { ...current.detail, messages: [...current.detail.messages, message] },
        };
      });
      scheduleRefresh();
    },
    [scheduleRefresh],
  );

  const applyUpdate = useCallback(
    (update: ConversationUpdate) => {
      setPeek((current) => {
        if (current.status !== 'ready' || current.id !== update.id) return current;
        const conversation = {
          ...current.detail.conversation,
          status: update.status,
          assigneeId: update.assigneeId,
        };
        return { ...current, detail: { ...current.detail, conversation } };
      });
      scheduleRefresh();
    },
    [scheduleRefresh],
  );

  return {
    overview,
    workforce,
    conversations,
    hasError,
    fetchedAt,
    peek,
    refresh,
    scheduleRefresh,
    openPeek,
    closePeek,
    applyMessage,
    applyUpdate,
  };
}

export type Supervisor = ReturnType<typeof useSupervisor>;
