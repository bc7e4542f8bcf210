import { newVisitorId, type TriggerState } from './triggers.js';
import type { Language, Session } from './types.js';

/**
 * localStorage can throw (Safari private mode, sandboxed iframes, quota, disabled
 * cookies): the widget then works for the page's lifetime and simply forgets on reload.
 */
function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Not persisted; see above.
  }
}

export type StoredOutboxEntry = {
  clientMessageId: string;
  text: string;
  createdAt: string;
  state: 'pending' | 'failed';
};

export type WidgetStorage = ReturnType<typeof createStorage>;

export function createStorage(widgetKey: string) {
  const sessionKey = `tsunagi:${widgetKey}`;
  const outboxKey = `tsunagi:${widgetKey}:outbox`;
  const languageKey = 'tsunagi:language';
  return {
    loadSession(): Session | null {
      const value = read<Partial<Session>>(sessionKey);
      return typeof value?.conversationId === 'string' && typeof value.customerToken === 'string'
        ? { conversationId: value.conversationId, customerToken: value.customerToken }
        : null;
    },
    saveSession: (session: Session | null) => write(sessionKey, session),
    loadOutbox(): StoredOutboxEntry[] {
      const value = read<unknown>(outboxKey);
      if (!Array.isArray(value)) return [];
      return value.filter(
        (entry): entry is StoredOutboxEntry =>
          typeof entry?.clientMessageId === 'string' && typeof entry.text === 'string',
      );
    },
    saveOutbox: (entries: StoredOutboxEntry[]) => write(outboxKey, entries.length ? entries : null),
    loadLanguage: () => read<Language>(languageKey),
    saveLanguage: (language: Language) => write(languageKey, language),
    /** Visit counter and the day each proactive trigger last showed: this site's storage only. */
    loadTriggerState(): TriggerState | null {
      const value = read<Partial<TriggerState>>(`${sessionKey}:triggers`);
      if (
        typeof value?.visits !== 'number' ||
        typeof value.lastSeen !== 'number' ||
        !value.shown ||
        typeof value.shown !== 'object'
      ) {
        return null;
      }
      return { visits: value.visits, lastSeen: value.lastSeen, shown: value.shown };
    },
    saveTriggerState: (state: TriggerState) => write(`${sessionKey}:triggers`, state),
    /**
     * The visitor's random id (for visits, purchases without a chat and the proactive
     * triggers' per-visitor limits) and the last local day a visit was reported; made on first use.
     */
    loadVisitor(): { id: string; reportedDay: string | null } {
      const value = read<{ id?: unknown; reportedDay?: unknown }>(`${sessionKey}:visitor`);
      if (typeof value?.id === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(value.id)) {
        return {
          id: value.id,
          reportedDay: typeof value.reportedDay === 'string' ? value.reportedDay : null,
        };
      }
      const id = newVisitorId();
      write(`${sessionKey}:visitor`, { id, reportedDay: null });
      return { id, reportedDay: null };
    },
    saveVisitor: (visitor: { id: string; reportedDay: string | null }) =>
      write(`${sessionKey}:visitor`, visitor),
  };
}
