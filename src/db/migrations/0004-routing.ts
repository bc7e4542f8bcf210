import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Queues: where a waiting conversation is placed; agents serve a queue when they have its skills.
  await db.schema
    .createTable('queues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('skills', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('is_default', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sla_first_reply_seconds', 'integer')
    .addColumn('overflow_queue_id', 'text')
    .addColumn('overflow_after_seconds', 'integer')
    // Weekly hours as JSON; null means the tenant's hours apply.
    .addColumn('business_hours', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('queues_tenant_name_unique', ['tenant_id', 'name'])
    .execute();

  // One row per tenant: business hours, holidays, SLA and presence settings.
  await db.schema
    .createTable('routing_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('business_hours', 'text')
    .addColumn('holidays', 'text', (c) => c.notNull())
    .addColumn('sla_first_reply_seconds', 'integer', (c) => c.notNull())
    .addColumn('away_grace_seconds', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('users')
    .addColumn('level', 'text', (c) => c.notNull().defaultTo('regular'))
    .execute();
  await db.schema
    .alterTable('contacts')
    .addColumn('is_vip', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Routing and handling state of a conversation.
  await db.schema.alterTable('conversations').addColumn('queue_id', 'text').execute();
  await db.schema
    .alterTable('conversations')
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // 0 until routing has placed the conversation in a queue and set its priority.
  await db.schema
    .alterTable('conversations')
    .addColumn('is_classified', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('conversations')
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema.alterTable('conversations').addColumn('category', 'text').execute();
  await db.schema.alterTable('conversations').addColumn('wrap_up_summary', 'text').execute();
  await db.schema.alterTable('conversations').addColumn('first_reply_at', 'text').execute();
  await db.schema
    .createIndex('conversations_tenant_queue_idx')
    .on('conversations')
    .columns(['tenant_id', 'status', 'queue_id'])
    .execute();
  await db.schema
    .createIndex('conversations_tenant_assignee_idx')
    .on('conversations')
    .columns(['tenant_id', 'assignee_id', 'status'])
    .execute();
  await db.schema
    .createIndex('conversations_tenant_contact_idx')
    .on('conversations')
    .columns(['tenant_id', 'contact_id'])
    .execute();

  // Internal notes: staff only, never part of the customer's messages.
  await db.schema
    .createTable('conversation_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id'))
    .addColumn('author_id', 'text')
    .addColumn('author_name', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversation_notes_idx')
    .on('conversation_notes')
    .columns(['tenant_id', 'conversation_id', 'created_at'])
    .execute();

  // How far each staff member has read each conversation (unread counts).
  await db.schema
    .createTable('conversation_reads')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('last_read_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversation_reads_pk', ['tenant_id', 'user_id', 'conversation_id'])
    .execute();

  await db.schema
    .createTable('canned_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('shortcut', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('canned_tenant_shortcut_unique', ['tenant_id', 'shortcut'])
    .execute();

  await db.schema
    .createTable('banned_words')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('banned_words_pk', ['tenant_id', 'word'])
    .execute();
}
