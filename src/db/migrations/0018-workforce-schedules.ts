import type { Kysely } from 'kysely';

// Forward-only: once released, a migration is never edited; change the schema with a new one.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Every presence change of an operator, with its reason (a break, lunch, training…); a
  // status lasts until the operator's next row.
  await db.schema
    .createTable('agent_status_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('started_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('agent_status_history_user_idx')
    .on('agent_status_history')
    .columns(['tenant_id', 'user_id', 'started_at'])
    .execute();
  await db.schema
    .createIndex('agent_status_history_tenant_idx')
    .on('agent_status_history')
    .columns(['tenant_id', 'started_at'])
    .execute();

  // Teams of operators, for figures per team.
  await db.schema
    .createTable('teams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('teams_tenant_name_uq', ['tenant_id', 'name'])
    .execute();
  await db.schema
    .createTable('team_members')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('team_members_tenant_idx')
    .on('team_members')
    .columns(['tenant_id', 'user_id'])
    .execute();

  // One weekly schedule per operator: shifts by weekday with planned breaks, in a time zone.
  await db.schema
    .createTable('agent_schedules')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('shifts', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('agent_schedules_pk', ['tenant_id', 'user_id'])
    .execute();
}
