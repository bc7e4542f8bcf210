import type { Db } from '../db/index.js';

export type CannedResponse = {
  id: string;
  tenantId: string;
  shortcut: string;
  title: string;
  text: string;
  createdAt: string;
  updatedAt: string;
};

export function createCannedRepository(db: Db) {
  return {
    async list(
      tenantId: string,
      window?: { limit: number; offset: number },
    ): Promise<CannedResponse[]> {
      let query = db
        .selectFrom('canned_responses')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('shortcut')
        .orderBy('id');
      if (window) query = query.limit(window.limit).offset(window.offset);
      const rows = await query.execute();
      return rows.map((r) => ({
        id: r.id,
        tenantId: r.tenant_id,
        shortcut: r.shortcut,
        title: r.title,
        text: r.text,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      }));
    },

    async insert(c: CannedResponse): Promise<void> {
      await db
        .insertInto('canned_responses')
        .values({
          id: c.id,
          tenant_id: c.tenantId,
          shortcut: c.shortcut,
          title: c.title,
          text: c.text,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })
        .execute();
    },

    async update(
      tenantId: string,
      id: string,
      patch: { shortcut: string; title: string; text: string },
    ) {
      const result = await db
        .updateTable('canned_responses')
        .set({ ...patch, updated_at: new Date().toISOString() })
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async remove(tenantId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('canned_responses')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}

export type CannedRepository = ReturnType<typeof createCannedRepository>;
