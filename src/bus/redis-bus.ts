import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { type BusErrorReporter, createDispatcher, type EventBus } from './event-bus.js';
import { CLUSTER_EVENTS, type DomainEvent } from './events.js';

type Envelope = { origin: string; event: DomainEvent };

/**
 * The bus across nodes: every event is dispatched here at once, and one of the
 * `CLUSTER_EVENTS` is also published on its type's Redis channel, where the nodes with
 * cluster handlers for that type hear it. The busy events that only sockets care about (a
 * message created) stay on their node. Redis pub/sub is
 * fire-and-forget by design: the database stays the system of record, and every consumer
 * that matters can recover from it (clients catch up by message id, caches rebuild).
 */
export async function createRedisBus(options: {
  url: string;
  prefix: string;
  onError: BusErrorReporter;
  onTransportError: (error: unknown) => void;
}): Promise<EventBus> {
  const dispatcher = createDispatcher(options.onError);
  const origin = randomUUID();
  const channelOf = (type: string) => `${options.prefix}:events:${type}`;
  // Events published in one tick leave in one write to Redis, in order.
  const pub = new Redis(options.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 3,
    enableAutoPipelining: true,
  });
  const sub = new Redis(options.url, { lazyConnect: true });
  pub.on('error', options.onTransportError);
  sub.on('error', options.onTransportError);
  await Promise.all([pub.connect(), sub.connect()]);
  const subscribed = new Map<string, Promise<unknown>>();
  sub.on('message', (_channel: string, raw: string) => {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(raw) as Envelope;
    } catch (error) {
      options.onTransportError(error);
      return;
    }
    if (envelope.origin !== origin) dispatcher.dispatch(envelope.event, true);
  });

  return {
    publish(event) {
      dispatcher.dispatch(event, false);
      if (!CLUSTER_EVENTS.has(event.type)) return;
      pub
        .publish(channelOf(event.type), JSON.stringify({ origin, event } satisfies Envelope))
        .catch(options.onTransportError);
    },
    subscribe(type, handler, subscribeOptions) {
      // First the dispatcher, which refuses a cluster handler for an event that stays local.
      const unsubscribe = dispatcher.subscribe(type, handler, subscribeOptions);
      if (subscribeOptions?.scope === 'cluster' && !subscribed.has(type)) {
        subscribed.set(type, sub.subscribe(channelOf(type)).catch(options.onTransportError));
      }
      return unsubscribe;
    },
    idle: dispatcher.idle,
    async ready() {
      await Promise.all(subscribed.values());
    },
    async close() {
      await Promise.allSettled([sub.quit(), pub.quit()]);
    },
  };
}
