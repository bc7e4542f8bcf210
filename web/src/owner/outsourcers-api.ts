import type { HttpClient } from '../api/http-client';
import type { components } from '../api/openapi.gen';
import type { RequestOf } from '../api/types';

export type Outsourcer = components['schemas']['Outsourcer'];
export type GroupRole = RequestOf<'/api/v1/outsourcers/{id}/members', 'put'>['role'];

const enc = encodeURIComponent;

/** The owner's outsourcers: groups of client tenants and the people with a role across each. */
export function createOutsourcersApi(http: HttpClient) {
  return {
    list: async () =>
      (await http.request<{ outsourcers: Outsourcer[] }>('GET', '/api/v1/outsourcers')).outsourcers,
    create: (name: string, tenantIds: string[]) =>
      http.request<Outsourcer>('POST', '/api/v1/outsourcers', { name, tenantIds }),
    setTenants: (id: string, tenantIds: string[]) =>
      http.request<Outsourcer>('PUT', `/api/v1/outsourcers/${enc(id)}`, { tenantIds }),
    setMember: (id: string, email: string, role: GroupRole) =>
      http.request<Outsourcer>('PUT', `/api/v1/outsourcers/${enc(id)}/members`, { email, role }),
    removeMember: (id: string, userId: string) =>
      http.request<Outsourcer>('DELETE', `/api/v1/outsourcers/${enc(id)}/members/${enc(userId)}`),
  };
}
