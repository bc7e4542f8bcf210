export {
  createOutboxRepository,
  type NewOutboxEntry,
  type OutboxEntry,
  type OutboxRepository,
} from './outbox.repository.js';
export { createOutboxWorker, type DeliveryResult, type OutboxWorker } from './outbox.worker.js';
