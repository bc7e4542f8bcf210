import type { Db } from '../db/index.js';

export type IntentExampleRecord = {
  id: string;
  tenantId: string;
  text: string;
  intent: string;
  createdAt: string;
};

export function createIntentRepository(db: Db) {
  return {
    /** Adds examples; a text already stored for the tenant gets the new intent. One transaction. */
    async upsertMany(examples: IntentExampleRecord[]): Promise<void> {
      if (examples.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < examples.length; i += 200) {
          await trx
            .insertInto('intent_examples')
            .values(
              examples.slice(i, i + 200).map((e) => ({
                id: e.id,
                tenant_id: e.tenantId,
                text: e.text,
                intent: e.intent,
                created_at: e.createdAt,
              })),
            )
            .onConflict((oc) =>
              oc.columns(['tenant_id', 'text']).doUpdateSet((eb) => ({
                intent: eb.ref('excluded.intent'),
              })),
            )
            .execute();
        }
      });
    },
    async listByTenant(tenantId: string): Promise<IntentExampleRecord[]> {
      const rows = await db
        .selectFrom('intent_examples')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        text: r.text,
        intent: r.intent,
        createdAt: r.created_at,
      }));
    },
  };
}

export type IntentRepository = ReturnType<typeof createIntentRepository>;
