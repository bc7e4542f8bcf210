import { isRetryable, type SendResult } from './api-client.js';
import type { StoredOutboxEntry, WidgetStorage } from './storage.js';

export type OutboxEntry = StoredOutboxEntry;

/** crypto.randomUUID exists only in secure contexts; shops on plain http still need ids. */
export function createClientMessageId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MAX_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s … 30 s, with jitter so a recovering server is not hit in lockstep. */
export const backoffDelay = (attempt: number) =>
  Math.min(MAX_DELAY_MS, 1000 * 2 ** Math.max(0, attempt - 1)) * (0.75 + Math.random() * 0.5);

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * Messages the server has not acknowledged yet. They are sent one at a time, oldest
 * first, so the conversation keeps the customer's order; a retry reuses the same
 * clientMessageId, which the server answers with the first result, so nothing doubles.
 */
export function createOutbox(options: {
  storage: WidgetStorage;
  send: (entry: OutboxEntry) => Promise<SendResult>;
  onAcknowledged: (entry: OutboxEntry, result: SendResult) => void;
  onFailed: (entry: OutboxEntry, error: unknown) => void;
  onBusyChange?: (busy: boolean) => void;
}) {
  const entries: OutboxEntry[] = options.storage.loadOutbox();
  let isFlushing = false;
  let attempt = 0;
  let wake: (() => void) | null = null;

  const persist = () => options.storage.saveOutbox(entries);

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });

  async function flush(): Promise<void> {
    if (isFlushing) return;
    isFlushing = true;
    options.onBusyChange?.(true);
    try {
      for (;;) {
        const next = entries.find((entry) => entry.state === 'pending');
        if (!next) break;
        try {
          const result = await options.send(next);
          attempt = 0;
          entries.splice(entries.indexOf(next), 1);
          persist();
          options.onAcknowledged(next, result);
        } catch (error) {
          if (isRetryable(error)) {
            attempt += 1;
            await sleep(backoffDelay(attempt));
          } else {
            next.state = 'failed';
            persist();
            options.onFailed(next, error);
          }
        }
      }
    } finally {
      isFlushing = false;
      options.onBusyChange?.(false);
    }
  }

  return {
    entries: (): readonly OutboxEntry[] => entries,
    enqueue(text: string): OutboxEntry {
      const entry: OutboxEntry = {
        clientMessageId: createClientMessageId(),
        text,
        createdAt: new Date().toISOString(),
        state: 'pending',
      };
      entries.push(entry);
      persist();
      void flush();
      return entry;
    },
    /** A failed message the customer asked to send again, with its original id. */
    retry(clientMessageId: string): void {
      const entry = entries.find((e) => e.clientMessageId === clientMessageId);
      if (!entry) return;
      entry.state = 'pending';
      persist();
      this.kick();
    },
    /** Connectivity is back: skip the rest of the current backoff. */
    kick(): void {
      attempt = 0;
      if (wake) wake();
      else void flush();
    },
    start: () => void flush(),
  };
}
