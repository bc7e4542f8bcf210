import type { Logger } from 'pino';
import type { OutboxEntry, OutboxRepository } from './outbox.repository.js';

/** What delivering a group of entries (one conversation's, in order) did to each. */
export type DeliveryResult =
  | { status: 'sent' }
  /** `delivered`: how many entries, from the first, went out before the failure. */
  | { status: 'retry' | 'failed'; error: string; delivered?: number };

export type OutboxWorkerOptions = {
  outbox: OutboxRepository;
  /** Delivers one conversation's due entries, in order; must not throw for platform errors. */
  deliver: (entries: OutboxEntry[]) => Promise<DeliveryResult>;
  logger: Logger;
  pollMs?: number;
  leaseMs?: number;
  maxAttempts?: number;
  /** Backoff before attempt n+1: base · 2^n, capped, with jitter. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
};

/**
 * Drains the outbox in-process: polls, and wakes at once when a delivery is queued. Entries are
 * claimed with a lease, so several nodes share the work and a crashed node's claim expires.
 */
export function createOutboxWorker(options: OutboxWorkerOptions) {
  const pollMs = options.pollMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 12;
  const base = options.backoffBaseMs ?? 2000;
  const cap = options.backoffCapMs ?? 15 * 60_000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isAgain = false;
  let isStopped = false;

  const nextAttemptAt = (attempts: number): string | null => {
    if (attempts + 1 >= maxAttempts) return null;
    const delay = Math.min(cap, base * 2 ** attempts) * (0.8 + Math.random() * 0.4);
    return new Date(Date.now() + delay).toISOString();
  };

  async function drainOnce(): Promise<number> {
    const entries = await options.outbox.claimDue(50, leaseMs);
    const byConversation = new Map<string, OutboxEntry[]>();
    for (const entry of entries) {
      const group = byConversation.get(entry.conversationId) ?? [];
      group.push(entry);
      byConversation.set(entry.conversationId, group);
    }
    await Promise.all(
      [...byConversation.values()].map(async (group) => {
        let result: DeliveryResult;
        try {
          result = await options.deliver(group);
        } catch (error) {
          result = {
            status: 'retry',
            error: error instanceof Error ? error.message : String(error),
          };
        }
        if (result.status === 'sent') {
          await options.outbox.markSent(group.map((e) => e.id));
          return;
        }
        // What already went out is never sent again; the rest waits for its next attempt.
        const delivered = group.slice(0, result.delivered ?? 0);
        await options.outbox.markSent(delivered.map((e) => e.id));
        const rest = group.slice(delivered.length);
        const ids = rest.map((e) => e.id);
        const attempts = Math.max(...rest.map((e) => e.attempts));
        const next = result.status === 'retry' ? nextAttemptAt(attempts) : null;
        options.logger.warn(
          { outboxIds: ids, attempts: attempts + 1, willRetry: next !== null, error: result.error },
          'outbound delivery failed',
        );
        await options.outbox.markAttemptFailed(ids, result.error, next);
      }),
    );
    return entries.length;
  }

  async function run(): Promise<void> {
    do {
      isAgain = false;
      try {
        while (!isStopped && (await drainOnce()) > 0) {
          // Keep draining while there is due work.
        }
      } catch (error) {
        options.logger.error({ err: error }, 'outbox drain failed');
      }
    } while (isAgain && !isStopped);
  }

  function wake(): void {
    if (isStopped) return;
    if (running) {
      isAgain = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
    });
  }

  return {
    start() {
      isStopped = false;
      timer = setInterval(wake, pollMs);
      timer.unref();
      wake();
    },
    wake,
    /** Stops claiming and waits for the sends in flight, so nothing is left half-done. */
    async stop() {
      isStopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
