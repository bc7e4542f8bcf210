import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/**
 * New arrivals in the queue straight from an index: every handoff gives the ones not yet
 * classified their queue and priority, and the queue behind them can be thousands long.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conversations_unclassified_idx')
    .on('conversations')
    .columns(['tenant_id', 'status', 'is_classified', 'queued_at'])
    .execute();
}
