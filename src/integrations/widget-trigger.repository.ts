import { sql } from 'kysely';
import type { Db } from '../db/index.js';
import type { WidgetTrigger } from './widget-trigger-rules.js';

/** A tenant's widget triggers (one JSON list per tenant) and how often each visitor saw them. */
export function createWidgetTriggerRepository(db: Db) {
  return {
    async list(tenantId: string): Promise<WidgetTrigger[]> {
      const row = await db
        .selectFrom('widget_triggers')
        .select('rules')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.rules) as WidgetTrigger[]) : [];
    },
    async put(tenantId: string, rules: readonly WidgetTrigger[]): Promise<void> {
      const values = { rules: JSON.stringify(rules), updated_at: new Date().toISOString() };
      await db
        .insertInto('widget_triggers')
        .values({ tenant_id: tenantId, ...values })
        .onConflict((oc) => oc.column('tenant_id').doUpdateSet(values))
        .execute();
    },

    /**
     * Counts one show unless the visitor already had `max` in the period: one statement, so two
     * nodes asking at once cannot both pass the limit. True when counted.
     */
    async countShow(input: {
      tenantId: string;
      triggerId: string;
      visitorId: string;
      period: string;
      max: number;
      at: string;
    }): Promise<boolean> {
      const row = await db
        .insertInto('widget_trigger_shows')
        .values({
          tenant_id: input.tenantId,
          trigger_id: input.triggerId,
          visitor_id: input.visitorId,
          period: input.period,
          shows: 1,
          updated_at: input.at,
        })
        .onConflict((oc) =>
          oc
            .columns(['tenant_id', 'trigger_id', 'visitor_id', 'period'])
            .doUpdateSet({
              shows: sql<number>`widget_trigger_shows.shows + 1`,
              updated_at: input.at,
            })
            .where('widget_trigger_shows.shows', '<', input.max),
        )
        .returning('shows')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Drops daily counters last touched before `before` (the `ever` ones stay). */
    async pruneShows(before: string): Promise<void> {
      await db
        .deleteFrom('widget_trigger_shows')
        .where('period', '!=', 'ever')
        .where('updated_at', '<', before)
        .execute();
    },
  };
}

export type WidgetTriggerRepository = ReturnType<typeof createWidgetTriggerRepository>;
