import type { Db } from '../db/index.js';

export type ProactiveRule = {
  eventType: string;
  template: string;
  quietHours: { start: string; end: string } | null;
  dailyLimit: number;
  updatedAt: string;
};

export type ProactiveSend = {
  id: string;
  tenantId: string;
  contactId: string;
  conversationId: string;
  eventType: string;
  text: string;
  status: 'sent' | 'deferred';
  dueAt: string;
  createdAt: string;
};

type RuleRow = {
  event_type: string;
  template: string;
  quiet_start: string | null;
  quiet_end: string | null;
  daily_limit: number;
  updated_at: string;
};

const toRule = (row: RuleRow): ProactiveRule => ({
  eventType: row.event_type,
  template: row.template,
  quietHours:
    row.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
  dailyLimit: Number(row.daily_limit),
  updatedAt: row.updated_at,
});

const ruleColumns = [
  'event_type',
  'template',
  'quiet_start',
  'quiet_end',
  'daily_limit',
  'updated_at',
] as const;

export function createProactiveRepository(db: Db) {
  return {
    async upsertRule(tenantId: string, rule: ProactiveRule): Promise<void> {
      const values = {
        template: rule.template,
        quiet_start: rule.quietHours?.start ?? null,
        quiet_end: rule.quietHours?.end ?? null,
        daily_limit: rule.dailyLimit,
        updated_at: rule.updatedAt,
      };
      await db
        .insertInto('proactive_rules')
        .values({ tenant_id: tenantId, event_type: rule.eventType, ...values })
        .onConflict((oc) => oc.columns(['tenant_id', 'event_type']).doUpdateSet(values))
        .execute();
    },

    async listRules(tenantId: string): Promise<ProactiveRule[]> {
      const rows = await db
        .selectFrom('proactive_rules')
        .select(ruleColumns)
        .where('tenant_id', '=', tenantId)
        .orderBy('event_type')
        .execute();
      return rows.map(toRule);
    },

    async findRule(tenantId: string, eventType: string): Promise<ProactiveRule | undefined> {
      const row = await db
        .selectFrom('proactive_rules')
        .select(ruleColumns)
        .where('tenant_id', '=', tenantId)
        .where('event_type', '=', eventType)
        .executeTakeFirst();
      return row && toRule(row);
    },

    async deleteRule(tenantId: string, eventType: string): Promise<boolean> {
      const result = await db
        .deleteFrom('proactive_rules')
        .where('tenant_id', '=', tenantId)
        .where('event_type', '=', eventType)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async findContact(
      tenantId: string,
      by: { externalId?: string | undefined; email?: string | undefined },
    ): Promise<{ id: string; name: string | null } | undefined> {
      let query = db
        .selectFrom('contacts')
        .select(['id', 'name'])
        .where('tenant_id', '=', tenantId);
      if (by.externalId) query = query.where('external_id', '=', by.externalId);
      else if (by.email) query = query.where('email', '=', by.email);
      else return undefined;
      return query.orderBy('created_at', 'desc').executeTakeFirst();
    },

    /** The conversation the contact last wrote or was written to in. */
    async lastConversation(
      tenantId: string,
      contactId: string,
    ): Promise<{ id: string; channel: string } | undefined> {
      return db
        .selectFrom('conversations')
        .select(['id', 'channel'])
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst();
    },

    async timeZone(tenantId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('routing_settings')
        .select('time_zone')
        .where('tenant_id', '=', tenantId)
        .executeTakeFirst();
      return row?.time_zone;
    },

    async countSince(tenantId: string, contactId: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('proactive_sends')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .where('contact_id', '=', contactId)
        .where('created_at', '>=', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    async insertSend(send: ProactiveSend): Promise<void> {
      await db
        .insertInto('proactive_sends')
        .values({
          id: send.id,
          tenant_id: send.tenantId,
          contact_id: send.contactId,
          conversation_id: send.conversationId,
          event_type: send.eventType,
          text: send.text,
          status: send.status,
          due_at: send.dueAt,
          created_at: send.createdAt,
          sent_at: send.status === 'sent' ? send.createdAt : null,
        })
        .execute();
    },

    async dueDeferred(now: string, limit: number): Promise<ProactiveSend[]> {
      const rows = await db
        .selectFrom('proactive_sends')
        .selectAll()
        .where('status', '=', 'deferred')
        .where('due_at', '<=', now)
        .orderBy('due_at')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        tenantId: row.tenant_id,
        contactId: row.contact_id,
        conversationId: row.conversation_id,
        eventType: row.event_type,
        text: row.text,
        status: 'deferred' as const,
        dueAt: row.due_at,
        createdAt: row.created_at,
      }));
    },

    async markSent(id: string, at: string): Promise<void> {
      await db
        .updateTable('proactive_sends')
        .set({ status: 'sent', sent_at: at })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type ProactiveRepository = ReturnType<typeof createProactiveRepository>;
