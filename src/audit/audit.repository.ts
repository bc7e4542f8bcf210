import type { AuditLogTable, Db } from '../db/index.js';

export type AuditRow = AuditLogTable;

export function createAuditRepository(db: Db) {
  return {
    async last(tenantId: string): Promise<{ seq: number; hash: string } | undefined> {
      return db
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('tenant_id', '=', tenantId)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
    },
    async insert(row: AuditRow): Promise<void> {
      await db.insertInto('audit_log').values(row).execute();
    },
    async list(
      tenantId: string,
      options: { from?: string | undefined; to?: string | undefined; limit: number },
    ): Promise<AuditRow[]> {
      let query = db.selectFrom('audit_log').selectAll().where('tenant_id', '=', tenantId);
      if (options.from) query = query.where('at', '>=', options.from);
      if (options.to) query = query.where('at', '<', options.to);
      return query.orderBy('seq', 'desc').limit(options.limit).execute();
    },
    /** Rows in chain order, a page at a time. */
    async page(tenantId: string, afterSeq: number, limit: number): Promise<AuditRow[]> {
      return db
        .selectFrom('audit_log')
        .selectAll()
        .where('tenant_id', '=', tenantId)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(limit)
        .execute();
    },
    async tenantIds(): Promise<string[]> {
      const rows = await db.selectFrom('audit_log').select('tenant_id').distinct().execute();
      return rows.map((r) => r.tenant_id);
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
