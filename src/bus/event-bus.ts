import type { DomainEvent, DomainEventType, EventOf } from './events.js';

type Handler<T extends DomainEventType> = (event: EventOf<T>) => void | Promise<void>;
type AnyHandler = (event: DomainEvent) => void | Promise<void>;

/**
 * `local` handlers hear events of this process only (the realtime gateway: Socket.IO's own
 * adapter carries emits to other nodes). `cluster` handlers hear every node's events (caches
 * that must be dropped everywhere, such as a tenant's FAQ index).
 */
export type SubscribeOptions = { scope?: 'local' | 'cluster' };

export type EventBus = {
  publish: (event: DomainEvent) => void;
  subscribe: <T extends DomainEventType>(
    type: T,
    handler: Handler<T>,
    options?: SubscribeOptions,
  ) => () => void;
  /** Resolves once every handler started so far has finished (used when draining on shutdown). */
  idle: () => Promise<void>;
  close: () => Promise<void>;
};

export type BusErrorReporter = (error: unknown, event: DomainEvent) => void;

/** The dispatching core shared by both buses. */
export function createDispatcher(onError: BusErrorReporter) {
  const handlers = new Map<DomainEventType, Set<{ run: AnyHandler; isCluster: boolean }>>();
  const inFlight = new Set<Promise<void>>();

  return {
    dispatch(event: DomainEvent, isRemote: boolean) {
      for (const handler of handlers.get(event.type) ?? []) {
        if (isRemote && !handler.isCluster) continue;
        const run = Promise.resolve()
          .then(() => handler.run(event))
          .catch((error: unknown) => onError(error, event))
          .finally(() => inFlight.delete(run));
        inFlight.add(run);
      }
    },
    subscribe<T extends DomainEventType>(type: T, handler: Handler<T>, options?: SubscribeOptions) {
      let set = handlers.get(type);
      if (!set) {
        set = new Set();
        handlers.set(type, set);
      }
      const entry = { run: handler as AnyHandler, isCluster: options?.scope === 'cluster' };
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
    async idle() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
  };
}

/**
 * In-process bus. Handlers run after the publisher's commit, asynchronously, and a failing
 * handler is reported rather than swallowed or allowed to break the publisher.
 */
export function createInProcessBus(onError: BusErrorReporter): EventBus {
  const dispatcher = createDispatcher(onError);
  return {
    publish: (event) => dispatcher.dispatch(event, false),
    subscribe: dispatcher.subscribe,
    idle: dispatcher.idle,
    close: async () => {},
  };
}
