import { useCallback, useEffect, useState } from 'react';
import { type TenantChoice, tenantChoice } from '../account/tenant-choice';
import { ApiError } from '../api/api-error';
import { sendJson } from '../api/http-client';
import type { User } from '../api/types';
import { tokenStore } from './token-store';

/**
 * A person of several tenants works in the one they chose (kept for the tab), with their role
 * there; otherwise in their default tenant.
 */
export function inChosenTenant(user: User, tenants: TenantChoice[]): User {
  const chosen = tenantChoice.get();
  const match = chosen ? tenants.find((t) => t.id === chosen) : undefined;
  return match ? { ...user, tenantId: match.id, role: match.role as User['role'] } : user;
}

export type Session =
  | { status: 'checking' }
  | { status: 'signed-out'; reason?: 'expired' | 'unreachable' }
  | { status: 'signed-in'; token: string; user: User };

/** Restores a stored session with GET /auth/me and tracks sign-in, sign-out and expiry. */
export function useSession() {
  const [session, setSession] = useState<Session>(() =>
    tokenStore.get() ? { status: 'checking' } : { status: 'signed-out' },
  );

  useEffect(() => {
    const token = tokenStore.get();
    if (!token) return;
    let isCurrent = true;
    Promise.all([
      sendJson<{ user: User }>('GET', '/api/v1/auth/me', undefined, token),
      sendJson<{ tenants: TenantChoice[] }>('GET', '/api/v1/auth/tenants', undefined, token),
    ])
      .then(([{ user }, { tenants }]) => {
        if (isCurrent)
          setSession({ status: 'signed-in', token, user: inChosenTenant(user, tenants) });
      })
      .catch((error: unknown) => {
        if (!isCurrent) return;
        const isUnauthorized = error instanceof ApiError && error.status === 401;
        if (isUnauthorized) tokenStore.clear();
        setSession({ status: 'signed-out', reason: isUnauthorized ? 'expired' : 'unreachable' });
      });
    return () => {
      isCurrent = false;
    };
  }, []);

  const signIn = useCallback((token: string, user: User) => {
    tenantChoice.clear();
    tokenStore.set(token);
    setSession({ status: 'signed-in', token, user });
  }, []);

  const expire = useCallback(() => {
    tokenStore.clear();
    setSession((current) =>
      current.status === 'signed-in' ? { status: 'signed-out', reason: 'expired' } : current,
    );
  }, []);

  const signOut = useCallback(async () => {
    const token = tokenStore.get();
    if (token) {
      // Revoke on the server first; a failure must not keep the operator signed in here.
      await sendJson('POST', '/api/v1/auth/logout', {}, token).catch(() => undefined);
    }
    tokenStore.clear();
    tenantChoice.clear();
    setSession({ status: 'signed-out' });
  }, []);

  return { session, signIn, signOut, expire };
}
