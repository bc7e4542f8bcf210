import { type Kysely, sql } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/**
 * A review scores a conversation or a call: the table is rebuilt with both ids nullable (one
 * of them set), each unique per tenant, so a call leaves the review queue once scored as a
 * conversation does. SQLite cannot drop a NOT NULL in place; the copy works on both stores.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('qa_reviews_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('call_id', 'text')
    .addColumn('agent_id', 'text')
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('average', 'real', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_reviews_of_conversation_uq', ['tenant_id', 'conversation_id'])
    .addUniqueConstraint('qa_reviews_of_call_uq', ['tenant_id', 'call_id'])
    .addCheckConstraint(
      'qa_reviews_one_subject_ck',
      sql`(conversation_id is null) <> (call_id is null)`,
    )
    .execute();
  await sql`insert into qa_reviews_next (id, tenant_id, conversation_id, call_id, agent_id, reviewer_id, scores, average, comment, created_at)
    select id, tenant_id, conversation_id, null, agent_id, reviewer_id, scores, average, comment, created_at from qa_reviews`.execute(
    db,
  );
  await db.schema.dropTable('qa_reviews').execute();
  await db.schema.alterTable('qa_reviews_next').renameTo('qa_reviews').execute();
}
