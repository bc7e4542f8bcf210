import type { Kysely } from 'kysely';

/**
 * Each message's delivery state is read from the outbox rows of its conversation (the console
 * shows it beside the message), so those rows are found by conversation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('outbox_conversation_idx')
    .on('outbox')
    .columns(['tenant_id', 'conversation_id'])
    .execute();
}
