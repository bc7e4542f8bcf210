import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
/** Contacts kept as records of their own (phone, custom attributes, merged identities) and callback requests. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('phone', 'text').execute();
  // JSON object of the tenant's custom attributes, by the definition's key.
  await db.schema
    .alterTable('contacts')
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('contacts').addColumn('updated_at', 'text').execute();
  await db.schema
    .createIndex('contacts_tenant_created_idx')
    .on('contacts')
    .columns(['tenant_id', 'created_at'])
    .execute();

  // An identity (external id or email) of a contact merged into another: it still finds the survivor.
  await db.schema
    .createTable('contact_identities')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_identities_pk', ['tenant_id', 'kind', 'value'])
    .execute();
  await db.schema
    .createIndex('contact_identities_contact_idx')
    .on('contact_identities')
    .columns(['tenant_id', 'contact_id'])
    .execute();

  // A tenant's custom contact attributes: text, number, date or one of a list.
  await db.schema
    .createTable('contact_attribute_definitions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_attribute_definitions_pk', ['tenant_id', 'key'])
    .execute();

  // A customer asked to be called back within a time window.
  await db.schema
    .createTable('callbacks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('window_end', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('language', 'text')
    .addColumn('queue_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .execute();
  await db.schema
    .createIndex('callbacks_tenant_status_idx')
    .on('callbacks')
    .columns(['tenant_id', 'status', 'window_start'])
    .execute();

  // Where a chat's callback questions stand (asked for the number, then the window).
  await db.schema
    .createTable('callback_dialogs')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('language', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
