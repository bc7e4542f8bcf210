import { type Kysely, sql } from 'kysely';

/**
 * Accounts and governance: one person with memberships in several tenants, account lifecycle
 * (disable, one-time links for password reset and invitations), TOTP, per-tenant security
 * settings and the hash-chained audit log.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('memberships')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('memberships_pk', ['user_id', 'tenant_id'])
    .execute();
  await db.schema
    .createIndex('memberships_tenant_idx')
    .on('memberships')
    .columns(['tenant_id', 'user_id'])
    .execute();
  // Every existing tenant user becomes a member of their tenant with the same role.
  await sql`insert into memberships (user_id, tenant_id, role, disabled_at, created_at)
    select id, tenant_id, role, null, created_at from users where tenant_id is not null`.execute(
    db,
  );

  await db.schema.alterTable('users').addColumn('disabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
  await db.schema.alterTable('users').addColumn('totp_enabled_at', 'text').execute();
  await db.schema.alterTable('users').addColumn('recovery_codes', 'text').execute();
  await db.schema.alterTable('users').addColumn('password_changed_at', 'text').execute();

  await db.schema.alterTable('sessions').addColumn('address', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('last_seen_at', 'text').execute();
  await db.schema
    .createIndex('sessions_user_idx')
    .on('sessions')
    .columns(['user_id', 'revoked_at'])
    .execute();

  // Short-lived, single-use secrets: the second step of a TOTP login, reset and invitation links.
  await db.schema
    .createTable('auth_tickets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tenant_security')
    .addColumn('tenant_id', 'text', (c) => c.primaryKey().references('tenants.id'))
    .addColumn('require_totp', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ip_allowlist', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('retention_days', 'integer')
    .addColumn('suspended_at', 'text')
    // Card numbers, phone numbers, emails and My Numbers masked for agents too, not only annotators.
    .addColumn('mask_pii_for_agents', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addUniqueConstraint('audit_log_tenant_seq_uq', ['tenant_id', 'seq'])
    .execute();
  await db.schema
    .createIndex('audit_log_tenant_at_idx')
    .on('audit_log')
    .columns(['tenant_id', 'at'])
    .execute();
}
