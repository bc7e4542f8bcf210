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

    /** The tenant's intent → skills map, intents in name order. */
    async listSkills(tenantId: string): Promise<{ intent: string; skills: string[] }[]> {
      const rows = await db
        .selectFrom('intent_skills')
        .select(['intent', 'skills'])
        .where('tenant_id', '=', tenantId)
        .orderBy('intent')
        .execute();
      return rows.map((r) => ({ intent: r.intent, skills: skillList(r.skills) }));
    },

    /** Replaces the whole map in one transaction. */
    async replaceSkills(
      tenantId: string,
      entries: { intent: string; skills: string[] }[],
      now: string,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('intent_skills').where('tenant_id', '=', tenantId).execute();
        if (entries.length === 0) return;
        await trx
          .insertInto('intent_skills')
          .values(
            entries.map((e) => ({
              tenant_id: tenantId,
              intent: e.intent,
              skills: JSON.stringify(e.skills),
              updated_at: now,
            })),
          )
          .execute();
      });
    },
  };
}

function skillList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
  } catch {
    return [];
  }
}

export type IntentRepository = ReturnType<typeof createIntentRepository>;
