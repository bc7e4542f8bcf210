import { AppError, notFound } from '../errors/index.js';
import { newId, newSecret } from '../ids/index.js';
import type { Tenant, TenantRepository } from './tenant.repository.js';

export type CreateTenantOptions = { name: string; widgetKey?: string; id?: string };

export function createTenantService({ tenants }: { tenants: TenantRepository }) {
  const byWidgetKey = new Map<string, { tenant: Tenant; until: number }>();
  return {
    async createTenant({ name, widgetKey, id }: CreateTenantOptions): Promise<Tenant> {
      const key = widgetKey ?? `wk_${newSecret(12)}`;
      if (await tenants.findByWidgetKey(key)) {
        throw new AppError('conflict', 'A tenant with this widget key already exists');
      }
      const tenant: Tenant = {
        id: id ?? newId('ten'),
        name,
        widgetKey: key,
        createdAt: new Date().toISOString(),
      };
      await tenants.insert(tenant);
      return tenant;
    },
    async getTenant(id: string): Promise<Tenant> {
      const tenant = await tenants.findById(id);
      if (!tenant) throw notFound('Tenant');
      return tenant;
    },
    /**
     * The widget key is public; an unknown one is simply not found. Every customer message
     * resolves it, so known keys are kept for a short while (tenants are never deleted yet).
     */
    async getTenantByWidgetKey(widgetKey: string): Promise<Tenant> {
      const cached = byWidgetKey.get(widgetKey);
      if (cached && cached.until > Date.now()) return cached.tenant;
      const tenant = await tenants.findByWidgetKey(widgetKey);
      if (!tenant) throw notFound('Widget');
      if (byWidgetKey.size >= 10_000) byWidgetKey.clear();
      byWidgetKey.set(widgetKey, { tenant, until: Date.now() + 30_000 });
      return tenant;
    },
    countTenants: () => tenants.count(),
    listTenants: (window: { limit: number; offset: number }) => tenants.list(window),
  };
}

export type TenantService = ReturnType<typeof createTenantService>;
