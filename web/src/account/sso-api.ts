import type { HttpClient } from '../api/http-client';
import type { RequestOf, ResponseOf } from '../api/types';

export type SsoSettings = NonNullable<ResponseOf<'/api/v1/tenants/{tenantId}/sso', 'get'>['sso']>;
export type SsoSettingsInput = RequestOf<'/api/v1/tenants/{tenantId}/sso', 'put'>;

/** A tenant's single sign-on (OpenID Connect) settings; the secret is write-only. */
export function createSsoApi(http: HttpClient, tenantId: string) {
  const path = `/api/v1/tenants/${encodeURIComponent(tenantId)}/sso`;
  return {
    get: async () => (await http.request<{ sso: SsoSettings | null }>('GET', path)).sso,
    save: (body: SsoSettingsInput) => http.request<SsoSettings>('PUT', path, body),
  };
}
