import type { Db, FaqTable } from '../db/index.js';

export type Faq = {
  id: string;
  tenantId: string;
  question: string;
  answer: string;
  category: string | null;
  language: string | null;
  alternates: string[];
  createdAt: string;
  updatedAt: string;
};

const toFaq = (row: FaqTable): Faq => ({
  id: row.id,
  tenantId: row.tenant_id,
  question: row.question,
  answer: row.answer,
  category: row.category,
  language: row.language,
  alternates: JSON.parse(row.alternates) as string[],
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (faq: Faq): FaqTable => ({
  id: faq.id,
  tenant_id: faq.tenantId,
  question: faq.question,
  answer: faq.answer,
  category: faq.category,
  language: faq.language,
  alternates: JSON.stringify(faq.alternates),
  created_at: faq.createdAt,
  updated_at: faq.updatedAt,
});

export function createFaqRepository(db: Db) {
  return {
    /** Inserts all or nothing: an import either lands whole or not at all. */
    async insertMany(faqs: Faq[]): Promise<void> {
      if (faqs.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < faqs.length; i += 200) {
          await trx
            .insertInto('faqs')
            .values(faqs.slice(i, i + 200).map(toRow))
            .execute();
        }
      });
    },
    /** Inserts and updates in one transaction: an upsert import lands whole or not at all. */
    async saveMany(inserts: Faq[], updates: Faq[]): Promise<void> {
      if (inserts.length === 0 && updates.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < inserts.length; i += 200) {
          await trx
            .insertInto('faqs')
            .values(inserts.slice(i, i + 200).map(toRow))
            .execute();
        }
        for (const faq of updates) {
          const { id, tenant_id, created_at, ...changes } = toRow(faq);
          await trx
            .updateTable('faqs')
            .set(changes)
            .where('tenant_id', '=', tenant_id)
            .where('id', '=', id)
            .execute();
        }
      });
    },
    async update(faq: Faq): Promise<boolean> {
      const { id, tenant_id, created_at, ...changes } = toRow(faq);
      const result = await db
        .updateTable('faqs')
        .set(changes)
        .where('tenant_id', '=', tenant_id)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async remove(tenantId: string, id: string): Promise<boolean> {
      const result = await db
        .deleteFrom('faqs')
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async findById(tenantId: string, id: string): Promise<Faq | undefined> {
      const row = await db
        .selectFrom('faqs')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toFaq(row);
    },
    /** All of the tenant's FAQ, or one window of it. */
    async listByTenant(
      tenantId: string,
      window?: { limit: number; offset: number },
    ): Promise<Faq[]> {
      let query = db
        .selectFrom('faqs')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .orderBy('created_at')
        .orderBy('id');
      if (window) query = query.limit(window.limit).offset(window.offset);
      const rows = await query.execute();
      return rows.map(toFaq);
    },
  };
}

export type FaqRepository = ReturnType<typeof createFaqRepository>;
