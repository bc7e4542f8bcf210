import type { HttpClient } from '../api/http-client';

export type TenantRow = { id: string; name: string; widgetKey: string; createdAt: string };

/** The installation owner's tenant endpoints. */
export function createTenantsApi(http: HttpClient) {
  return {
    list: (cursor?: string) =>
      http.request<{ tenants: TenantRow[]; nextCursor: string | null }>(
        'GET',
        `/api/v1/tenants${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`,
      ),
    create: (name: string) =>
      http.request<{ id: string; name: string; widgetKey: string }>('POST', '/api/v1/tenants', {
        name,
      }),
  };
}
