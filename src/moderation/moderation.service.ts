import type { EventBus } from '../bus/index.js';
import { createTenantCache } from '../cache/index.js';
import { builtInBannedWords } from './built-in-words.js';
import { type BannedWordMatch, findBannedWords } from './find-banned-words.js';
import type { ModerationRepository } from './moderation.repository.js';

/** The warning before an operator sends an inappropriate word: the built-in list plus the tenant's. */
export function createModerationService(deps: {
  moderation: ModerationRepository;
  /** Carries list changes to every node; without it the lists are kept for this process only. */
  bus?: EventBus;
  now?: () => number;
}) {
  // Each tenant's list, kept until it changes (here or on another node); frozen, so callers
  // may key what they derive from it on its identity.
  const lists = createTenantCache({
    name: 'moderation.words',
    load: async (tenantId) => Object.freeze(await deps.moderation.listWords(tenantId)),
    bus: deps.bus,
    ...(deps.now ? { now: deps.now } : {}),
  });
  const listWords = (tenantId: string): Promise<readonly string[]> => lists.get(tenantId);

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
      lists.changed(tenantId);
      return clean;
    },

    async check(tenantId: string, text: string): Promise<BannedWordMatch[]> {
      const own = await listWords(tenantId);
      return findBannedWords(text, [...builtInBannedWords, ...own]);
    },
  };
}

export type ModerationService = ReturnType<typeof createModerationService>;
