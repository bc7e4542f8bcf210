import type { HttpClient } from '../api/http-client';
import type { TenantChoice } from './tenant-choice';

export type SessionRow = {
  id: string;
  createdAt: string;
  lastSeenAt: string | null;
  address: string | null;
  userAgent: string | null;
  current: boolean;
};

export type MemberRow = {
  id: string;
  email: string;
  name: string;
  role: string;
  disabled: boolean;
  totpEnabled: boolean;
  memberSince: string;
};

export type AuditRow = {
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  target: string | null;
  prevHash: string;
  hash: string;
};

export function createAccountApi(http: HttpClient) {
  return {
    tenants: async () =>
      (await http.request<{ tenants: TenantChoice[] }>('GET', '/api/v1/auth/tenants')).tenants,
    totpStatus: () =>
      http.request<{ enabled: boolean; recoveryCodesLeft: number }>('GET', '/api/v1/auth/totp'),
    setupTotp: () =>
      http.request<{ secret: string; otpauthUrl: string }>('POST', '/api/v1/auth/totp/setup', {}),
    enableTotp: (code: string) =>
      http.request<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/totp/enable', { code }),
    disableTotp: (code: string) => http.request('POST', '/api/v1/auth/totp/disable', { code }),
    changePassword: (currentPassword: string, newPassword: string) =>
      http.request('POST', '/api/v1/auth/password', { currentPassword, newPassword }),
    sessions: async () =>
      (await http.request<{ sessions: SessionRow[] }>('GET', '/api/v1/auth/sessions')).sessions,
    revokeSession: (id: string) =>
      http.request('DELETE', `/api/v1/auth/sessions/${encodeURIComponent(id)}`),
  };
}

export function createTenantAdminApi(http: HttpClient, tenantId: string) {
  const base = `/api/v1/tenants/${encodeURIComponent(tenantId)}`;
  return {
    members: async () =>
      (await http.request<{ members: MemberRow[] }>('GET', `${base}/members`)).members,
    invite: (body: { email: string; name: string; role: string }) =>
      http.request<{ id: string }>('POST', `${base}/invitations`, body),
    setDisabled: (userId: string, isDisabled: boolean) =>
      http.request(
        'POST',
        `${base}/users/${encodeURIComponent(userId)}/${isDisabled ? 'disable' : 'enable'}`,
        {},
      ),
    setRole: (userId: string, role: string) =>
      http.request('PUT', `${base}/users/${encodeURIComponent(userId)}/role`, { role }),
    audit: async () =>
      (await http.request<{ entries: AuditRow[] }>('GET', `${base}/audit?limit=500`)).entries,
    verifyAudit: () =>
      http.request<{ ok: boolean; brokenAt?: string; checked: number }>(
        'POST',
        `${base}/audit/verify`,
        {},
      ),
  };
}
