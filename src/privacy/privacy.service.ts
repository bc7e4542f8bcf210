import type { AuditService } from '../audit/index.js';
import type { Dialect } from '../db/index.js';
import { notFound } from '../errors/index.js';
import type { PrivacyRepository } from './privacy.repository.js';

export type ErasureReceipt = {
  id: string;
  tenantId: string;
  contactId: string;
  erasedAt: string;
  deleted: Record<string, number>;
  storage: string;
  /** The audit entry that records the erasure: its hash ties the receipt to the chain. */
  auditHash: string;
};

export function createPrivacyService({
  privacy,
  audit,
  dialect,
}: {
  privacy: PrivacyRepository;
  audit: AuditService;
  dialect: Dialect;
}) {
  return {
    async exportContact(tenantId: string, contactId: string, actorId: string) {
      const record = await privacy.exportContact(tenantId, contactId);
      if (!record) throw notFound('Contact');
      await audit.record({ tenantId, actorId, action: 'contact.export', target: contactId });
      return record;
    },

    async eraseContact(
      tenantId: string,
      contactId: string,
      actorId: string,
    ): Promise<ErasureReceipt> {
      const deleted = await privacy.eraseContact(tenantId, contactId);
      if (!deleted) throw notFound('Contact');
      const isFlushed = await privacy.flushDeletedPages();
      const storage =
        dialect === 'sqlite'
          ? isFlushed
            ? 'SQLite: rows overwritten with zeros (secure_delete) and the write-ahead log checkpointed and truncated'
            : 'SQLite: rows overwritten with zeros (secure_delete); the write-ahead log is truncated at its next checkpoint'
          : 'PostgreSQL: rows deleted; their old versions stay in the table files until VACUUM reclaims them (autovacuum, or VACUUM FULL to rewrite the files at once), and in WAL archives and backups until they expire';
      const entry = await audit.record({
        tenantId,
        actorId,
        action: 'contact.erase',
        target: contactId,
        detail: { deleted },
      });
      return {
        id: entry.id,
        tenantId,
        contactId,
        erasedAt: entry.at,
        deleted,
        storage,
        auditHash: entry.hash,
      };
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
