import { createHash } from 'node:crypto';
import { LruMap } from '../cache/index.js';
import { isUniqueViolation } from '../db/index.js';
import { newId } from '../ids/index.js';
import type { AuditRepository, AuditRow } from './audit.repository.js';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditEntry = {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type AuditInput = {
  tenantId: string;
  actorId: string | null;
  action: string;
  target?: string | null | undefined;
  detail?: Record<string, unknown> | undefined;
};

/**
 * The hash of one entry: SHA-256 over its fields and the previous entry's hash, so changing,
 * inserting or removing any entry breaks every link after it.
 */
export function hashEntry(row: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([
    row.tenant_id,
    row.seq,
    row.id,
    row.at,
    row.actor_id,
    row.action,
    row.target,
    row.detail,
    row.prev_hash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at,
  actorId: row.actor_id,
  action: row.action,
  target: row.target,
  detail: JSON.parse(row.detail) as Record<string, unknown>,
  prevHash: row.prev_hash,
  hash: row.hash,
});

export function createAuditService({
  audit,
  onError,
}: {
  audit: AuditRepository;
  onError?: (error: unknown) => void;
}) {
  // Appends of one tenant run one after another on this node; another node appending the same
  // seq at the same moment loses on the unique (tenant_id, seq) key and tries again.
  const tails = new Map<string, Promise<unknown>>();
  // Each tenant's last entry as this node stored it: the chain is append-only, so it is read
  // back only when another node has appended since (the insert then loses on the key).
  const lastStored = new LruMap<string, { seq: number; hash: string }>(10_000);

  async function appendNow(input: AuditInput): Promise<AuditEntry> {
    for (let attempt = 0; ; attempt++) {
      const last = lastStored.get(input.tenantId) ?? (await audit.last(input.tenantId));
      const row: Omit<AuditRow, 'hash'> = {
        id: newId('aud'),
        tenant_id: input.tenantId,
        seq: (last?.seq ?? 0) + 1,
        at: new Date().toISOString(),
        actor_id: input.actorId,
        action: input.action,
        target: input.target ?? null,
        detail: JSON.stringify(input.detail ?? {}),
        prev_hash: last?.hash ?? GENESIS_HASH,
      };
      const full = { ...row, hash: hashEntry(row) };
      try {
        await audit.insert(full);
        lastStored.set(input.tenantId, { seq: full.seq, hash: full.hash });
        return toEntry(full);
      } catch (error) {
        lastStored.delete(input.tenantId);
        if (attempt >= 20 || !isUniqueViolation(error)) throw error;
      }
    }
  }

  return {
    /** Appends an entry to the tenant's chain; resolves once it is stored. */
    record(input: AuditInput): Promise<AuditEntry> {
      const previous = tails.get(input.tenantId) ?? Promise.resolve();
      const next = previous.catch(() => {}).then(() => appendNow(input));
      tails.set(input.tenantId, next);
      void next
        .catch((error: unknown) => onError?.(error))
        .finally(() => {
          if (tails.get(input.tenantId) === next) tails.delete(input.tenantId);
        });
      return next;
    },

    async list(
      tenantId: string,
      options: { from?: string | undefined; to?: string | undefined; limit?: number | undefined },
    ): Promise<AuditEntry[]> {
      const rows = await audit.list(tenantId, { ...options, limit: options.limit ?? 1000 });
      return rows.map(toEntry);
    },

    /**
     * Walks the chain from the start: each entry must follow the previous one (seq, prev_hash)
     * and hash to what it holds. Returns the first entry that does not.
     */
    async verify(tenantId: string): Promise<{ ok: boolean; brokenAt?: string; checked: number }> {
      let prevHash = GENESIS_HASH;
      let seq = 0;
      let checked = 0;
      for (;;) {
        const rows = await audit.page(tenantId, seq, 1000);
        for (const row of rows) {
          const { hash, ...rest } = row;
          if (row.seq !== seq + 1 || row.prev_hash !== prevHash || hashEntry(rest) !== hash) {
            return { ok: false, brokenAt: row.id, checked };
          }
          prevHash = hash;
          seq = row.seq;
          checked++;
        }
        if (rows.length < 1000) return { ok: true, checked };
      }
    },

    tenantIds: () => audit.tenantIds(),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
