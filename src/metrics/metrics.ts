import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { EventBus } from '../bus/index.js';

export type Metrics = ReturnType<typeof createMetrics>;

/** How many of something the policy's thread did, and how many the event loop did. */
type ThreadOrLoop = { thread: number; eventLoop: number };

/**
 * Prometheus metrics: process defaults, HTTP latency, messages by author, and gauges read at
 * scrape time (queue length, sockets) so they are never stale.
 */
export function createMetrics(options: {
  bus: EventBus;
  countQueued: () => Promise<number>;
  countSockets: () => Record<string, number>;
  /**
   * The answer policy's verdicts and handoff cards' readings since start, by where they were
   * worked out (POLICY_THREAD).
   */
  countPolicyThread?: () => Record<'verdicts' | 'cards', ThreadOrLoop>;
}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tsunagi_' });

  const httpDuration = new Histogram({
    name: 'tsunagi_http_request_duration_seconds',
    help: 'HTTP request latency',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const messages = new Counter({
    name: 'tsunagi_messages_total',
    help: 'Messages stored, by author',
    labelNames: ['author'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'tsunagi_conversations_queued',
    help: 'Conversations waiting for a human, all tenants',
    registers: [registry],
    async collect() {
      this.set(await options.countQueued());
    },
  });
  new Gauge({
    name: 'tsunagi_socket_connections',
    help: 'Open Socket.IO connections on this node, by namespace',
    labelNames: ['namespace'] as const,
    registers: [registry],
    collect() {
      for (const [namespace, count] of Object.entries(options.countSockets()))
        this.set({ namespace }, count);
    },
  });

  const { countPolicyThread } = options;
  if (countPolicyThread) {
    /** Work the policy's thread did, or left to the event loop, since start. */
    const whereGauge = (name: string, help: string, read: () => ThreadOrLoop) =>
      new Gauge({
        name,
        help,
        labelNames: ['where'] as const,
        registers: [registry],
        collect() {
          const { thread, eventLoop } = read();
          this.set({ where: 'thread' }, thread);
          this.set({ where: 'event_loop' }, eventLoop);
        },
      });
    whereGauge(
      'tsunagi_bot_policy_verdicts',
      "Customer messages since start whose FAQ verdict the policy's thread gave, or the event loop",
      () => countPolicyThread().verdicts,
    );
    whereGauge(
      'tsunagi_handoff_card_readings',
      "Handoff cards since start whose reading of the customer's words the policy's thread made, or the event loop",
      () => countPolicyThread().cards,
    );
  }

  options.bus.subscribe('message.created', (event) => {
    messages.inc({ author: event.message.author });
  });

  return {
    observeRequest(method: string, route: string, status: number, seconds: number) {
      httpDuration.observe({ method, route, status: String(status) }, seconds);
    },
    contentType: registry.contentType,
    render: () => registry.metrics(),
  };
}
