import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export function createModerationRepository(db: Db) {
  return {
    async listWords(tenantId: string): Promise<string[]> {
      // Read for every message scanned: fixed text, nothing built per call.
      const { rows } = await sql<{ word: string }>`
        select word from banned_words where tenant_id = ${tenantId} order by word`.execute(db);
      return rows.map((r) => r.word);
    },

    /** Replaces the tenant's list in one transaction. */
    async replaceWords(tenantId: string, words: readonly string[]): Promise<void> {
      const now = new Date().toISOString();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('banned_words').where('tenant_id', '=', tenantId).execute();
        if (words.length > 0) {
          await trx
            .insertInto('banned_words')
            .values(words.map((word) => ({ tenant_id: tenantId, word, created_at: now })))
            .execute();
        }
      });
    },
  };
}

export type ModerationRepository = ReturnType<typeof createModerationRepository>;
