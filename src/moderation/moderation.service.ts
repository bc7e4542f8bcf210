import type { EventBus } from '../bus/index.js';
import { builtInBannedWords } from './built-in-words.js';
import { type BannedWordMatch, findBannedWords } from './find-banned-words.js';
import type { ModerationRepository } from './moderation.repository.js';

/** Tenants whose lists are kept in memory; the least recently used beyond it are dropped. */
const MAX_TENANTS = 10_000;
/**
 * A kept list is read again after this long even without a change event: Redis pub/sub may
 * lose a message, and then a node would otherwise keep an old list until it restarts.
 */
const MAX_AGE_MS = 60_000;

/** The warning before an operator sends an inappropriate word: the built-in list plus the tenant's. */
export function createModerationService(deps: {
  moderation: ModerationRepository;
  /** Carries list changes to every node; without it the lists are kept for this process only. */
  bus?: EventBus;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  // Each tenant's list, read once and kept until it changes (here or on another node). The
  // promise itself is kept so concurrent first reads share one query, and a read that was
  // under way when the list changed is never put back (its entry is gone by then).
  const cache = new Map<string, { words: Promise<readonly string[]>; at: number }>();

  const drop = (tenantId: string) => {
    cache.delete(tenantId);
  };
  deps.bus?.subscribe('moderation.words_changed', (event) => drop(event.tenantId), {
    scope: 'cluster',
  });

  function listWords(tenantId: string): Promise<readonly string[]> {
    const kept = cache.get(tenantId);
    const at = now();
    if (kept && at - kept.at < MAX_AGE_MS) {
      // Least recently used last: a Map keeps insertion order.
      cache.delete(tenantId);
      cache.set(tenantId, kept);
      return kept.words;
    }
    const entry = {
      words: deps.moderation.listWords(tenantId).then((words) => Object.freeze(words)),
      at,
    };
    entry.words.catch(() => {
      if (cache.get(tenantId) === entry) cache.delete(tenantId);
    });
    cache.delete(tenantId);
    cache.set(tenantId, entry);
    if (cache.size > MAX_TENANTS) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return entry.words;
  }

  return {
    /** The tenant's own words, sorted (a copy the caller may keep). */
    listTenantWords: async (tenantId: string): Promise<string[]> => [
      ...(await listWords(tenantId)),
    ],
    /**
     * The same, kept: one array per list until the list changes (here or on another node), so
     * callers may key what they derive from it on its identity. Read-only.
     */
    tenantWordList: (tenantId: string) => listWords(tenantId),
    builtInWords: () => builtInBannedWords,

    async setTenantWords(tenantId: string, words: readonly string[]): Promise<string[]> {
      const clean = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort();
      await deps.moderation.replaceWords(tenantId, clean);
      // After the commit: this node at once, the others when they hear the event.
      drop(tenantId);
      deps.bus?.publish({ type: 'moderation.words_changed', tenantId });
      return clean;
    },

    async check(tenantId: string, text: string): Promise<BannedWordMatch[]> {
      const own = await listWords(tenantId);
      return findBannedWords(text, [...builtInBannedWords, ...own]);
    },

    /** Forget every kept list (tests; a node that lost its connection to the others). */
    forget: () => cache.clear(),
  };
}

export type ModerationService = ReturnType<typeof createModerationService>;
