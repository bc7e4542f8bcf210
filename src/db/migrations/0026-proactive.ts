import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/**
 * Widget trigger shows and agent-bot turns.
 *
 * How often each visitor was shown each widget trigger: one counter per local day (`period`
 * YYYY-MM-DD in the tenant's time zone), or `ever` for a rule shown once per visitor.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('widget_trigger_shows')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('trigger_id', 'text', (c) => c.notNull())
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('shows', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('widget_trigger_shows_pk', [
      'tenant_id',
      'trigger_id',
      'visitor_id',
      'period',
    ])
    .execute();
  // Old days are pruned by age.
  await db.schema
    .createIndex('widget_trigger_shows_updated_idx')
    .on('widget_trigger_shows')
    .columns(['updated_at'])
    .execute();

  // An external bot's turn while it is offered: answered or timed out by one conditional
  // update, whichever node takes the bot-reply and whichever holds the wait.
  await db.schema
    .createTable('agent_bot_turns')
    .addColumn('turn_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}
