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

    /**
     * Retention: each tenant with a period loses its conversations resolved longer ago than
     * that, with their messages, attachments and notes. Each tenant's log records what went.
     */
    async applyRetention(now = new Date()): Promise<Record<string, number>> {
      const deletedByTenant: Record<string, number> = {};
      for (const policy of await privacy.retentionPolicies()) {
        const before = new Date(now.getTime() - policy.days * 86_400_000).toISOString();
        let total = 0;
        const deleted: Record<string, number> = {};
        for (;;) {
          const batch = await privacy.eraseResolvedBefore(policy.tenantId, before, 200);
          for (const [table, n] of Object.entries(batch))
            deleted[table] = (deleted[table] ?? 0) + n;
          const conversations = batch.conversations ?? 0;
          total += conversations;
          if (conversations < 200) break;
        }
        deletedByTenant[policy.tenantId] = total;
        if (total > 0) {
          await audit.record({
            tenantId: policy.tenantId,
            actorId: null,
            action: 'retention.applied',
            target: null,
            detail: { before, deleted },
          });
        }
      }
      if (Object.values(deletedByTenant).some((n) => n > 0)) await privacy.flushDeletedPages();
      return deletedByTenant;
    },
  };
}

export type PrivacyService = ReturnType<typeof createPrivacyService>;
