import type { CallTable, Db } from '../db/index.js';

export type CallRow = CallTable;

export function createCallRepository(db: Db) {
  return {
    async insert(row: CallRow): Promise<void> {
      await db.insertInto('calls').values(row).execute();
    },

    async find(tenantId: string, id: string): Promise<CallRow | undefined> {
      return db
        .selectFrom('calls')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async list(
      tenantId: string,
      options: { agentId?: string | undefined; limit: number; before?: string | undefined },
    ): Promise<CallRow[]> {
      let query = db.selectFrom('calls').selectAll().where('tenant_id', '=', tenantId);
      if (options.agentId) query = query.where('agent_id', '=', options.agentId);
      if (options.before) query = query.where('created_at', '<', options.before);
      return query
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(options.limit)
        .execute();
    },

    /** Every call of the tenant in a period, for per-operator figures. */
    async inPeriod(tenantId: string, from: string, to: string): Promise<CallRow[]> {
      return db
        .selectFrom('calls')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .execute();
    },

    async processing(): Promise<Pick<CallRow, 'id' | 'tenant_id'>[]> {
      return db
        .selectFrom('calls')
        .select(['id', 'tenant_id'])
        .where('status', '=', 'processing')
        .execute();
    },

    async finish(
      tenantId: string,
      id: string,
      patch: Pick<
        CallRow,
        'status' | 'failure_reason' | 'failure_message' | 'figures' | 'transcript' | 'qa_risk'
      >,
    ): Promise<void> {
      await db
        .updateTable('calls')
        .set({ ...patch, updated_at: new Date().toISOString() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .execute();
    },
  };
}

export type CallRepository = ReturnType<typeof createCallRepository>;
