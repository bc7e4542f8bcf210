import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/**
 * The queue in serving order (highest priority, then longest waiting) straight from an index:
 * routing reads the first few waiting conversations on every handoff, and without it both
 * databases read and sort the whole queue each time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conversations_routing_order_idx')
    .on('conversations')
    .columns(['tenant_id', 'status', 'priority desc', 'queued_at'])
    .execute();
}
