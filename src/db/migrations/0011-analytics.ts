import type { Kysely } from 'kysely';

const counters = [
  'conversations',
  'bot_turns',
  'handed_off',
  'answered',
  'abandoned',
  'resolved',
  'assigned',
  'transfers',
  'sla_met',
  'handle_count',
  'csat_count',
  'conversions',
  'conversions_bot',
  'conversions_human',
] as const;
const sums = ['frt_sum', 'handle_sum', 'csat_sum', 'conversion_value'] as const;

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The log of lifecycle facts, each written in the transaction of the change it records;
  // the rollups below are a function of it (the rebuild replays it).
  await db.schema
    .createTable('analytics_facts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('conversation_created_at', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('queue_id', 'text')
    .addColumn('category', 'text')
    .addColumn('value', 'real')
    .addColumn('detail', 'text')
    .addColumn('dedupe_key', 'text')
    .execute();
  await db.schema
    .createIndex('analytics_facts_tenant_at_idx')
    .on('analytics_facts')
    .columns(['tenant_id', 'at'])
    .execute();
  await db.schema
    .createIndex('analytics_facts_dedupe_uq')
    .on('analytics_facts')
    .columns(['tenant_id', 'dedupe_key'])
    .unique()
    .execute();

  // One row per conversation: its outcome so far (medians and drill-downs read it).
  await db.schema
    .createTable('analytics_conversations')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('queue_id', 'text')
    .addColumn('agent_id', 'text')
    .addColumn('handed_off_at', 'text')
    .addColumn('first_human_at', 'text')
    .addColumn('first_response_seconds', 'real')
    .addColumn('sla_met', 'integer')
    .addColumn('assigned_at', 'text')
    .addColumn('assignments', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('transfers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('resolved_at', 'text')
    .addColumn('handle_seconds', 'real')
    .addColumn('is_abandoned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('csat_score', 'integer')
    .addColumn('csat_comment', 'text')
    .addColumn('conversions', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('conversion_value', 'real', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('analytics_conversations_tenant_created_idx')
    .on('analytics_conversations')
    .columns(['tenant_id', 'created_at'])
    .execute();

  // Counters per tenant × hour (UTC, of the conversation's creation) × channel × category ×
  // queue × agent; '' stands for none so the key has no nulls.
  let hourly = db.schema
    .createTable('analytics_hourly')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('queue_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull());
  for (const column of counters) {
    hourly = hourly.addColumn(column, 'integer', (c) => c.notNull().defaultTo(0));
  }
  for (const column of sums) {
    hourly = hourly.addColumn(column, 'real', (c) => c.notNull().defaultTo(0));
  }
  await hourly
    .addPrimaryKeyConstraint('analytics_hourly_pk', [
      'tenant_id',
      'hour',
      'channel',
      'category',
      'queue_id',
      'agent_id',
    ])
    .execute();

  // Call reasons: the salient words of each conversation's customer messages, once each.
  await db.schema
    .createTable('analytics_terms')
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('term', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('analytics_terms_pk', ['conversation_id', 'term'])
    .execute();
  await db.schema
    .createIndex('analytics_terms_tenant_created_idx')
    .on('analytics_terms')
    .columns(['tenant_id', 'created_at'])
    .execute();

  // Per-tenant analytics settings: the ROI figure and the report schedule.
  await db.schema
    .createTable('analytics_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('cost_per_contact', 'real')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('report_recipients', 'text', (c) => c.notNull())
    .addColumn('report_schedule', 'text', (c) => c.notNull())
    .addColumn('last_weekly_period', 'text')
    .addColumn('last_monthly_period', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
