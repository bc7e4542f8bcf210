import type { Db } from '../db/index.js';

export type Tenant = { id: string; name: string; widgetKey: string; createdAt: string };

type TenantRow = { id: string; name: string; widget_key: string; created_at: string };

const toTenant = (row: TenantRow): Tenant => ({
  id: row.id,
  name: row.name,
  widgetKey: row.widget_key,
  createdAt: row.created_at,
});

export function createTenantRepository(db: Db) {
  return {
    async insert(tenant: Tenant): Promise<void> {
      await db
        .insertInto('tenants')
        .values({
          id: tenant.id,
          name: tenant.name,
          widget_key: tenant.widgetKey,
          created_at: tenant.createdAt,
        })
        .execute();
    },
    async findById(id: string): Promise<Tenant | undefined> {
      const row = await db
        .selectFrom('tenants')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toTenant(row);
    },
    async findByWidgetKey(widgetKey: string): Promise<Tenant | undefined> {
      const row = await db
        .selectFrom('tenants')
        .selectAll()
        .where('widget_key', '=', widgetKey)
        .executeTakeFirst();
      return row && toTenant(row);
    },
    async list(window: { limit: number; offset: number }): Promise<Tenant[]> {
      const rows = await db
        .selectFrom('tenants')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .limit(window.limit)
        .offset(window.offset)
        .execute();
      return rows.map(toTenant);
    },
    async count(): Promise<number> {
      const row = await db
        .selectFrom('tenants')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export type TenantRepository = ReturnType<typeof createTenantRepository>;
