import type { Kysely } from 'kysely';

/**
 * Which FAQ a customer picked when the bot offered a list: kept with the open question the
 * customer typed, it is a labelled example for the answer policy and a ready alternate.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('unanswered_questions').addColumn('chosen_faq_id', 'text').execute();
}
