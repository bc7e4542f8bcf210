export { type AuditRepository, createAuditRepository } from './audit.repository.js';
export {
  type AuditEntry,
  type AuditInput,
  type AuditService,
  createAuditService,
  GENESIS_HASH,
  hashEntry,
} from './audit.service.js';
