import type { HttpClient } from '../api/http-client';
import type { RequestOf, ResponseOf } from '../api/types';

export type TenantSecurity = ResponseOf<'/api/v1/tenants/{tenantId}/security', 'get'>;
export type TenantSecurityInput = RequestOf<'/api/v1/tenants/{tenantId}/security', 'put'>;

/** A tenant's staff IP allow-list and two-factor requirement. */
export function createSecurityApi(http: HttpClient, tenantId: string) {
  const path = `/api/v1/tenants/${encodeURIComponent(tenantId)}/security`;
  return {
    get: () => http.request<TenantSecurity>('GET', path),
    save: (body: TenantSecurityInput) => http.request<TenantSecurity>('PUT', path, body),
  };
}
