import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per report a tenant's schedule sent: the key is the claim, so of several nodes
  // (whatever their clocks say) exactly one sends a period.
  await db.schema
    .createTable('analytics_report_sends')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_report_sends_pk', ['tenant_id', 'kind', 'period'])
    .execute();

  // A widget visitor's day (the tenant's local date): when first seen, whether they chatted
  // that day, and the purchases they made without a chat.
  await db.schema
    .createTable('analytics_visits')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('first_at', 'text', (c) => c.notNull())
    .addColumn('chatted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('purchases', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('purchase_value', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_visits_pk', ['tenant_id', 'visitor_id', 'day'])
    .execute();
  await db.schema
    .createIndex('analytics_visits_first_at')
    .on('analytics_visits')
    .columns(['tenant_id', 'first_at'])
    .execute();

  // Purchases reported by visitor (not by conversation), once per order id.
  await db.schema
    .createTable('analytics_visit_purchases')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('order_id', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analytics_visit_purchases_pk', ['tenant_id', 'order_id'])
    .execute();

  // The visitor days summed per UTC hour of their first visit, as the conversation rollups.
  await db.schema
    .createTable('analytics_visit_hours')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('visitors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('chatted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_chat_purchases', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_chat_value', 'real', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analytics_visit_hours_pk', ['tenant_id', 'hour'])
    .execute();

  // Business-hours lengths (time outside opening hours and holidays left out), measured when
  // the fact is recorded with the hours then in force, so a replay gives the same.
  await db.schema.alterTable('analytics_facts').addColumn('business_seconds', 'real').execute();
  await db.schema
    .alterTable('analytics_conversations')
    .addColumn('first_response_business_seconds', 'real')
    .execute();
  await db.schema
    .alterTable('analytics_conversations')
    .addColumn('handle_business_seconds', 'real')
    .execute();
}
