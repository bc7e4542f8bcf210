import type { Db } from '../db/index.js';

export type TenantUsage = {
  id: string;
  name: string;
  suspended: boolean;
  conversations: number;
  messages: number;
  botContained: number;
  seats: number;
};

const toCounts = (rows: Array<{ tenant_id: string; n: string | number | bigint }>) =>
  new Map(rows.map((r) => [r.tenant_id, Number(r.n)]));

/** What each tenant used in a period, for billing: conversations, messages, bot-contained, seats. */
export function createTenantUsageRepository(db: Db) {
  return {
    async usage(from: string, to: string): Promise<TenantUsage[]> {
      const [tenants, conversations, contained, messages, seats] = await Promise.all([
        db
          .selectFrom('tenants as t')
          .leftJoin('tenant_security as s', 's.tenant_id', 't.id')
          .select(['t.id', 't.name', 's.suspended_at'])
          .orderBy('t.created_at')
          .execute(),
        db
          .selectFrom('conversations')
          .select((eb) => ['tenant_id', eb.fn.countAll<string>().as('n')])
          .where('created_at', '>=', from)
          .where('created_at', '<', to)
          .groupBy('tenant_id')
          .execute(),
        // Never handed to a human: never queued.
        db
          .selectFrom('conversations')
          .select((eb) => ['tenant_id', eb.fn.countAll<string>().as('n')])
          .where('created_at', '>=', from)
          .where('created_at', '<', to)
          .where('queued_at', 'is', null)
          .groupBy('tenant_id')
          .execute(),
        db
          .selectFrom('messages')
          .select((eb) => ['tenant_id', eb.fn.countAll<string>().as('n')])
          .where('created_at', '>=', from)
          .where('created_at', '<', to)
          .groupBy('tenant_id')
          .execute(),
        // Seats: people who can sign in to the tenant now.
        db
          .selectFrom('memberships as m')
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .select((eb) => ['m.tenant_id', eb.fn.countAll<string>().as('n')])
          .where('m.disabled_at', 'is', null)
          .where('u.disabled_at', 'is', null)
          .groupBy('m.tenant_id')
          .execute(),
      ]);
      const byConversations = toCounts(conversations);
      const byContained = toCounts(contained);
      const byMessages = toCounts(messages);
      const bySeats = toCounts(seats);
      return tenants.map((t) => ({
        id: t.id,
        name: t.name,
        suspended: t.suspended_at !== null && t.suspended_at !== undefined,
        conversations: byConversations.get(t.id) ?? 0,
        messages: byMessages.get(t.id) ?? 0,
        botContained: byContained.get(t.id) ?? 0,
        seats: bySeats.get(t.id) ?? 0,
      }));
    },
  };
}

export type TenantUsageRepository = ReturnType<typeof createTenantUsageRepository>;
