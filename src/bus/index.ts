export {
  type BusErrorReporter,
  createInProcessBus,
  type EventBus,
  type SubscribeOptions,
} from './event-bus.js';
export type * from './events.js';
export { CLUSTER_EVENTS } from './events.js';
export { createRedisBus } from './redis-bus.js';
