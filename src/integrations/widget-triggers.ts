import type { Db } from '../db/index.js';

/**
 * A proactive widget trigger: the widget shows `message` as a bubble when the page fits `when`
 * (URL contains, seconds on the page, returning visitor), at most once per rule per visitor per day.
 */
export type WidgetTrigger = {
  id: string;
  message: { ja?: string | undefined; en?: string | undefined };
  when: {
    urlContains?: string | undefined;
    secondsOnPage?: number | undefined;
    returningVisitor?: boolean | undefined;
  };
  enabled: boolean;
};

/** A tenant's widget triggers, one JSON list per tenant. */
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
  };
}

export type WidgetTriggerRepository = ReturnType<typeof createWidgetTriggerRepository>;
