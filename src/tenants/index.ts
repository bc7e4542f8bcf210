export { createTenantRepository, type Tenant, type TenantRepository } from './tenant.repository.js';
export {
  type CreateTenantOptions,
  createTenantService,
  type TenantService,
} from './tenant.service.js';
export {
  createTenantUsageRepository,
  type TenantUsage,
  type TenantUsageRepository,
} from './tenant-usage.repository.js';
