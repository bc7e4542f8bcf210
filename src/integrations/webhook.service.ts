import { createHmac, hkdfSync } from 'node:crypto';
import type { Logger } from 'pino';
import type { DomainEvent, DomainEventType, EventBus } from '../bus/index.js';
import { createTenantCache } from '../cache/index.js';
import { open, seal } from '../channels/secret-box.js';
import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import { createKeyedQueue } from '../ordering/index.js';
import {
  checkOutboundUrl,
  OutboundError,
  type OutboundPolicy,
  outboundRequest,
} from './outbound-http.js';
import type { DeliveryRow, WebhookRepository, WebhookRow } from './webhook.repository.js';

/** Every domain event a webhook may ask for, named as on the sockets. */
export const webhookEvents = [
  'message.created',
  'conversation.updated',
  'note.created',
  'agent.status_changed',
  'faq.changed',
  'intents.trained',
  'qa.alert',
  'conversation.bot_turn',
] as const satisfies readonly DomainEventType[];
export type WebhookEvent = (typeof webhookEvents)[number];

// Every event in the catalogue is offered: adding one there without adding it here fails to
// compile. Ending a login's sessions is the installation's own business, not a tenant's;
// a changed NG-word, trigger or webhook list only tells nodes to drop their copy; an accepted bot
// answer moves between nodes; callback requests are for staff screens.
type Missing = Exclude<
  DomainEventType,
  | WebhookEvent
  | 'sessions.ended'
  | 'cache.changed'
  | 'agent_bot.answered'
  | 'callback.dialog_changed'
  | 'callback.created'
  | 'callback.updated'
>;
const _everyEvent: Missing extends never ? true : Missing = true;
void _everyEvent;

/**
 * The signature header: the lowercase hex HMAC-SHA256 of the exact request body bytes, keyed
 * with the webhook's secret (the `whsec_…` string as UTF-8), nothing prefixed.
 */
export const signatureHeader = 'x-tsunagi-signature';

export const signBody = (secret: string, body: string | Buffer): string =>
  createHmac('sha256', secret).update(body).digest('hex');

/** Whether a bot turn's delivery is too late to be answered. */
const isPastDeadline = (payload: string): boolean => {
  const deadline = (JSON.parse(payload) as { data?: { deadline?: unknown } }).data?.deadline;
  return typeof deadline === 'string' && Date.parse(deadline) < Date.now();
};

/** Deliveries of one conversation go out in order; other events of a tenant share one key. */
const orderKeyOf = (event: DomainEvent): string => {
  switch (event.type) {
    case 'message.created':
      return event.message.conversationId;
    case 'conversation.updated':
      return event.conversation.id;
    case 'note.created':
      return event.note.conversationId;
    case 'conversation.bot_turn':
      return event.conversationId;
    default:
      return `tenant:${event.tenantId}`;
  }
};

export type WebhookView = { id: string; url: string; events: string[]; createdAt: string };

export type DeliveryView = {
  id: string;
  webhookId: string;
  event: string;
  status: DeliveryRow['status'];
  attempts: number;
  nextAttemptAt: string | null;
  responseStatus: number | null;
  lastError: string | null;
  replayOf: string | null;
  createdAt: string;
  deliveredAt: string | null;
  payload: unknown;
};

const toView = (webhook: WebhookRow): WebhookView => ({
  id: webhook.id,
  url: webhook.url,
  events: webhook.events,
  createdAt: webhook.createdAt,
});

const toDeliveryView = (row: DeliveryRow): DeliveryView => ({
  id: row.id,
  webhookId: row.webhookId,
  event: row.eventType,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt : null,
  responseStatus: row.responseStatus,
  lastError: row.lastError,
  replayOf: row.replayOf,
  createdAt: row.createdAt,
  deliveredAt: row.deliveredAt,
  payload: JSON.parse(row.payload) as unknown,
});

export type WebhookServiceOptions = {
  webhooks: WebhookRepository;
  bus: EventBus;
  logger: Logger;
  /** The installation's master secret; webhook secrets are sealed with a key derived from it. */
  masterSecret: string;
  policy: OutboundPolicy;
  timeoutMs?: number;
  maxResponseBytes?: number;
  pollMs?: number;
  /** Back-off before attempt n+1: base · 2^n, capped, with jitter. */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  maxAttempts?: number;
};

export function createWebhookService(options: WebhookServiceOptions) {
  const { webhooks, logger } = options;
  const key = Buffer.from(
    hkdfSync('sha256', options.masterSecret, 'tsunagi', 'webhook-secrets/v1', 32) as ArrayBuffer,
  );
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxResponseBytes = options.maxResponseBytes ?? 64 * 1024;
  const pollMs = options.pollMs ?? 1000;
  const base = options.backoffBaseMs ?? 5000;
  const cap = options.backoffCapMs ?? 60 * 60_000;
  const maxAttempts = options.maxAttempts ?? 10;
  const leaseMs = timeoutMs + 30_000;

  // Each tenant's webhooks, kept briefly so a busy tenant's events do not each read them; every
  // node keeps its own, and a webhook added or removed on one is seen by all at once (an
  // external bot subscribed on node A is offered the turns of messages node B takes).
  const kept = createTenantCache({
    name: 'webhooks',
    load: (tenantId) => webhooks.listWebhooks(tenantId),
    bus: options.bus,
    maxAgeMs: 5000,
  });
  const webhooksOf = (tenantId: string): Promise<WebhookRow[]> => kept.get(tenantId);
  const changed = (tenantId: string) => kept.changed(tenantId);

  const inserts = createKeyedQueue();

  const secretContext = (webhook: { id: string; tenantId: string }) =>
    `webhook:${webhook.tenantId}:${webhook.id}`;

  async function record(event: DomainEvent): Promise<void> {
    if (event.tenantId === null) return;
    const tenantId = event.tenantId;
    const subscribed = (await webhooksOf(tenantId)).filter((w) => w.events.includes(event.type));
    if (subscribed.length === 0) return;
    const orderKey = orderKeyOf(event);
    // One order key's deliveries are written one after another: the worker sends them in id
    // order, so a later event's row must not commit (on another connection) before an earlier
    // one's. Events reach here in the order they happened (all awaited the same kept list).
    await inserts.run(`${tenantId}/${orderKey}`, async () => {
      const now = new Date().toISOString();
      const { type, tenantId: _tenant, ...data } = event;
      const eventId = newId('evt');
      await webhooks.insertDeliveries(
        subscribed.map((webhook) => ({
          id: newId('whd'),
          tenantId,
          webhookId: webhook.id,
          eventType: type,
          orderKey,
          payload: JSON.stringify({ id: eventId, type, tenantId, createdAt: now, data }),
          status: 'pending' as const,
          attempts: 0,
          nextAttemptAt: now,
          replayOf: null,
          createdAt: now,
        })),
      );
    });
    wake();
  }

  const nextAttemptAt = (attempts: number): string | null => {
    if (attempts + 1 >= maxAttempts) return null;
    const delay = Math.min(cap, base * 2 ** attempts) * (0.8 + Math.random() * 0.4);
    return new Date(Date.now() + delay).toISOString();
  };

  /** One attempt; true when delivered. */
  async function attempt(row: DeliveryRow, webhook: WebhookRow | undefined): Promise<boolean> {
    if (!webhook) {
      await webhooks.markAttemptFailed(row.id, {
        responseStatus: null,
        error: 'The webhook was deleted',
        nextAttemptAt: null,
      });
      return false;
    }
    if (row.eventType === 'conversation.bot_turn' && isPastDeadline(row.payload)) {
      // The built-in bot has answered that turn: offering it again would only be refused.
      await webhooks.markAttemptFailed(row.id, {
        responseStatus: null,
        error: 'The bot turn’s deadline passed; the built-in bot answered it',
        nextAttemptAt: null,
      });
      return false;
    }
    const secret = open(key, webhook.sealedSecret, secretContext(webhook));
    try {
      const response = await outboundRequest(
        {
          method: 'POST',
          url: webhook.url,
          headers: {
            'content-type': 'application/json',
            [signatureHeader]: signBody(secret, row.payload),
            'x-tsunagi-event': row.eventType,
            'x-tsunagi-delivery': row.id,
          },
          body: row.payload,
          timeoutMs,
          maxBytes: maxResponseBytes,
        },
        options.policy,
      );
      if (response.status >= 200 && response.status < 300) {
        await webhooks.markDelivered(row.id, response.status, new Date().toISOString());
        return true;
      }
      // Server errors, timeouts and throttling are retried; other refusals are final.
      const isRetryable =
        response.status >= 500 || response.status === 408 || response.status === 429;
      await webhooks.markAttemptFailed(row.id, {
        responseStatus: response.status,
        error: `The receiver answered ${response.status}`,
        nextAttemptAt: isRetryable ? nextAttemptAt(row.attempts) : null,
      });
      return false;
    } catch (error) {
      const isRefused = error instanceof OutboundError && error.reason === 'refused';
      const message = error instanceof Error ? error.message : String(error);
      await webhooks.markAttemptFailed(row.id, {
        responseStatus: null,
        error: message,
        nextAttemptAt: isRefused ? null : nextAttemptAt(row.attempts),
      });
      logger.warn(
        { deliveryId: row.id, webhookId: row.webhookId, error: message },
        'webhook delivery failed',
      );
      return false;
    }
  }

  /** Sends due deliveries: one order key's one after another, different keys side by side. */
  async function drainOnce(): Promise<number> {
    const pending = await webhooks.pendingHeads(500);
    const groups = new Map<string, DeliveryRow[]>();
    for (const row of pending) {
      const groupKey = `${row.webhookId} ${row.orderKey}`;
      const group = groups.get(groupKey) ?? [];
      group.push(row);
      groups.set(groupKey, group);
    }
    const hooks = new Map(
      (await webhooks.findWebhooksById([...new Set(pending.map((r) => r.webhookId))])).map((w) => [
        w.id,
        w,
      ]),
    );
    let delivered = 0;
    await Promise.all(
      [...groups.values()].map(async (group) => {
        for (const row of group) {
          const now = new Date();
          if (row.nextAttemptAt > now.toISOString()) return;
          const until = new Date(now.getTime() + leaseMs).toISOString();
          if (!(await webhooks.claim(row.id, now.toISOString(), until))) return;
          if (!(await attempt(row, hooks.get(row.webhookId)))) return;
          delivered++;
        }
      }),
    );
    return delivered;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isAgain = false;
  let isStopped = true;

  async function run(): Promise<void> {
    do {
      isAgain = false;
      try {
        while (!isStopped && (await drainOnce()) > 0) {
          // Keep going while deliveries go out.
        }
      } catch (error) {
        logger.error({ err: error }, 'webhook delivery sweep failed');
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

  const unsubscribes: (() => void)[] = [];

  async function getWebhook(tenantId: string, id: string): Promise<WebhookRow> {
    const webhook = await webhooks.findWebhook(tenantId, id);
    if (!webhook) throw notFound('Webhook');
    return webhook;
  }

  return {
    async create(
      tenantId: string,
      input: { url: string; events: WebhookEvent[] },
    ): Promise<{ id: string; secret: string }> {
      try {
        checkOutboundUrl(input.url, options.policy);
      } catch (error) {
        if (error instanceof OutboundError) {
          throw new AppError('validation_failed', `Invalid body.url: ${error.message}`);
        }
        throw error;
      }
      const id = newId('whk');
      const secret = `whsec_${newSecret(24)}`;
      await webhooks.insertWebhook({
        id,
        tenantId,
        url: input.url,
        events: [...new Set(input.events)],
        sealedSecret: seal(key, secret, secretContext({ id, tenantId })),
        createdAt: new Date().toISOString(),
      });
      changed(tenantId);
      return { id, secret };
    },

    /** Whether any of the tenant's webhooks asks for an event (from the short-lived cache). */
    async subscribes(tenantId: string, type: WebhookEvent): Promise<boolean> {
      return (await webhooksOf(tenantId)).some((w) => w.events.includes(type));
    },

    async list(tenantId: string): Promise<WebhookView[]> {
      return (await webhooks.listWebhooks(tenantId)).map(toView);
    },

    async remove(tenantId: string, id: string): Promise<void> {
      if (!(await webhooks.deleteWebhook(tenantId, id, new Date().toISOString()))) {
        throw notFound('Webhook');
      }
      changed(tenantId);
    },

    async deliveries(
      tenantId: string,
      webhookId: string,
      page: { limit: number; before?: string | undefined },
    ): Promise<DeliveryView[]> {
      await getWebhook(tenantId, webhookId);
      return (await webhooks.listDeliveries(tenantId, webhookId, page)).map(toDeliveryView);
    },

    /** Sends a past delivery's body again, as a new delivery after the ones already queued. */
    async replay(tenantId: string, webhookId: string, deliveryId: string): Promise<DeliveryView> {
      await getWebhook(tenantId, webhookId);
      const original = await webhooks.findDelivery(tenantId, webhookId, deliveryId);
      if (!original) throw notFound('Delivery');
      const now = new Date().toISOString();
      const row = {
        id: newId('whd'),
        tenantId,
        webhookId,
        eventType: original.eventType,
        orderKey: original.orderKey,
        payload: original.payload,
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        replayOf: original.id,
        createdAt: now,
      };
      await webhooks.insertDeliveries([row]);
      wake();
      return toDeliveryView({ ...row, responseStatus: null, lastError: null, deliveredAt: null });
    },

    /** Subscribes to this node's events (each is recorded once, where it happened) and starts sending. */
    start() {
      isStopped = false;
      for (const type of webhookEvents) {
        unsubscribes.push(
          options.bus.subscribe(type, (event) => record(event as DomainEvent), { scope: 'local' }),
        );
      }
      timer = setInterval(wake, pollMs);
      timer.unref();
      wake();
    },

    async stop() {
      isStopped = true;
      for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
      if (timer) clearInterval(timer);
      await running;
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
