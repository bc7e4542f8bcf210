import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import { newId } from '../ids/index.js';

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
    /** Status changes in [from, to), plus each operator's last change before `from`. */
    async statusChanges(tenantId: string, from: string, to: string, userIds?: readonly string[]) {
      let inside = db
        .selectFrom('agent_status_history')
        .select(['id', 'user_id', 'status', 'reason', 'started_at'])
        .where('tenant_id', '=', tenantId)
        .where('started_at', '>=', from)
        .where('started_at', '<', to);
      if (userIds) inside = inside.where('user_id', 'in', userIds.length ? userIds : ['']);
      let before = db
        .selectFrom('agent_status_history as h')
        .select(['h.id', 'h.user_id', 'h.status', 'h.reason', 'h.started_at'])
        .where('h.tenant_id', '=', tenantId)
        .where('h.started_at', '<', from)
        .where((eb) =>
          eb(
            'h.started_at',
            '=',
            eb
              .selectFrom('agent_status_history as p')
              .select((e) => e.fn.max('p.started_at').as('m'))
              .where('p.tenant_id', '=', tenantId)
              .whereRef('p.user_id', '=', 'h.user_id')
              .where('p.started_at', '<', from),
          ),
        );
      if (userIds) before = before.where('h.user_id', 'in', userIds.length ? userIds : ['']);
      const [a, b] = await Promise.all([inside.execute(), before.execute()]);
      return [...b, ...a].sort(
        (x, y) => x.started_at.localeCompare(y.started_at) || x.id.localeCompare(y.id),
      );
    },

    /** One page of status changes, newest first, each with the start of the next (its end). */
    async statusHistoryPage(
      tenantId: string,
      options: {
        userId?: string | undefined;
        from: string;
        to: string;
        limit: number;
        offset: number;
      },
    ) {
      let query = db
        .selectFrom('agent_status_history as h')
        .select((eb) => [
          'h.id',
          'h.user_id',
          'h.status',
          'h.reason',
          'h.started_at',
          eb
            .selectFrom('agent_status_history as n')
            .select((e) => e.fn.min('n.started_at').as('e'))
            .where('n.tenant_id', '=', tenantId)
            .whereRef('n.user_id', '=', 'h.user_id')
            .whereRef('n.started_at', '>', 'h.started_at')
            .as('ended_at'),
        ])
        .where('h.tenant_id', '=', tenantId)
        .where('h.started_at', '>=', options.from)
        .where('h.started_at', '<', options.to);
      if (options.userId) query = query.where('h.user_id', '=', options.userId);
      return query
        .orderBy('h.started_at', 'desc')
        .orderBy('h.id', 'desc')
        .limit(options.limit + 1)
        .offset(options.offset)
        .execute();
    },

    /** Current presence of the tenant's staff. */
    async presence(tenantId: string) {
      return db
        .selectFrom('users')
        .select(['id', 'name', 'status', 'status_changed_at'])
        .where('tenant_id', '=', tenantId)
        .where('role', 'in', ['agent', 'supervisor', 'admin'])
        .orderBy('name')
        .execute();
    },

    async schedule(tenantId: string, userId: string) {
      return db
        .selectFrom('agent_schedules')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },

    async schedules(tenantId: string) {
      return db
        .selectFrom('agent_schedules')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .execute();
    },

    async saveSchedule(tenantId: string, userId: string, timeZone: string, shifts: string) {
      const now = new Date().toISOString();
      await db
        .insertInto('agent_schedules')
        .values({
          tenant_id: tenantId,
          user_id: userId,
          time_zone: timeZone,
          shifts,
          updated_at: now,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'user_id'])
            .doUpdateSet({ time_zone: timeZone, shifts, updated_at: now }),
        )
        .execute();
    },

    async teams(tenantId: string) {
      const [teams, members] = await Promise.all([
        db
          .selectFrom('teams')
          .select(['id', 'name', 'created_at'])
          .where('tenant_id', '=', tenantId)
          .orderBy('name')
          .execute(),
        db
          .selectFrom('team_members')
          .select(['team_id', 'user_id'])
          .where('tenant_id', '=', tenantId)
          .execute(),
      ]);
      return teams.map((t) => ({
        id: t.id,
        name: t.name,
        createdAt: t.created_at,
        memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
      }));
    },

    /** Creates a team; false when the tenant already has one with this name. */
    async createTeam(tenantId: string, name: string): Promise<{ id: string } | null> {
      const id = newId('team');
      const result = await db
        .insertInto('teams')
        .values({ id, tenant_id: tenantId, name, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['tenant_id', 'name']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? { id } : null;
    },

    async findTeam(tenantId: string, teamId: string) {
      return db
        .selectFrom('teams')
        .select(['id', 'name'])
        .where('tenant_id', '=', tenantId)
        .where('id', '=', teamId)
        .executeTakeFirst();
    },

    /** Replaces a team's members. */
    async setMembers(tenantId: string, teamId: string, userIds: readonly string[]) {
      await db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('team_members')
          .where('tenant_id', '=', tenantId)
          .where('team_id', '=', teamId)
          .execute();
        if (userIds.length)
          await trx
            .insertInto('team_members')
            .values(userIds.map((user_id) => ({ tenant_id: tenantId, team_id: teamId, user_id })))
            .execute();
      });
    },

    async deleteTeam(tenantId: string, teamId: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        await trx
          .deleteFrom('team_members')
          .where('tenant_id', '=', tenantId)
          .where('team_id', '=', teamId)
          .execute();
        const r = await trx
          .deleteFrom('teams')
          .where('tenant_id', '=', tenantId)
          .where('id', '=', teamId)
          .executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      });
    },
  };
}

export type WorkforceRepository = ReturnType<typeof createWorkforceRepository>;
