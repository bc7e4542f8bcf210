import { CLUSTER_EVENTS, type DomainEvent, type DomainEventType, type EventOf } from './events.js';

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
  /** Resolves once this node hears other nodes' events for every cluster handler so far. */
  ready: () => Promise<void>;
  close: () => Promise<void>;
};

export type BusErrorReporter = (error: unknown, event: DomainEvent) => void;

/** The dispatching core shared by both buses. */
export function createDispatcher(onError: BusErrorReporter) {
  const handlers = new Map<DomainEventType, Set<{ run: AnyHandler; isCluster: boolean }>>();
  /** Events dispatched whose handlers have not started yet. */
  let queued = 0;
  /** Handlers that returned a promise not yet settled. */
  const inFlight = new Set<Promise<void>>();

  const report = (error: unknown, event: DomainEvent) => {
    try {
      onError(error, event);
    } catch {
      // A failing reporter must not take the dispatcher down.
    }
  };

  return {
    /**
     * Runs the event's handlers after the current task (never inline in the publisher), in
     * one microtask for all of them: a customer message publishes a few events with several
     * handlers each, and a microtask and three promises per handler were measurable. Each
     * handler is still isolated: one throwing or rejecting is reported and the others run.
     */
    dispatch(event: DomainEvent, isRemote: boolean) {
      const set = handlers.get(event.type);
      if (!set || set.size === 0) return;
      const targets = [...set].filter((handler) => !isRemote || handler.isCluster);
      if (targets.length === 0) return;
      queued++;
      queueMicrotask(() => {
        queued--;
        for (const handler of targets) {
          try {
            const result = handler.run(event);
            if (result && typeof result.then === 'function') {
              const run: Promise<void> = result.then(
                () => {
                  inFlight.delete(run);
                },
                (error: unknown) => {
                  inFlight.delete(run);
                  report(error, event);
                },
              );
              inFlight.add(run);
            }
          } catch (error) {
            report(error, event);
          }
        }
      });
    },
    subscribe<T extends DomainEventType>(type: T, handler: Handler<T>, options?: SubscribeOptions) {
      if (options?.scope === 'cluster' && !CLUSTER_EVENTS.has(type)) {
        throw new Error(`${type} does not cross nodes: add it to CLUSTER_EVENTS to hear it there`);
      }
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
      while (queued > 0 || inFlight.size > 0) {
        if (inFlight.size > 0) await Promise.all([...inFlight]);
        else await new Promise((resolve) => setImmediate(resolve));
      }
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
    ready: async () => {},
    close: async () => {},
  };
}
