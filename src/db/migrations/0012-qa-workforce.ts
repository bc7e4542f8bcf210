import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // What the quality scanner found in stored messages; one row per message, rule and span,
  // so scanning a message again (a replayed event) stores nothing new.
  await db.schema
    .createTable('qa_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    // The operator the finding concerns (the message's author, or the assignee), if any.
    .addColumn('agent_id', 'text')
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('span_start', 'integer', (c) => c.notNull())
    .addColumn('span_end', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sent_despite_warning', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_findings_message_rule_uq', ['message_id', 'rule', 'span_start'])
    .execute();
  await db.schema
    .createIndex('qa_findings_tenant_conversation_idx')
    .on('qa_findings')
    .columns(['tenant_id', 'conversation_id'])
    .execute();
  await db.schema
    .createIndex('qa_findings_tenant_created_idx')
    .on('qa_findings')
    .columns(['tenant_id', 'created_at'])
    .execute();

  // An operator was warned before sending this text (hash of its normalised form); a message
  // stored with the same text by the same operator was sent despite the warning.
  await db.schema
    .createTable('qa_warnings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('text_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('qa_warnings_pk', ['tenant_id', 'user_id', 'text_hash'])
    .execute();

  // Reviewers' scorecards: the tenant's criteria, and one review per conversation.
  await db.schema
    .createTable('qa_scorecards')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('criteria', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('qa_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('reviewer_id', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('average', 'real', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('qa_reviews_conversation_uq', ['tenant_id', 'conversation_id'])
    .execute();

  // Console activity: per-minute counts from an operator's console, never content.
  await db.schema
    .createTable('agent_activity')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('minute_start', 'text', (c) => c.notNull())
    .addColumn('keys', 'integer', (c) => c.notNull())
    .addColumn('clicks', 'integer', (c) => c.notNull())
    .addColumn('focused_seconds', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_activity_pk', ['tenant_id', 'user_id', 'minute_start'])
    .execute();

  // Utilisation bands per tenant (targets for overloaded, right and under-used).
  await db.schema
    .createTable('workforce_settings')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('band_over', 'real', (c) => c.notNull())
    .addColumn('band_right', 'real', (c) => c.notNull())
    .addColumn('band_under', 'real', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
