import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Per tenant, the operator skills a conversation with a trained intent needs (JSON array).
  // A key may be a namespace (`billing/*`) that covers the intents under it.
  await db.schema
    .createTable('intent_skills')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('intent', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('intent_skills_pk', ['tenant_id', 'intent'])
    .execute();
}
