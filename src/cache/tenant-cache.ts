import type { EventBus } from '../bus/index.js';
import { LruMap } from './lru-map.js';

/**
 * A tenant's setting read from the database and kept on this node until it changes, here or
 * on another node: `changed` drops this node's copy at once and tells the others (the
 * `cache.changed` event crosses nodes). A copy is read again after `maxAgeMs` (a minute unless
 * said) in any case: Redis pub/sub may lose a message, and a node would otherwise keep an old
 * copy until it restarts. The read's promise is what is kept, so concurrent first
 * reads share one query, and a read under way when the setting changed is never put back.
 */
export function createTenantCache<T>(options: {
  /** Which setting (one name per cache): a change event drops only this cache's copies. */
  name: string;
  load: (tenantId: string) => Promise<T>;
  /** Carries changes to every node; without it the copies are this process's only. */
  bus?: EventBus | undefined;
  maxAgeMs?: number;
  /** Tenants kept (10,000 unless said); the least recently used beyond it are dropped. */
  maxTenants?: number;
  now?: () => number;
}) {
  const now = options.now ?? Date.now;
  const maxAgeMs = options.maxAgeMs ?? 60_000;
  const kept = new LruMap<string, { value: Promise<T>; at: number }>(options.maxTenants ?? 10_000);
  options.bus?.subscribe(
    'cache.changed',
    (event) => {
      if (event.name === options.name) kept.delete(event.tenantId);
    },
    { scope: 'cluster' },
  );

  return {
    get(tenantId: string): Promise<T> {
      const at = now();
      const hit = kept.get(tenantId);
      if (hit && at - hit.at < maxAgeMs) return hit.value;
      const entry = { value: options.load(tenantId), at };
      entry.value.catch(() => {
        if (kept.get(tenantId) === entry) kept.delete(tenantId);
      });
      kept.set(tenantId, entry);
      return entry.value;
    },
    /** After the change is committed: this node's copy goes at once, the others' when they hear. */
    changed(tenantId: string): void {
      kept.delete(tenantId);
      options.bus?.publish({ type: 'cache.changed', name: options.name, tenantId });
    },
  };
}
