export { createTenantRepository, type Tenant, type TenantRepository } from './tenant.repository.js';
export {
  type CreateTenantOptions,
  createTenantService,
  type TenantService,
} from './tenant.service.js';
