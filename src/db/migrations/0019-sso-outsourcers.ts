import type { Kysely } from 'kysely';

/**
 * Single sign-on with OpenID Connect per tenant, and outsourcers: groups of tenants whose
 * members hold a role in every tenant of the group without a membership in each.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenant_sso')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    // Sealed with the installation's account key, bound to the tenant.
    .addColumn('client_secret', 'text', (c) => c.notNull())
    .addColumn('email_domain', 'text', (c) => c.notNull())
    // The role a new person gets at their first sign-in; null requires an existing membership.
    .addColumn('provision_role', 'text')
    .addColumn('is_enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('tenant_sso_domain_idx')
    .on('tenant_sso')
    .column('email_domain')
    .execute();

  // One row per sign-in started: the state (stored hashed), PKCE verifier and nonce it must match.
  await db.schema
    .createTable('sso_logins')
    .addColumn('state_hash', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('code_verifier', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('redirect_uri', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();

  // An operator's capacity counts their conversations in every tenant they work in.
  await db.schema
    .createIndex('conversations_assignee_status_idx')
    .on('conversations')
    .columns(['assignee_id', 'status'])
    .execute();

  await db.schema
    .createTable('outsourcers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('outsourcer_tenants')
    .addColumn('outsourcer_id', 'text', (c) => c.notNull().references('outsourcers.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addPrimaryKeyConstraint('outsourcer_tenants_pk', ['outsourcer_id', 'tenant_id'])
    .execute();
  await db.schema
    .createTable('outsourcer_members')
    .addColumn('outsourcer_id', 'text', (c) => c.notNull().references('outsourcers.id'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outsourcer_members_pk', ['outsourcer_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('outsourcer_members_user_idx')
    .on('outsourcer_members')
    .column('user_id')
    .execute();
}
