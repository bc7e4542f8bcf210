import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/** A tenant's proactive widget triggers: one JSON list per tenant, served with the widget's config. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('widget_triggers')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('rules', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
