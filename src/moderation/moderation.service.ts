import { builtInBannedWords } from './built-in-words.js';
import { type BannedWordMatch, findBannedWords } from './find-banned-words.js';
import type { ModerationRepository } from './moderation.repository.js';

/** The warning before an operator sends an inappropriate word: the built-in list plus the tenant's. */
export function createModerationService(deps: { moderation: ModerationRepository }) {
  return {
    listTenantWords: (tenantId: string) => deps.moderation.listWords(tenantId),
    builtInWords: () => builtInBannedWords,

    async setTenantWords(tenantId: string, words: readonly string[]): Promise<string[]> {
      const clean = [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))].sort();
      await deps.moderation.replaceWords(tenantId, clean);
      return clean;
    },

    async check(tenantId: string, text: string): Promise<BannedWordMatch[]> {
      const own = await deps.moderation.listWords(tenantId);
      return findBannedWords(text, [...builtInBannedWords, ...own]);
    },
  };
}

export type ModerationService = ReturnType<typeof createModerationService>;
