import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Whether the contact has shown they own their email address (mail from it, a signed claim
  // from the client's server, a confirmed form): only such an address is mailed on request.
  await db.schema
    .alterTable('contacts')
    .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // The secret a tenant's own server signs its customers' ids and emails with (sealed).
  await db.schema
    .createTable('identity_secrets')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('rotated_at', 'text', (c) => c.notNull())
    .execute();

  // An inquiry form waiting for its address to be confirmed: nothing else is mailed there.
  await db.schema
    .createTable('form_submissions')
    .addColumn('conversation_id', 'text', (c) => c.primaryKey().references('conversations.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .execute();

  // An email channel takes mail once its domain is proven (or is one of the installation's own).
  await db.schema.alterTable('channels').addColumn('verification_token', 'text').execute();
  await db.schema.alterTable('channels').addColumn('verified_at', 'text').execute();
  await db.schema.alterTable('channels').addColumn('verified_by', 'text').execute();
}
