import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('intent_examples')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('intent_examples_tenant_text_unique', ['tenant_id', 'text'])
    .execute();

  // Questions the bot could not answer, for the admin to turn into FAQ or alternates.
  await db.schema
    .createTable('unanswered_questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_faq_id', 'text')
    .execute();
  await db.schema
    .createIndex('unanswered_tenant_idx')
    .on('unanswered_questions')
    .columns(['tenant_id', 'resolved_at', 'created_at'])
    .execute();
}
