import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export function createWorkforceRepository(db: Db) {
  return {
    /** One report per operator and minute; a repeated report for the minute replaces it. */
    async saveActivity(row: {
      tenant_id: string;
      user_id: string;
      minute_start: string;
      keys: number;
      clicks: number;
      focused_seconds: number;
    }): Promise<void> {
      await db
        .insertInto('agent_activity')
        .values(row)
        .onConflict((oc) =>
          oc.columns(['tenant_id', 'user_id', 'minute_start']).doUpdateSet({
            keys: row.keys,
            clicks: row.clicks,
            focused_seconds: row.focused_seconds,
          }),
        )
        .execute();
    },

    async activity(tenantId: string, from: string, to: string, userId?: string) {
      let query = db
        .selectFrom('agent_activity')
        .select(['user_id', 'minute_start', 'keys', 'clicks', 'focused_seconds'])
        .where('tenant_id', '=', tenantId)
        .where('minute_start', '>=', from)
        .where('minute_start', '<', to);
      if (userId) query = query.where('user_id', '=', userId);
      return query.orderBy('minute_start').execute();
    },

    /** Conversations assigned to someone that overlap [from, to). */
    async assignments(tenantId: string, from: string, to: string) {
      return db
        .selectFrom('conversations')
        .select(['id', 'assignee_id', 'assigned_at', 'resolved_at'])
        .where('tenant_id', '=', tenantId)
        .where('assignee_id', 'is not', null)
        .where('assigned_at', 'is not', null)
        .where('assigned_at', '<', to)
        .where((eb) => eb.or([eb('resolved_at', 'is', null), eb('resolved_at', '>=', from)]))
        .execute();
    },

    async staff(tenantId: string) {
      return db
        .selectFrom('users')
        .select(['id', 'name', 'role'])
        .where('tenant_id', '=', tenantId)
        .where('role', 'in', ['agent', 'supervisor', 'admin'])
        .orderBy('name')
        .execute();
    },

    async settings(tenantId: string) {
      return db
        .selectFrom('workforce_settings')
        .select(['band_over', 'band_right', 'band_under'])
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
    },

    async saveSettings(tenantId: string, bands: { over: number; right: number; under: number }) {
      const now = new Date().toISOString();
      await db
        .insertInto('workforce_settings')
        .values({
          tenant_id: tenantId,
          band_over: bands.over,
          band_right: bands.right,
          band_under: bands.under,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc.column('tenant_id').doUpdateSet({
            band_over: bands.over,
            band_right: bands.right,
            band_under: bands.under,
            updated_at: now,
          }),
        )
        .execute();
    },

    /** Conversations created per hour (`YYYY-MM-DDTHH`) in [from, to). */
    async contactsPerHour(tenantId: string, from: string, to: string) {
      const hour = sql<string>`substr(created_at, 1, 13)`;
      const rows = await db
        .selectFrom('conversations')
        .select([hour.as('hour'), sql<number>`count(*)`.as('count')])
        .where('tenant_id', '=', tenantId)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .groupBy(hour)
        .execute();
      return rows.map((r) => ({ hour: r.hour, count: Number(r.count) }));
    },
  };
}

export type WorkforceRepository = ReturnType<typeof createWorkforceRepository>;
