import { sql } from 'kysely';
import type { Db } from '../db/index.js';

export type StoredFlow = {
  id: string;
  version: number;
  name: string;
  trigger: string;
  steps: string;
  createdAt: string;
};

type Row = {
  id: string;
  version: number;
  name: string;
  trigger: string;
  steps: string;
  created_at: string;
};

const toFlow = (row: Row): StoredFlow => ({
  id: row.id,
  version: Number(row.version),
  name: row.name,
  trigger: row.trigger,
  steps: row.steps,
  createdAt: row.created_at,
});

const columns = ['id', 'version', 'name', 'trigger', 'steps', 'created_at'] as const;

export function createFlowRepository(db: Db) {
  return {
    /** Adds the next version; two saves at once cannot both take one number (primary key). */
    async insertVersion(tenantId: string, flow: Omit<StoredFlow, 'version'>): Promise<number> {
      const last = await db
        .selectFrom('flows')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('tenant_id', '=', tenantId)
        .where('id', '=', flow.id)
        .executeTakeFirst();
      const version = Number(last?.v ?? 0) + 1;
      await db
        .insertInto('flows')
        .values({
          tenant_id: tenantId,
          id: flow.id,
          version,
          name: flow.name,
          trigger: flow.trigger,
          steps: flow.steps,
          created_at: flow.createdAt,
          deleted_at: null,
        })
        .execute();
      return version;
    },

    /** The latest version of a live flow, or one given version. */
    async find(tenantId: string, id: string, version?: number): Promise<StoredFlow | undefined> {
      let query = db
        .selectFrom('flows')
        .select(columns)
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null);
      if (version !== undefined) query = query.where('version', '=', version);
      const row = await query.orderBy('version', 'desc').executeTakeFirst();
      return row && toFlow(row);
    },

    /** Each live flow's latest version. */
    async listLatest(tenantId: string): Promise<StoredFlow[]> {
      const rows = await db
        .selectFrom('flows')
        .select(columns)
        .where('tenant_id', '=', tenantId)
        .where('deleted_at', 'is', null)
        .orderBy('id')
        .orderBy('version', 'desc')
        .execute();
      const seen = new Set<string>();
      return rows.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(toFlow);
    },

    async versions(tenantId: string, id: string): Promise<number[]> {
      const rows = await db
        .selectFrom('flows')
        .select('version')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .orderBy('version')
        .execute();
      return rows.map((r) => Number(r.version));
    },

    async findState(tenantId: string, conversationId: string): Promise<string | undefined> {
      // Asked on every customer message of a tenant with flows: fixed text, nothing built per call.
      const { rows } = await sql<{ state: string }>`
        select state from flow_states
        where tenant_id = ${tenantId} and conversation_id = ${conversationId}`.execute(db);
      return rows[0]?.state;
    },

    /** Writes (or, with null, clears) a conversation's flow state; `tx` joins the message's transaction. */
    async saveState(
      tx: Db,
      tenantId: string,
      conversationId: string,
      state: string | null,
    ): Promise<void> {
      if (state === null) {
        await tx
          .deleteFrom('flow_states')
          .where('tenant_id', '=', tenantId)
          .where('conversation_id', '=', conversationId)
          .execute();
        return;
      }
      const updated_at = new Date().toISOString();
      await tx
        .insertInto('flow_states')
        .values({ conversation_id: conversationId, tenant_id: tenantId, state, updated_at })
        .onConflict((oc) => oc.column('conversation_id').doUpdateSet({ state, updated_at }))
        .execute();
    },

    async remove(tenantId: string, id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('flows')
        .set({ deleted_at: at })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type FlowRepository = ReturnType<typeof createFlowRepository>;
